// The Prometheus metrics of one server (/metrics). Counters and gauges are read at scrape time from
// what the server counts anyway (Stats, the session registry), so nothing is added per message or per
// delivery; the two histograms are observed once per committed batch.
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";
import { TRANSPORT_KINDS } from "./net/transport.js";
import type { Session } from "./session.js";
import type { Stats } from "./state/stats.js";

/** What the metrics read at scrape time. */
export interface MetricSources {
  readonly stats: Stats;
  readonly registry: { all(): Iterable<Session> };
}

/** Latency buckets in seconds, 0.5 ms to 5 s: a local commit takes well under a millisecond. */
const LATENCY_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

/** A counter that reports `read()` at scrape time (a total kept elsewhere). */
function total(registry: Registry, name: string, help: string, read: () => number): void {
  new Counter({
    name,
    help,
    registers: [registry],
    collect() {
      this.reset();
      this.inc(read());
    },
  });
}

export class ServerMetrics {
  /** This server's registry: its own metrics plus the process defaults (several servers may share a process). */
  readonly registry = new Registry();
  /** Time to commit one batch of messages to the store. */
  readonly storeCommitSeconds: Histogram;
  /** From a batch's oldest message being accepted to the batch being written to its recipients. */
  readonly deliverySeconds: Histogram;

  constructor(sources: () => MetricSources) {
    const registry = this.registry;
    collectDefaultMetrics({ register: registry });
    new Gauge({
      name: "parley_sessions",
      help: "Open sessions, by how they connected (tcp, tls, ws, wss)",
      labelNames: ["transport"],
      registers: [registry],
      collect() {
        const counts = new Map<string, number>(TRANSPORT_KINDS.map((kind) => [kind, 0]));
        for (const session of sources().registry.all())
          counts.set(session.transport, (counts.get(session.transport) ?? 0) + 1);
        for (const [transport, count] of counts) this.set({ transport }, count);
      },
    });
    const stats = () => sources().stats;
    total(registry, "parley_logins_total", "Logins accepted", () => stats().loginsTotal);
    total(registry, "parley_login_failures_total", "Logins refused", () => stats().loginFailuresTotal);
    total(registry, "parley_messages_stored_total", "Chat messages stored", () => stats().messagesTotal);
    total(
      registry,
      "parley_messages_delivered_total",
      "Chat messages written to recipients, one per recipient",
      () => stats().deliveriesTotal,
    );
    const bytes = () => stats().byteTotals(sources().registry.all());
    total(registry, "parley_bytes_received_total", "Bytes received from sessions", () => bytes().bytesIn);
    total(registry, "parley_bytes_sent_total", "Bytes queued to sessions", () => bytes().bytesOut);
    new Gauge({
      name: "parley_send_queue_bytes",
      help: "Bytes queued for sessions and not yet taken by the kernel, all sessions together",
      registers: [registry],
      collect() {
        let queued = 0;
        for (const session of sources().registry.all()) queued += session.queuedBytes;
        this.set(queued);
      },
    });
    total(
      registry,
      "parley_send_queue_overflows_total",
      "Sessions disconnected for leaving too much unread",
      () => stats().sendQueueOverflowsTotal,
    );
    total(
      registry,
      "parley_rate_limited_total",
      "Requests and connections refused RATE_LIMITED, and sessions disconnected for flooding",
      () => stats().rateLimitedTotal,
    );
    new Counter({
      name: "parley_file_bytes_total",
      help: "File bytes received in uploads (direction=in) and sent in downloads (direction=out)",
      labelNames: ["direction"],
      registers: [registry],
      collect() {
        this.reset();
        this.inc({ direction: "in" }, stats().fileBytesIn);
        this.inc({ direction: "out" }, stats().fileBytesOut);
      },
    });
    this.storeCommitSeconds = new Histogram({
      name: "parley_store_commit_seconds",
      help: "Time to commit one batch of chat messages to the store",
      buckets: LATENCY_BUCKETS,
      registers: [registry],
    });
    this.deliverySeconds = new Histogram({
      name: "parley_delivery_seconds",
      help: "From the oldest message of a batch being accepted to the batch being written to its recipients",
      buckets: LATENCY_BUCKETS,
      registers: [registry],
    });
  }

  /** The exposition: Prometheus text format, version 0.0.4. */
  render(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}
