// Messages between the coordinating process and the load-generator processes it forks.
import type { HistogramJson } from "./histogram.js";
import type { Plan } from "./plan.js";

/** Coordinator → load generator. */
export type ToWorker =
  | { type: "plan"; plan: Plan }
  /**
   * Start the load at `atUs` on the shared clock (nowUs), so all processes begin together; `warmup`: a
   * shorter unmeasured round first. Answered by "done" either way.
   */
  | { type: "start"; atUs: number; warmup?: boolean }
  /** Report, close every connection and exit. */
  | { type: "stop" };

/** What every load generator reports when it has finished (or been told to stop). */
export interface WorkerReport {
  /** Connections: handshake durations, and when the first started and the last completed (shared clock). */
  handshake: HistogramJson;
  connectStartUs: number;
  connectEndUs: number;
  /** Traffic: deliveries received (acknowledgements excluded) and expected. */
  deliveries: number;
  expected: number;
  /** Expected deliveries that never came, and deliveries beyond those expected. */
  lost: number;
  duplicates: number;
  sent: number;
  acks: number;
  /** Send → receipt at another client. */
  latency: HistogramJson;
  /** Send → the sender's own acknowledgement. */
  ackLatency: HistogramJson;
  firstSendUs: number;
  lastReceiptUs: number;
  /** Connections the server closed, and error codes it sent unasked, by name. */
  disconnects: number;
  errors: Record<string, number>;
  /** This process's CPU time (user + system) between start and done, in ms. */
  cpuMs: number;
  /** File transfer only. */
  file?: FileReport;
}

export interface FileReport {
  available: boolean;
  /** Why not, when not available. */
  reason?: string;
  bytes: number;
  uploadMs: number;
  downloadMs: number;
  /** Chat acknowledgement latency on the transferring connection, during upload and during download. */
  chatDuringUpload: HistogramJson;
  chatDuringDownload: HistogramJson;
}

/** Load generator → coordinator. */
export type FromWorker =
  | { type: "online" }
  | { type: "ready"; report: WorkerReport }
  | { type: "done"; report: WorkerReport }
  | { type: "failed"; message: string };
