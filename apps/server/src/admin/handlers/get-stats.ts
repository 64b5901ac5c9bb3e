// AdminGetStats → AdminStats: uptime, sessions, rooms, message and byte totals and rates, memory.
import { SERVER_VERSION } from "../../version.js";
import type { AdminHandler } from "../request.js";

export const getStats: AdminHandler = ({ ctx }) => {
  const { stats, registry } = ctx;
  const { bytesIn, bytesOut } = stats.byteTotals(registry.all());
  const memory = process.memoryUsage();
  const rates = stats.currentRates;
  return {
    adminStats: {
      uptimeMs: ctx.now() - stats.startedAtMs,
      sessions: registry.size,
      rooms: ctx.rooms.size,
      messagesTotal: stats.messagesTotal,
      messagesPerSecond: rates.messagesPerSecond,
      bytesInPerSecond: rates.bytesInPerSecond,
      bytesOutPerSecond: rates.bytesOutPerSecond,
      rssBytes: memory.rss,
      heapUsedBytes: memory.heapUsed,
      serverVersion: SERVER_VERSION,
      bytesInTotal: bytesIn,
      bytesOutTotal: bytesOut,
    },
  };
};
