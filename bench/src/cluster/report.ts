// The cluster run's table: per layout, throughput, latency, loss, and where the CPU went — each
// node per delivery it made, and Redis and PostgreSQL per message.
import { fmt, formatTable } from "../report.js";
import type { ClusterResult } from "./run.js";

export function clusterTable(results: readonly ClusterResult[]): string {
  const headers = [
    "layout",
    "deliveries/s",
    "p50 ms",
    "p99 ms",
    "lost",
    "nodes µs/delivery",
    "each node µs/delivery",
    "Redis µs/msg",
    "PostgreSQL µs/msg",
    "other CPU %",
  ];
  const rows = results.map((r) => {
    const layout = `${r.nodes} node${r.nodes > 1 ? "s" : ""}, ${r.store === "sqlite" ? "SQLite" : "PostgreSQL"}${r.nodes > 1 ? " + Redis" : ""}`;
    if (!r.available) return [layout, r.note ?? "failed"];
    return [
      layout,
      fmt(r.deliveriesPerSec, 0),
      fmt(r.latency?.p50, 2),
      fmt(r.latency?.p99, 2),
      `${r.lost}${r.duplicates ? ` (+${r.duplicates} dup)` : ""}`,
      fmt(r.serverCpuUsPerDelivery, 3),
      r.nodeCpuUsPerDelivery.map((us) => fmt(us, 3)).join(" / "),
      r.nodes > 1 ? fmt(r.redisCpuUsPerMessage, 1) : "–",
      r.store === "postgres" ? fmt(r.postgresCpuUsPerMessage, 1) : "–",
      fmt(r.otherCpuPct, 0),
    ];
  });
  return formatTable(headers, rows);
}
