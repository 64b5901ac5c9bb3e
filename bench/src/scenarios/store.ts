// The store alone: how many messages per second the server's own message store (the client-id check
// a SendMessage makes, batching, seqs on commit, one transaction per batch with its search index)
// commits, in a fresh data directory (SQLite) or database (PostgreSQL), with no network to clients and no fan-out.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MessageStore, openPostgresStore, openSqliteStore, silentLogger } from "@parley/server";
import { Histogram } from "../histogram.js";
import { machineBusyMs } from "../proc-stat.js";
import type { StoreScenario } from "./catalog.js";
import { commitMs, type ScenarioResult } from "./result.js";

/** A message body the size of the traffic scenarios' payloads. */
const TEXT = "x".repeat(100);

/**
 * Appends `s.messages` messages in batches of `s.batchMessages` (each batch one transaction, as a
 * turn of the server commits one), each after the check for an earlier copy with its client id that
 * the server makes first, after an unmeasured tenth as warm-up, back to back or `s.perSecond`
 * batches a second, and times the whole and each commit (the time the event loop waits on it). On
 * PostgreSQL (`postgresUrl`) each batch is waited for, as the server waits for a commit; the CPU
 * figure is this process's, and PostgreSQL's own is counted among other processes.
 */
export async function runStore(s: StoreScenario, postgresUrl?: string): Promise<ScenarioResult> {
  const dir = mkdtempSync(join(tmpdir(), "parley-bench-store-"));
  const store = postgresUrl ? openPostgresStore(postgresUrl, silentLogger()) : openSqliteStore(dir);
  await store.open();
  let committed = 0;
  const messages = new MessageStore<null>(store.messages, (batch, error) => {
    if (error) throw error;
    committed += batch.length;
  });
  let next = 0;
  let commits: Histogram | undefined;
  const append = async (count: number) => {
    const startMs = performance.now();
    for (let sent = 0; sent < count; sent += s.batchMessages) {
      if (s.perSecond) {
        const dueMs = startMs + ((sent / s.batchMessages) * 1000) / s.perSecond;
        const waitMs = dueMs - performance.now();
        if (waitMs > 0) await new Promise((resolve) => setTimeout(resolve, waitMs));
      }
      for (let i = 0; i < Math.min(s.batchMessages, count - sent); i++) {
        next++;
        const sender = `user${next % 50}`;
        const earlier = messages.findByClientId("#bench", sender, `m${next}`);
        if ((earlier instanceof Promise ? await earlier : earlier) !== undefined)
          throw new Error(`m${next} taken for a copy`);
        messages.append(
          "#bench",
          { room: "#bench", fromNick: sender, text: TEXT, clientMsgId: `m${next}`, kind: 1 },
          Date.now(),
          null,
          sender,
        );
      }
      const commitStart = performance.now();
      const flushed = messages.flushNow();
      if (flushed) await flushed;
      commits?.record((performance.now() - commitStart) * 1000);
    }
  };
  try {
    await append(Math.ceil(s.messages / 10));
    committed = 0;
    commits = new Histogram();
    const machineBefore = machineBusyMs();
    const cpuBefore = process.cpuUsage();
    const startMs = performance.now();
    await append(s.messages);
    const wallMs = performance.now() - startMs;
    const cpu = process.cpuUsage(cpuBefore);
    const cpuMs = (cpu.user + cpu.system) / 1000;
    const machineMs = machineBusyMs() - machineBefore;
    return {
      scenario: s.name,
      kind: "store",
      target: "parley",
      available: true,
      wallMs,
      stored: committed,
      batchMessages: s.batchMessages,
      storedPerSec: (committed * 1000) / wallMs,
      cpuUsPerStored: (cpuMs * 1000) / committed,
      commitMs: commitMs(commits),
      lost: 0,
      duplicates: 0,
      disconnects: 0,
      errors: {},
      serverCpuMs: cpuMs,
      serverCpuPct: (cpuMs / wallMs) * 100,
      serverPeakRssBytes: 0,
      loadgenCpuMs: 0,
      loadgenCpuPct: 0,
      loadgenProcesses: 0,
      otherCpuPct: Math.max(0, ((machineMs - cpuMs) / wallMs) * 100),
    };
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
