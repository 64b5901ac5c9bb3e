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

/** One column of a comparison table after the "scenario / target" one. */
interface Column {
  header: string;
  cell: (r: ScenarioResult) => string;
  /** The parley÷relay row's cell; absent where a ratio says nothing (counts, shares of a core). */
  ratio?: (parley: ScenarioResult, relay: ScenarioResult) => string;
}

/**
 * A figure shown with `decimals` decimals after dividing by `scale` (a unit change); `compare` adds its
 * parley÷relay ratio, taken on the unscaled values.
 */
function figure(
  header: string,
  value: (r: ScenarioResult) => number | undefined | null,
  decimals: number,
  { scale = 1, compare = true }: { scale?: number; compare?: boolean } = {},
): Column {
  return {
    header,
    cell: (r) => {
      const v = value(r);
      return fmt(v === undefined || v === null ? v : v / scale, decimals);
    },
    ratio: compare ? (parley, relay) => ratio(value(parley), value(relay)) : undefined,
  };
}

const failuresColumn = (header: string): Column => ({ header, cell: failures });

/**
 * One row per result of `kind`, grouped by scenario, each group followed by a parley÷relay row when
 * both targets ran and some column compares. `noteUnavailable`: a result that did not run shows its note
 * instead of figures.
 */
function comparisonTable(
  results: readonly ScenarioResult[],
  kind: ScenarioResult["kind"],
  columns: readonly Column[],
  noteUnavailable = false,
): string {
  const rows: string[][] = [];
  const compares = columns.some((c) => c.ratio);
  for (const group of pairs(results, kind)) {
    for (const r of group) {
      const name = `${r.scenario} ${r.target}`;
      if (noteUnavailable && !r.available) rows.push([name, r.note ?? "not available"]);
      else rows.push([name, ...columns.map((c) => c.cell(r))]);
    }
    const relay = find(group, "relay");
    const parley = find(group, "parley");
    const ratioRow = (label: string, a: ScenarioResult | undefined, b: ScenarioResult | undefined) => {
      if (compares && a && b)
        rows.push([`${a.scenario} ${label}`, ...columns.map((c) => c.ratio?.(a, b) ?? "")]);
    };
    ratioRow("parley÷relay", parley, relay);
    // What speaking Parley costs in Node by itself (floor÷relay), and what Parley adds to it (parley÷floor).
    for (const name of ["floor", "floor-durable"] as const) {
      const floor = find(group, name);
      ratioRow(`${name}÷relay`, floor, relay);
      ratioRow(`parley÷${name}`, parley, floor);
    }
  }
  return formatTable(["scenario / target", ...columns.map((c) => c.header)], rows);
}

const noRatio = { compare: false };

export function trafficTable(results: readonly ScenarioResult[]): string {
  return comparisonTable(results, "traffic", [
    figure("deliveries/s", (r) => r.deliveriesPerSec, 0),
    figure("p50 ms", (r) => r.latency?.p50, 2),
    figure("p99 ms", (r) => r.latency?.p99, 2),
    figure("max ms", (r) => r.latency?.max, 1),
    figure("server CPU µs/delivery", (r) => r.serverCpuUsPerDelivery, 3),
    figure("server CPU %", (r) => r.serverCpuPct, 0, noRatio),
    figure("peak RSS MiB", (r) => r.serverPeakRssBytes, 1, { scale: MIB }),
    figure("load-gen CPU %", (r) => r.loadgenCpuPct, 0, noRatio),
    figure("other CPU %", (r) => r.otherCpuPct, 0, noRatio),
    failuresColumn("lost/dropped/errors"),
  ]);
}

export function idleTable(results: readonly ScenarioResult[]): string {
  return comparisonTable(results, "idle", [
    figure("sessions", (r) => r.connections, 0, noRatio),
    figure("connect s", (r) => r.connectMs, 2, { scale: 1000 }),
    figure("handshake p50 ms", (r) => r.handshake?.p50, 2),
    figure("handshake p99 ms", (r) => r.handshake?.p99, 2),
    figure("RSS KiB/idle session", (r) => r.rssPerIdleConnBytes, 1, { scale: 1024 }),
    figure("peak RSS MiB", (r) => r.serverPeakRssBytes, 1, { scale: MIB }),
    figure("server CPU ms (connect)", (r) => r.serverCpuMs, 0),
    figure("load-gen CPU %", (r) => r.loadgenCpuPct, 0, noRatio),
    figure("other CPU %", (r) => r.otherCpuPct, 0, noRatio),
    failuresColumn("failed/dropped/errors"),
  ]);
}

