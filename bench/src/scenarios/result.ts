// The figures one scenario yields against one target: what the table prints and --json writes.
import type { ClientFigures } from "../client/figures.js";
import type { Histogram } from "../histogram.js";
import type { TargetName } from "../plan.js";

/** Percentiles in milliseconds. */
export interface LatencyMs {
  p50: number;
  p99: number;
  max: number;
  samples: number;
}

export function latencyMs(h: Histogram): LatencyMs | null {
  if (h.count === 0) return null;
  return {
    p50: h.percentile(50) / 1000,
    p99: h.percentile(99) / 1000,
    max: h.maxUs / 1000,
    samples: h.count,
  };
}

/** Percentiles of commit wall time in milliseconds: p99.9 too, since a commit stalls every session. */
export interface CommitMs extends LatencyMs {
  p999: number;
}

export function commitMs(h: Histogram): CommitMs | null {
  const latency = latencyMs(h);
  return latency && { ...latency, p999: h.percentile(99.9) / 1000 };
}

export interface ScenarioResult {
  scenario: string;
  kind: "traffic" | "idle" | "file" | "client" | "store";
  target: TargetName;
  /** False when the target lacks the feature (file transfer before it exists) or the run failed. */
  available: boolean;
  note?: string;
  /** Measured phase, in ms. */
  wallMs: number;
  // Traffic.
  sent?: number;
  deliveries?: number;
  expected?: number;
  deliveriesPerSec?: number;
  latency?: LatencyMs | null;
  ackLatency?: LatencyMs | null;
  // Connections.
  connections?: number;
  connectMs?: number;
  handshake?: LatencyMs | null;
  rssPerIdleConnBytes?: number;
  // File transfer.
  fileBytes?: number;
  uploadMiBps?: number;
  downloadMiBps?: number;
  chatDuringUpload?: LatencyMs | null;
  chatDuringDownload?: LatencyMs | null;
  // The terminal client.
  client?: ClientFigures;
  // The store alone (server CPU and wall time are then this process's, spent committing).
  stored?: number;
  batchMessages?: number;
  storedPerSec?: number;
  /** CPU time per message committed, in µs. */
  cpuUsPerStored?: number;
  /** Wall time of each commit (the event loop waits that long), in ms. */
  commitMs?: CommitMs | null;
  // Costs and failures, every kind.
  lost: number;
  duplicates: number;
  disconnects: number;
  errors: Record<string, number>;
  serverCpuMs: number;
  /** Server CPU time per delivery (acknowledgements not counted as deliveries), in µs. */
  serverCpuUsPerDelivery?: number;
  /** Server CPU as a share of one core over the measured phase, in %. */
  serverCpuPct: number;
  serverPeakRssBytes: number;
  /** Load-generator CPU over the measured phase, summed over its processes, as a share of one core, in %. */
  loadgenCpuPct: number;
  loadgenCpuMs: number;
  loadgenProcesses: number;
  /** Runs made of this scenario against this target (this result is the quietest of them). */
  runs?: number;
  /** CPU used by other processes on the machine meanwhile, as a share of one core, in % (noise indicator). */
  otherCpuPct: number;
}

/** A result with no figures: the target lacks the scenario, or the run failed (`note` says which). */
export function unavailableResult(
  scenario: string,
  kind: ScenarioResult["kind"],
  target: TargetName,
  note: string,
): ScenarioResult {
  return {
    scenario,
    kind,
    target,
    available: false,
    note,
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
