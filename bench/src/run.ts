// Runs the selected scenarios against each target in turn (relay first, as the reference) and collects
// the results; a scenario that fails against one target is reported and the run goes on. Parley on
// PostgreSQL (parley-pg) runs on a throwaway PostgreSQL the bench starts, a fresh database each run.

import { startPostgres, type TestPostgres } from "@parley/testkit";
import { runClientScenario } from "./client/scenario.js";
import { nowUs } from "./clock.js";
import type { BenchOptions } from "./options.js";
import { FLOORS, type TargetName } from "./plan.js";
import { catalog, type Scenario } from "./scenarios/catalog.js";
import { type ScenarioResult, unavailableResult } from "./scenarios/result.js";
import { runScenario } from "./scenarios/run.js";
import { floorScript } from "./servers.js";

/** Writes a progress line to stderr (stdout carries only the report). */
export function progress(line: string): void {
  process.stderr.write(`${line}\n`);
}

/**
 * PostgreSQL for parley-pg: durable as SQLite's WAL with synchronous=NORMAL is (every write reaches the
 * log, commits are not waited for on disk), so the two engines are compared at the same durability.
 */
export const BENCH_POSTGRES_SETTINGS = ["synchronous_commit=off"];

export async function runBench(options: BenchOptions): Promise<ScenarioResult[]> {
  let postgres: TestPostgres | undefined;
  try {
    return await runAll(options, async () => {
      postgres ??= await startPostgres(BENCH_POSTGRES_SETTINGS);
      return postgres.createDatabase();
    });
  } finally {
    await postgres?.destroy();
  }
}

async function runAll(
  options: BenchOptions,
  postgresDatabase: () => Promise<string>,
): Promise<ScenarioResult[]> {
  const scenarios = catalog(options.quick, options.window, options.clientSeconds).filter((s) =>
    options.scenarios.length === 0 ? !("optIn" in s) : options.scenarios.includes(s.name),
  );
  const results: ScenarioResult[] = [];
  for (const scenario of scenarios) {
    progress(`\n${scenario.name}: ${scenario.title}`);
    let kept: ScenarioResult[] | undefined;
    // Targets alternate within each repetition, so both see the same spells of outside load, and a
    // repetition is kept whole: the figures compared are always from runs made side by side.
    for (let run = 1; run <= options.repeat; run++) {
      const round: ScenarioResult[] = [];
      for (const target of targetsOf(scenario, options)) {
        const startUs = nowUs();
        let result: ScenarioResult;
        try {
          const serverOptions = {
            cpuProfDir: options.cpuProfDir,
            fromSource: options.fromSource,
            serverBin: FLOORS.includes(target) ? await floorScript(options.fromSource) : options.serverBin,
            extraArgs: target === "floor-durable" ? ["--store-messages"] : undefined,
            store: target === "parley-pg" ? await postgresDatabase() : options.store,
          };
          result =
            scenario.kind === "client"
              ? await runClientScenario(scenario, { ...serverOptions, progress })
              : await runScenario(scenario, target === "relay" ? "relay" : "parley", serverOptions);
          result.target = target;
          const seconds = ((nowUs() - startUs) / 1e6).toFixed(1);
          progress(`  ${target.padEnd(6)} done in ${seconds} s${summary(result)}`);
        } catch (error) {
          const message = (error as Error).message;
          progress(`  ${target.padEnd(6)} FAILED: ${message}`);
          result = unavailableResult(
            scenario.name,
            scenario.kind,
            target,
            `failed: ${message.split("\n")[0]}`,
          );
        }
        round.push(result);
      }
      if (!kept || quieter(round, kept)) kept = round;
      for (const result of kept) result.runs = run;
    }
    results.push(...(kept ?? []));
  }
  return results;
}

/**
 * The client and store scenarios measure Parley's own parts: there is no relay to compare with (the
 * store scenario does compare the two engines). The floors speak only chat, so they run in the
 * traffic and connection scenarios.
 */
function targetsOf(scenario: Scenario, options: BenchOptions): TargetName[] {
  if (scenario.kind === "client") return ["parley"];
  const chat = scenario.kind === "traffic" || scenario.kind === "idle";
  const targets = chat ? options.targets : options.targets.filter((t) => !FLOORS.includes(t));
  if (scenario.kind === "store") return targets.filter((target) => target !== "relay");
  return targets;
}

/** Prefers the repetition with more completed runs, then the one in which other processes used the least CPU. */
function quieter(a: readonly ScenarioResult[], b: readonly ScenarioResult[]): boolean {
  const completed = (round: readonly ScenarioResult[]) => round.filter((r) => r.available).length;
  if (completed(a) !== completed(b)) return completed(a) > completed(b);
  const other = (round: readonly ScenarioResult[]) => round.reduce((sum, r) => sum + r.otherCpuPct, 0);
  return other(a) < other(b);
}

function summary(r: ScenarioResult): string {
  const other = `, other processes ${r.otherCpuPct.toFixed(0)} % CPU`;
  if (!r.available) return ` (${r.note})`;
  if (r.kind === "traffic") {
    return ` — ${Math.round(r.deliveriesPerSec ?? 0)} deliveries/s, p50 ${r.latency?.p50.toFixed(2)} ms, ${r.serverCpuUsPerDelivery?.toFixed(3)} µs CPU/delivery, lost ${r.lost}${other}`;
  }
  if (r.kind === "client" && r.client) {
    const c = r.client;
    return ` — idle ${c.idleCpuPct.toFixed(1)} % CPU, busy ${c.trafficCpuPct.toFixed(1)} %, echo p99 ${c.echo?.p99.toFixed(1)} ms, page p99 ${c.pages?.p99.toFixed(1)} ms, storm worst ${c.stormEcho?.max.toFixed(1)} ms${other}`;
  }
  if (r.kind === "idle") {
    return ` — ${r.connections} sessions in ${((r.connectMs ?? 0) / 1000).toFixed(2)} s, ${((r.rssPerIdleConnBytes ?? 0) / 1024).toFixed(1)} KiB each${other}`;
  }
  if (r.kind === "store") {
    return ` — ${Math.round(r.storedPerSec ?? 0)} messages/s, ${r.cpuUsPerStored?.toFixed(1)} µs CPU each${other}`;
  }
  return ` — up ${r.uploadMiBps?.toFixed(0)} MiB/s, down ${r.downloadMiBps?.toFixed(0)} MiB/s${other}`;
}