export function fileTable(results: readonly ScenarioResult[]): string {
  return comparisonTable(
    results,
    "file",
    [
      figure("upload MiB/s", (r) => r.uploadMiBps, 0, noRatio),
      figure("download MiB/s", (r) => r.downloadMiBps, 0, noRatio),
      figure("chat p50 ms (up)", (r) => r.chatDuringUpload?.p50, 2, noRatio),
      figure("chat p99 ms (up)", (r) => r.chatDuringUpload?.p99, 2, noRatio),
      figure("chat p99 ms (down)", (r) => r.chatDuringDownload?.p99, 2, noRatio),
      figure("server CPU %", (r) => r.serverCpuPct, 0, noRatio),
      figure("peak RSS MiB", (r) => r.serverPeakRssBytes, 1, { scale: MIB, compare: false }),
      figure("other CPU %", (r) => r.otherCpuPct, 0, noRatio),
      failuresColumn("dropped/errors"),
    ],
    true,
  );
}

export function storeTable(results: readonly ScenarioResult[]): string {
  const rows = results
    .filter((r) => r.kind === "store" && r.available)
    .map((r) => [
      `${r.scenario} ${r.target === "parley-pg" ? "PostgreSQL" : "SQLite"}`,
      fmt(r.batchMessages, 0),
      fmt(r.stored, 0),
      fmt(r.storedPerSec, 0),
      fmt(r.cpuUsPerStored, 1),
      fmt(r.commitMs?.p50, 3),
      fmt(r.commitMs?.p99, 3),
      fmt(r.commitMs?.p999, 2),
      fmt(r.commitMs?.max, 2),
      fmt(r.otherCpuPct, 0),
    ]);
  return formatTable(
    [
      "scenario / engine",
      "messages per transaction",
      "messages",
      "messages/s",
      "CPU µs/message",
      "commit p50 ms",
      "commit p99 ms",
      "commit p99.9 ms",
      "commit max ms",
      "other CPU %",
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

/**
 * A Parley figure against the relay's in the same run: met when parley ÷ relay is at most `limit`
 * (below it when `strictly`). `unit` and `decimals` format the two figures.
 */
function ratioCheck(
  results: readonly ScenarioResult[],
  scenario: string,
  label: string,
  pick: (r: ScenarioResult) => number | undefined,
  limit: number,
  { unit = "", decimals = 3, strictly = false } = {},
): TargetCheck {
  const parley = get(results, scenario, "parley");
  const relay = get(results, scenario, "relay");
  const p = parley ? pick(parley) : undefined;
  const r = relay ? pick(relay) : undefined;
  const target = `${label} ${strictly ? "<" : "≤"} ${limit.toFixed(1)} × relay (${scenario})`;
  if (p === undefined || r === undefined || !(r > 0)) return { target, measured: "–", met: undefined };
  const x = p / r;
  return {
    target,
    measured: `${fmt(p, decimals)}${unit} vs ${fmt(r, decimals)}${unit} = ${x.toFixed(2)}×`,
    met: strictly ? x < limit : x <= limit,
  };
}

/** The performance targets for Parley, checked against this run (met undefined: not measured in this run). */
export function checkTargets(results: readonly ScenarioResult[]): TargetCheck[] {
  const cpu = (r: ScenarioResult) => r.serverCpuUsPerDelivery;
  const checks: TargetCheck[] = [
    ratioCheck(results, "fanout-50", "server CPU per delivery", cpu, 1.0, { unit: " µs" }),
    ratioCheck(results, "fanout-200", "server CPU per delivery", cpu, 1.0, { unit: " µs", strictly: true }),
    ratioCheck(results, "latency", "median latency", (r) => r.latency?.p50, 1.1, {
      unit: " ms",
      decimals: 2,
    }),
    ratioCheck(results, "latency", "p99 latency", (r) => r.latency?.p99, 2.0, { unit: " ms", decimals: 2 }),
    ratioCheck(results, "latency", "server CPU per delivery", cpu, 1.3, { unit: " µs" }),
    ratioCheck(results, "connect-2000", "time for 2,000 handshakes", (r) => r.connectMs, 1.5, {
      unit: " ms",
      decimals: 0,
    }),
    ratioCheck(results, "connect-10000", "RSS per idle session", (r) => r.rssPerIdleConnBytes, 1.2, {
      unit: " B",
      decimals: 0,
    }),
  ];
  const add = (target: string, measured: string, met: boolean | undefined) =>
    checks.push({ target, measured, met });
  const parley = results.filter(
    (r) => r.target === "parley" && r.available && (r.kind === "traffic" || r.kind === "file"),
  );
  const lost = parley.reduce((n, r) => n + r.lost + r.duplicates, 0);
  const dropped = parley.reduce((n, r) => n + r.disconnects, 0);
  add(
    "zero lost messages, no slow-consumer disconnects",
    `${lost} lost or duplicated, ${dropped} disconnects`,
    parley.length ? lost === 0 && dropped === 0 : undefined,
  );
  const store = get(results, "store-64", "parley");
  add(
    "SQLite store alone > 20,000 messages/s (store-64)",
    store?.storedPerSec !== undefined ? `${fmt(store.storedPerSec, 0)} messages/s` : "–",
    store?.storedPerSec !== undefined ? store.storedPerSec > 20_000 : undefined,
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

/** The terminal client's targets, checked against one client result. */
export function checkClientTargets(r: ScenarioResult): TargetCheck[] {
  const c = r.client;
  if (!c) return [];
  const ms = (v: number | undefined) => (v === undefined ? "–" : `${fmt(v, 1)} ms`);
  const checks: TargetCheck[] = [];
  const add = (target: string, measured: string, met: boolean | undefined) =>
    checks.push({ target, measured, met });
  add("idle ≤ 1 % of a core", `${fmt(c.idleCpuPct, 1)} %`, c.idleCpuPct <= 1);
  add(
    `${c.messagesPerSecond} msg/s in a ${c.members}-member room ≤ 25 % of a core`,
    `${fmt(c.trafficCpuPct, 1)} %`,
    c.trafficCpuPct <= 25,
  );
  add(
    "key echo p99 ≤ 50 ms meanwhile",
    c.echo
      ? `p50 ${ms(c.echo.p50)}, p99 ${ms(c.echo.p99)}, max ${ms(c.echo.max)} (${c.echo.samples} keys, ${c.echoTimeouts} timed out)`
      : "–",
    c.echo ? c.echo.p99 <= 50 && c.echoTimeouts === 0 : undefined,
  );
  const mib = (bytes: number) => `${fmt(bytes / 2 ** 20, 1)} MiB`;
  add(
    `RSS flat (± 10 %) over ${c.trafficSeconds} s at ${c.messagesPerSecond} msg/s`,
    `${mib(c.rss.startBytes)} → ${mib(c.rss.endBytes)} (${c.rss.driftPct >= 0 ? "+" : ""}${fmt(c.rss.driftPct, 1)} %), readings ${mib(c.rss.minBytes)}–${mib(c.rss.maxBytes)}`,
    Math.abs(c.rss.driftPct) <= 10,
  );
  add(
    "RSS ≤ 150 MB",
    `${mib(c.rss.maxBytes)} during traffic, peak ${mib(c.peakRssBytes)}`,
    c.peakRssBytes <= 150e6,
  );
  add(
    `each page ≤ 50 ms, newest to first of ${c.historyMessages.toLocaleString("en-US")} messages`,
    c.pages
      ? `p50 ${ms(c.pages.p50)}, p99 ${ms(c.pages.p99)}, max ${ms(c.pages.max)} over ${c.pages.samples} pages${c.reachedFirst ? "" : ", first message NOT reached"}`
      : "–",
    c.pages ? c.pages.max <= 50 && c.reachedFirst : undefined,
  );
  add(
    `${c.stormClients.toLocaleString("en-US")}-member join storm: key-echo stall ≤ 100 ms`,
    c.stormEcho
      ? `worst ${ms(c.stormEcho.max)}, p99 ${ms(c.stormEcho.p99)} (${c.stormEcho.samples} keys, ${c.stormEchoTimeouts} timed out)`
      : "–",
    c.stormEcho ? c.stormEcho.max <= 100 : undefined,
  );
  return checks;
}

/** The client's other figures, one per row. */
export function clientTable(r: ScenarioResult): string {
  const c = r.client;
  if (!c) return "";
  const rows: string[][] = [
    ["terminal", `${c.columns}x${c.rows} (tmux)`],
    [
      "busy room",
      `${c.members} members, ${c.messagesPerSecond} msg/s for ${c.trafficSeconds} s (first ${c.warmupSeconds} s not counted)`,
    ],
    [
      "written to the terminal",
      `${fmt(c.outputBytesPerSec / 1024, 1)} KiB/s, ${c.fullRedraws} full-screen clears`,
    ],
    [
      "frames drawn",
      `${fmt(c.framesPerSec ?? Number.NaN, 1)}/s in the traffic (${fmt(c.messagesPerSecond / (c.framesPerSec ?? Number.NaN), 1)} messages a frame at most), ${fmt(c.idleFramesPerSec ?? Number.NaN, 1)}/s idle`,
    ],
    [
      "RSS during traffic (MiB)",
      `min ${fmt(c.rss.minBytes / 2 ** 20, 1)}, max ${fmt(c.rss.maxBytes / 2 ** 20, 1)}, end ${fmt(c.rss.endBytes / 2 ** 20, 1)} (mean of the last tenth); peak (VmHWM) ${fmt(c.peakRssBytes / 2 ** 20, 1)}`,
    ],
    [
      "RSS every second (MiB)",
      c.rssSeries.length > 12
        ? `${c.rssSeries
            .slice(0, 6)
            .map((p) => p[1])
            .join(", ")} … ${c.rssSeries
            .slice(-6)
            .map((p) => p[1])
            .join(", ")}`
        : c.rssSeries.map((p) => p[1]).join(", "),
    ],
    [
      "storm",
      `client CPU ${fmt(c.stormCpuPct, 0)} % of a core; nick list counted all: ${c.stormMembersShown ? "yes" : "no"}`,
    ],
    ["PgUp presses", `${c.pagePresses} (${c.pages?.samples ?? 0} moved the screen)`],
    [
      "server CPU / other CPU",
      `${fmt(r.serverCpuPct, 0)} % / ${fmt(r.otherCpuPct, 0)} % of a core during the traffic`,
    ],
    [
      "load average (1 min)",
      `${fmt(c.loadAverage.start, 2)} as the traffic started, ${fmt(c.loadAverage.end, 2)} as it ended`,
    ],
  ];
  return formatTable(["figure", "measured"], rows);
}

/** The whole printed report. */
export function formatReport(results: readonly ScenarioResult[]): string {
  const sections: string[] = [];
  if (results.some((r) => r.kind === "traffic")) sections.push(`Chat traffic\n\n${trafficTable(results)}`);
  if (results.some((r) => r.kind === "idle")) sections.push(`Connections\n\n${idleTable(results)}`);
  if (results.some((r) => r.kind === "file")) sections.push(`File transfer\n\n${fileTable(results)}`);
  if (results.some((r) => r.kind === "store" && r.available))
    sections.push(`The store alone (Parley)\n\n${storeTable(results)}`);
  if (results.some((r) => r.target === "parley" && r.kind !== "client"))
    sections.push(`Targets (Parley)\n\n${targetsList(checkTargets(results))}`);
  for (const r of results.filter((r) => r.kind === "client")) {
    if (!r.client) sections.push(`Terminal client\n\n${r.note ?? "not available"}`);
    else
      sections.push(
        `Terminal client\n\n${clientTable(r)}\n\nTargets (terminal client)\n\n${targetsList(checkClientTargets(r))}`,
      );
  }
  return sections.join("\n\n");
}
