// The printed report: plain-text tables (Markdown-compatible, so docs/benchmarks.md can hold them as they
// are), a Parley ÷ relay ratio row per scenario, and the issue's targets checked against the figures.
import type { ScenarioResult } from "./scenarios/result.js";

/** Formats rows as a Markdown table with padded columns; the first column is left-aligned, the rest right. */
export function formatTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: readonly string[]) =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(" | ")} |`;
  const rule = `|${widths.map((w, i) => (i === 0 ? `${"-".repeat(w + 1)}-` : `${"-".repeat(w + 1)}:`)).join("|")}|`;
  return [line(headers), rule, ...rows.map((r) => line(headers.map((_, i) => r[i] ?? "")))].join("\n");
}

/** A number with `digits` significant figures' worth of decimals, or "–" when absent. */
export function fmt(value: number | undefined | null, decimals = 1): string {
  if (value === undefined || value === null || !Number.isFinite(value)) return "–";
  return value.toLocaleString("en-US", { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

/** `a ÷ b` as "1.23×", or "–" if either is missing. */
export function ratio(a: number | undefined | null, b: number | undefined | null): string {
  if (a === undefined || a === null || b === undefined || b === null || !Number.isFinite(a) || !(b > 0))
    return "–";
  return `${(a / b).toFixed(2)}×`;
}

const MIB = 1024 * 1024;

function failures(r: ScenarioResult): string {
  const parts: string[] = [];
  if (r.lost) parts.push(`${r.lost} lost`);
  if (r.duplicates) parts.push(`${r.duplicates} dup`);
  if (r.disconnects) parts.push(`${r.disconnects} dropped`);
  for (const [code, n] of Object.entries(r.errors)) parts.push(`${n} ${code}`);
  return parts.length ? parts.join(", ") : "0";
}

function pairs(results: readonly ScenarioResult[], kind: ScenarioResult["kind"]): ScenarioResult[][] {
  const byScenario = new Map<string, ScenarioResult[]>();
  for (const r of results.filter((r) => r.kind === kind)) {
    byScenario.set(r.scenario, [...(byScenario.get(r.scenario) ?? []), r]);
  }
  return [...byScenario.values()];
}

function find(group: readonly ScenarioResult[], target: string): ScenarioResult | undefined {
  return group.find((r) => r.target === target && r.available);
}

export function trafficTable(results: readonly ScenarioResult[]): string {
  const rows: string[][] = [];
  for (const group of pairs(results, "traffic")) {
    for (const r of group) {
      rows.push([
        `${r.scenario} ${r.target}`,
        fmt(r.deliveriesPerSec, 0),
        fmt(r.latency?.p50, 2),
        fmt(r.latency?.p99, 2),
        fmt(r.latency?.max, 1),
        fmt(r.serverCpuUsPerDelivery, 3),
        fmt(r.serverCpuPct, 0),
        fmt(r.serverPeakRssBytes / MIB, 1),
        fmt(r.loadgenCpuPct, 0),
        fmt(r.otherCpuPct, 0),
        failures(r),
      ]);
    }
    const relay = find(group, "relay");
    const parley = find(group, "parley");
    if (relay && parley) {
      rows.push([
        `${parley.scenario} parley÷relay`,
        ratio(parley.deliveriesPerSec, relay.deliveriesPerSec),
        ratio(parley.latency?.p50, relay.latency?.p50),
        ratio(parley.latency?.p99, relay.latency?.p99),
        ratio(parley.latency?.max, relay.latency?.max),
        ratio(parley.serverCpuUsPerDelivery, relay.serverCpuUsPerDelivery),
        "",
        ratio(parley.serverPeakRssBytes, relay.serverPeakRssBytes),
        "",
        "",
      ]);
    }
  }
  return formatTable(
    [
      "scenario / target",
      "deliveries/s",
      "p50 ms",
      "p99 ms",
      "max ms",
      "server CPU µs/delivery",
      "server CPU %",
      "peak RSS MiB",
      "load-gen CPU %",
      "other CPU %",
      "lost/dropped/errors",
    ],
    rows,
  );
}

export function idleTable(results: readonly ScenarioResult[]): string {
  const rows: string[][] = [];
  for (const group of pairs(results, "idle")) {
    for (const r of group) {
      rows.push([
        `${r.scenario} ${r.target}`,
        fmt(r.connections, 0),
        fmt(r.connectMs === undefined ? undefined : r.connectMs / 1000, 2),
        fmt(r.handshake?.p50, 2),
        fmt(r.handshake?.p99, 2),
        fmt(r.rssPerIdleConnBytes === undefined ? undefined : r.rssPerIdleConnBytes / 1024, 1),
        fmt(r.serverPeakRssBytes / MIB, 1),
        fmt(r.serverCpuMs, 0),
        fmt(r.loadgenCpuPct, 0),
        fmt(r.otherCpuPct, 0),
        failures(r),
      ]);
    }
    const relay = find(group, "relay");
    const parley = find(group, "parley");
    if (relay && parley) {
      rows.push([
        `${parley.scenario} parley÷relay`,
        "",
        ratio(parley.connectMs, relay.connectMs),
        ratio(parley.handshake?.p50, relay.handshake?.p50),
        ratio(parley.handshake?.p99, relay.handshake?.p99),
        ratio(parley.rssPerIdleConnBytes, relay.rssPerIdleConnBytes),
        ratio(parley.serverPeakRssBytes, relay.serverPeakRssBytes),
        ratio(parley.serverCpuMs, relay.serverCpuMs),
        "",
        "",
      ]);
    }
  }
  return formatTable(
    [
      "scenario / target",
      "sessions",
      "connect s",
      "handshake p50 ms",
      "handshake p99 ms",
      "RSS KiB/idle session",
      "peak RSS MiB",
      "server CPU ms (connect)",
      "load-gen CPU %",
      "other CPU %",
      "failed/dropped/errors",
    ],
    rows,
  );
}

export function fileTable(results: readonly ScenarioResult[]): string {
  const rows: string[][] = [];
  for (const group of pairs(results, "file")) {
    for (const r of group) {
      if (!r.available) {
        rows.push([`${r.scenario} ${r.target}`, r.note ?? "not available", "", "", "", "", "", "", "", ""]);
        continue;
      }
      rows.push([
        `${r.scenario} ${r.target}`,
        fmt(r.uploadMiBps, 0),
        fmt(r.downloadMiBps, 0),
        fmt(r.chatDuringUpload?.p50, 2),
        fmt(r.chatDuringUpload?.p99, 2),
        fmt(r.chatDuringDownload?.p99, 2),
        fmt(r.serverCpuPct, 0),
        fmt(r.serverPeakRssBytes / MIB, 1),
        fmt(r.otherCpuPct, 0),
        failures(r),
      ]);
    }
  }
  return formatTable(
    [
      "scenario / target",
      "upload MiB/s",
      "download MiB/s",
      "chat p50 ms (up)",
      "chat p99 ms (up)",
      "chat p99 ms (down)",
      "server CPU %",
      "peak RSS MiB",
      "other CPU %",
      "dropped/errors",
    ],
    rows,
  );
}

/** One of the issue's targets, checked. */
export interface TargetCheck {
  target: string;
  measured: string;
  met: boolean | undefined;
}

function get(
  results: readonly ScenarioResult[],
  scenario: string,
  target: string,
): ScenarioResult | undefined {
  return results.find((r) => r.scenario === scenario && r.target === target && r.available);
}

/** The issue's targets for Parley, checked against this run (met undefined: not measured in this run). */
export function checkTargets(results: readonly ScenarioResult[]): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const add = (target: string, measured: string, met: boolean | undefined) =>
    checks.push({ target, measured, met });
  const fan = get(results, "fanout-50", "parley");
  const fanRelay = get(results, "fanout-50", "relay");
  const cpuRatio =
    fan?.serverCpuUsPerDelivery && fanRelay?.serverCpuUsPerDelivery
      ? fan.serverCpuUsPerDelivery / fanRelay.serverCpuUsPerDelivery
      : undefined;
  add(
    "server CPU per delivery ≤ 1.2 × relay (fan-out 50)",
    cpuRatio === undefined
      ? "–"
      : `${fmt(fan?.serverCpuUsPerDelivery, 3)} µs vs ${fmt(fanRelay?.serverCpuUsPerDelivery, 3)} µs = ${cpuRatio.toFixed(2)}×`,
    cpuRatio === undefined ? undefined : cpuRatio <= 1.2,
  );
  const parley = results.filter((r) => r.target === "parley" && r.available && r.kind !== "idle");
  const lost = parley.reduce((n, r) => n + r.lost + r.duplicates, 0);
  const dropped = parley.reduce((n, r) => n + r.disconnects, 0);
  add(
    "zero lost messages, no slow-consumer disconnects",
    `${lost} lost or duplicated, ${dropped} disconnects`,
    parley.length ? lost === 0 && dropped === 0 : undefined,
  );
  const lat = get(results, "latency", "parley");
  const latRelay = get(results, "latency", "relay");
  const latRatio = lat?.latency && latRelay?.latency ? lat.latency.p50 / latRelay.latency.p50 : undefined;
  add(
    "median latency at 1000 msg/s ≤ 1.5 × relay",
    latRatio === undefined
      ? "–"
      : `${fmt(lat?.latency?.p50, 2)} ms vs ${fmt(latRelay?.latency?.p50, 2)} ms = ${latRatio.toFixed(2)}×`,
    latRatio === undefined ? undefined : latRatio <= 1.5,
  );
  add(
    "p99 latency at 1000 msg/s < 5 ms",
    lat?.latency ? `${fmt(lat.latency.p99, 2)} ms` : "–",
    lat?.latency ? lat.latency.p99 < 5 : undefined,
  );
  const idle = get(results, "connect-10000", "parley");
  add(
    "10,000 idle sessions at ≤ 12 KiB RSS each",
    idle?.rssPerIdleConnBytes !== undefined
      ? `${fmt(idle.rssPerIdleConnBytes / 1024, 1)} KiB (${idle.connections} sessions, ${failures(idle)} failed/dropped)`
      : "–",
    idle?.rssPerIdleConnBytes !== undefined
      ? idle.rssPerIdleConnBytes <= 12 * 1024 && idle.connections === 10_000
      : undefined,
  );
  const conn = get(results, "connect-2000", "parley");
  add(
    "2,000 handshakes < 1.5 s",
    conn?.connectMs !== undefined ? `${fmt(conn.connectMs / 1000, 2)} s` : "–",
    conn?.connectMs !== undefined ? conn.connectMs < 1500 && conn.connections === 2000 : undefined,
  );
  const file = results.find((r) => r.scenario === "file" && r.target === "parley");
  const slowest = file?.available ? Math.min(file.uploadMiBps ?? 0, file.downloadMiBps ?? 0) : undefined;
  add(
    "file transfer ≥ 200 MiB/s each way",
    file && !file.available
      ? (file.note ?? "not available")
      : slowest !== undefined
        ? `up ${fmt(file?.uploadMiBps, 0)}, down ${fmt(file?.downloadMiBps, 0)} MiB/s`
        : "–",
    file ? (file.available ? slowest! >= 200 : false) : undefined,
  );
  const chatP99 = file?.available
    ? Math.max(file.chatDuringUpload?.p99 ?? 0, file.chatDuringDownload?.p99 ?? 0)
    : undefined;
  add(
    "chat p99 < 50 ms on the transferring connection",
    file && !file.available
      ? (file.note ?? "not available")
      : chatP99 !== undefined
        ? `${fmt(chatP99, 2)} ms`
        : "–",
    file ? (file.available ? chatP99! < 50 : false) : undefined,
  );
  return checks;
}

export function targetsList(checks: readonly TargetCheck[]): string {
  return checks
    .map(
      (c) =>
        `- [${c.met === undefined ? " " : c.met ? "x" : " "}] ${c.target}: ${c.measured}${c.met === false ? " — MISSED" : c.met === undefined ? " — not measured" : ""}`,
    )
    .join("\n");
}

/** The whole printed report. */
export function formatReport(results: readonly ScenarioResult[]): string {
  const sections: string[] = [];
  if (results.some((r) => r.kind === "traffic")) sections.push(`Chat traffic\n\n${trafficTable(results)}`);
  if (results.some((r) => r.kind === "idle")) sections.push(`Connections\n\n${idleTable(results)}`);
  if (results.some((r) => r.kind === "file")) sections.push(`File transfer\n\n${fileTable(results)}`);
  if (results.some((r) => r.target === "parley"))
    sections.push(`Targets (Parley)\n\n${targetsList(checkTargets(results))}`);
  return sections.join("\n\n");
}
