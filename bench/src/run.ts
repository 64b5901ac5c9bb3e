// Runs the selected scenarios against each target in turn (relay first, as the reference) and collects
// the results; a scenario that fails against one target is reported and the run goes on.
import { nowUs } from "./clock.js";
import type { BenchOptions } from "./options.js";
import { catalog } from "./scenarios/catalog.js";
import type { ScenarioResult } from "./scenarios/result.js";
import { runScenario } from "./scenarios/run.js";

/** Writes a progress line to stderr (stdout carries only the report). */
export function progress(line: string): void {
  process.stderr.write(`${line}\n`);
}

export async function runBench(options: BenchOptions): Promise<ScenarioResult[]> {
  const scenarios = catalog(options.quick, options.window).filter(
    (s) => options.scenarios.length === 0 || options.scenarios.includes(s.name),
  );
  const results: ScenarioResult[] = [];
  for (const scenario of scenarios) {
    progress(`\n${scenario.name}: ${scenario.title}`);
    for (const target of options.targets) {
      const startUs = nowUs();
      try {
        const result = await runScenario(scenario, target, {
          cpuProfDir: options.cpuProfDir,
          fromSource: options.fromSource,
        });
        results.push(result);
        progress(
          `  ${target.padEnd(6)} done in ${((nowUs() - startUs) / 1e6).toFixed(1)} s${summary(result)}`,
        );
      } catch (error) {
        const message = (error as Error).message;
        progress(`  ${target.padEnd(6)} FAILED: ${message}`);
        results.push(failedResult(scenario.name, scenario.kind, target, message));
      }
    }
  }
  return results;
}

function summary(r: ScenarioResult): string {
  if (!r.available) return ` (${r.note})`;
  if (r.kind === "traffic") {
    return ` — ${Math.round(r.deliveriesPerSec ?? 0)} deliveries/s, p50 ${r.latency?.p50.toFixed(2)} ms, ${r.serverCpuUsPerDelivery?.toFixed(3)} µs CPU/delivery, lost ${r.lost}`;
  }
  if (r.kind === "idle") {
    return ` — ${r.connections} sessions in ${((r.connectMs ?? 0) / 1000).toFixed(2)} s, ${((r.rssPerIdleConnBytes ?? 0) / 1024).toFixed(1)} KiB each`;
  }
  return ` — up ${r.uploadMiBps?.toFixed(0)} MiB/s, down ${r.downloadMiBps?.toFixed(0)} MiB/s`;
}

function failedResult(
  scenario: string,
  kind: ScenarioResult["kind"],
  target: ScenarioResult["target"],
  message: string,
): ScenarioResult {
  return {
    scenario,
    kind,
    target,
    available: false,
    note: `failed: ${message.split("\n")[0]}`,
    wallMs: 0,
    lost: 0,
    duplicates: 0,
    disconnects: 0,
    errors: {},
    serverCpuMs: 0,
    serverCpuPct: 0,
    serverPeakRssBytes: 0,
    loadgenCpuMs: 0,
    loadgenCpuPct: 0,
    loadgenProcesses: 0,
    otherCpuPct: 0,
  };
}
