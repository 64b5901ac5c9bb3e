// Counters and histograms one load-generator process fills in, turned into its WorkerReport.
import { Histogram } from "../histogram.js";
import type { FileReport, WorkerReport } from "../ipc.js";

export class Tally {
  readonly handshake = new Histogram();
  latency = new Histogram();
  ackLatency = new Histogram();
  connectStartUs = 0;
  connectEndUs = 0;
  deliveries = 0;
  expected = 0;
  lost = 0;
  duplicates = 0;
  sent = 0;
  acks = 0;
  firstSendUs = 0;
  lastReceiptUs = 0;
  disconnects = 0;
  readonly errors: Record<string, number> = {};
  cpuMs = 0;
  file: FileReport | undefined;
  private cpuAtStart: NodeJS.CpuUsage | undefined;

  /** Forgets the traffic counted so far (after a warm-up round); connection figures and errors stay. */
  resetTraffic(): void {
    this.latency = new Histogram();
    this.ackLatency = new Histogram();
    this.deliveries = this.expected = this.lost = this.duplicates = this.sent = this.acks = 0;
    this.firstSendUs = this.lastReceiptUs = 0;
  }

  countError(code: string): void {
    this.errors[code] = (this.errors[code] ?? 0) + 1;
  }

  /** Starts this process's CPU clock for the measured phase. */
  startCpu(): void {
    this.cpuAtStart = process.cpuUsage();
  }

  /** Stops it; cpuMs is the user + system time used since startCpu. */
  stopCpu(): void {
    const used = process.cpuUsage(this.cpuAtStart);
    this.cpuMs = (used.user + used.system) / 1000;
  }

  report(): WorkerReport {
    return {
      handshake: this.handshake.toJSON(),
      connectStartUs: this.connectStartUs,
      connectEndUs: this.connectEndUs,
      deliveries: this.deliveries,
      expected: this.expected,
      lost: this.lost,
      duplicates: this.duplicates,
      sent: this.sent,
      acks: this.acks,
      latency: this.latency.toJSON(),
      ackLatency: this.ackLatency.toJSON(),
      firstSendUs: this.firstSendUs,
      lastReceiptUs: this.lastReceiptUs,
      disconnects: this.disconnects,
      errors: this.errors,
      cpuMs: this.cpuMs,
      file: this.file,
    };
  }
}
