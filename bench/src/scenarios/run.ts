// Runs one scenario against one target: start the server, fork the load generators, drive the phases,
// read the server's cost from /proc between them, and turn the reports into a ScenarioResult.
import { nowUs, sleep } from "../clock.js";
import { Histogram } from "../histogram.js";
import type { WorkerReport } from "../ipc.js";
import { shareOf, type TargetInfo, type TargetKind } from "../plan.js";
import { WorkerPool } from "../pool.js";
import { machineBusyMs, sampleProcess } from "../proc-stat.js";
import { type RunningServer, type ServerOptions, startServer } from "../servers.js";
import type { ClientScenario, FileScenario, IdleScenario, Scenario, TrafficScenario } from "./catalog.js";
import { latencyMs, type ScenarioResult } from "./result.js";
import { runStore } from "./store.js";

/** Bound on any one phase, so the bench always ends. */
export const PHASE_TIMEOUT_MS = 240_000;
const MIB = 1024 * 1024;
/** A round starts this long after the start message is sent, so every process has it (and has reset) in time. */
export const START_LEAD_US = 200_000;

/** Runs a server scenario (the client scenario has its own runner, bench/src/client/scenario.ts). */
export async function runScenario(
  scenario: Exclude<Scenario, ClientScenario>,
  kind: TargetKind,
  options: ServerOptions,
): Promise<ScenarioResult> {
  if (scenario.kind === "store") return runStore(scenario, options.store);
  const server = await startServer(kind, options);
  const pool = await WorkerPool.start(scenario.workers).catch(async (error) => {
    await server.stop();
    throw error;
  });
  const target: TargetInfo = { kind, port: server.port };
  try {
    if (scenario.kind === "traffic") return await runTraffic(scenario, target, server, pool);
    if (scenario.kind === "idle") return await runIdle(scenario, target, server, pool);
    return await runFile(scenario, target, server, pool);
  } catch (error) {
    const message = (error as Error).message;
    throw new Error(`${scenario.name} against ${kind}: ${message}\n${server.stderrTail()}`);
  } finally {
    await pool.stop();
    await server.stop();
  }
}

function sum(reports: readonly WorkerReport[], pick: (r: WorkerReport) => number): number {
  return reports.reduce((total, r) => total + pick(r), 0);
}

function mergeErrors(reports: readonly WorkerReport[]): Record<string, number> {
  const errors: Record<string, number> = {};
  for (const r of reports)
    for (const [code, n] of Object.entries(r.errors)) errors[code] = (errors[code] ?? 0) + n;
  return errors;
}

/**
 * Hands each load generator its share of `s`'s clients, waits until they are connected, and (windowed
 * scenarios) runs an unmeasured round, so every process's code is warm when the measured one starts.
 */
export async function prepareTraffic(
  s: TrafficScenario,
  target: TargetInfo,
  pool: WorkerPool,
): Promise<void> {
  pool.plan((w) => ({
    kind: "traffic",
    target,
    clientIndices: shareOf(s.clients, w, pool.size),
    clients: s.clients,
    roomSize: s.roomSize,
    messagesPerClient: s.messagesPerClient,
    payloadBytes: s.payloadBytes,
    window: s.window,
    directEvery: s.directEvery,
    rate: s.rate,
    connectConcurrency: 32,
    stallTimeoutMs: 5000,
  }));
  await pool.collect("ready", PHASE_TIMEOUT_MS);
  if (!s.rate) {
    // An unmeasured quarter-length round first: both sides' code is then warm (JIT-compiled) when measured.
    pool.broadcast({ type: "start", atUs: nowUs() + START_LEAD_US, warmup: true });
    await pool.collect("done", PHASE_TIMEOUT_MS);
  }
}

async function runTraffic(
  s: TrafficScenario,
  target: TargetInfo,
  server: RunningServer,
  pool: WorkerPool,
): Promise<ScenarioResult> {
  await prepareTraffic(s, target, pool);
  await sleep(300); // let join presence and history settle before the measured phase
  const before = sampleProcess(server.pid);
  const genBefore = pool.cpuMs();
  const machineBefore = machineBusyMs();
  const beforeUs = nowUs();
  const atUs = nowUs() + START_LEAD_US;
  pool.broadcast({ type: "start", atUs });
  const done = await pool.collect("done", PHASE_TIMEOUT_MS);
  const after = sampleProcess(server.pid);
  const machineAfter = machineBusyMs();
  const sampledMs = (nowUs() - beforeUs) / 1000;

  const deliveries = sum(done, (r) => r.deliveries);
  const lastUs = Math.max(...done.map((r) => r.lastReceiptUs));
  const wallMs = Math.max(1, (lastUs - atUs) / 1000);
  const serverCpuMs = after.cpuMs - before.cpuMs;
  const loadgenCpuMs = sum(done, (r) => r.cpuMs);
  return {
    scenario: s.name,
    kind: "traffic",
    target: target.kind,
    available: true,
    wallMs,
    sent: sum(done, (r) => r.sent),
    deliveries,
    expected: sum(done, (r) => r.expected),
    deliveriesPerSec: (deliveries * 1000) / wallMs,
    latency: latencyMs(Histogram.mergeAll(done.map((r) => r.latency))),
    ackLatency: latencyMs(Histogram.mergeAll(done.map((r) => r.ackLatency))),
    lost: sum(done, (r) => r.lost),
    duplicates: sum(done, (r) => r.duplicates),
    // Reports are cumulative: "done" includes whatever happened while connecting.
    disconnects: sum(done, (r) => r.disconnects),
    errors: mergeErrors(done),
    serverCpuMs,
    serverCpuUsPerDelivery: deliveries > 0 ? (serverCpuMs * 1000) / deliveries : undefined,
    serverCpuPct: (serverCpuMs / sampledMs) * 100,
    serverPeakRssBytes: after.peakRssBytes,
    loadgenCpuMs,
    loadgenCpuPct: (loadgenCpuMs / wallMs) * 100,
    loadgenProcesses: pool.size,
    otherCpuPct: otherCpuPct(machineAfter - machineBefore, serverCpuMs, pool.cpuMs() - genBefore, sampledMs),
  };
}

/**
 * CPU used on the machine by anything but the server and the load generators over a window, as a share
 * of one core: other work on the machine competes for the same two cores and skews latency.
 */
function otherCpuPct(machineMs: number, serverMs: number, loadgenMs: number, windowMs: number): number {
  return Math.max(0, ((machineMs - serverMs - loadgenMs) / windowMs) * 100);
}

async function runIdle(
  s: IdleScenario,
  target: TargetInfo,
  server: RunningServer,
  pool: WorkerPool,
): Promise<ScenarioResult> {
  await sleep(500); // let the freshly started server settle before its baseline memory is read
  const base = sampleProcess(server.pid);
  const genBeforeMs = pool.cpuMs();
  const machineBefore = machineBusyMs();
  const startUs = nowUs();
  pool.plan((w) => ({
    kind: "idle",
    target,
    clientIndices: shareOf(s.clients, w, pool.size),
    roomSize: s.roomSize,
    connectConcurrency: s.connectConcurrency,
  }));
  const ready = await pool.collect("ready", PHASE_TIMEOUT_MS);
  const connected = sampleProcess(server.pid);
  const connectMs =
    (Math.max(...ready.map((r) => r.connectEndUs)) - Math.min(...ready.map((r) => r.connectStartUs))) / 1000;
  await sleep(s.idleMs);
  const idle = sampleProcess(server.pid);
  const machineAfter = machineBusyMs();
  const wallMs = (nowUs() - startUs) / 1000;
  const loadgenCpuMs = pool.cpuMs() - genBeforeMs;
  const handshake = Histogram.mergeAll(ready.map((r) => r.handshake));
  const finished = await pool.stop();
  const failed = mergeErrors(ready).handshake_failed ?? 0;
  return {
    scenario: s.name,
    kind: "idle",
    target: target.kind,
    available: true,
    wallMs,
    connections: handshake.count,
    connectMs,
    handshake: latencyMs(handshake),
    rssPerIdleConnBytes: handshake.count > 0 ? (idle.rssBytes - base.rssBytes) / handshake.count : undefined,
    lost: failed,
    duplicates: 0,
    disconnects: sum(finished, (r) => r.disconnects),
    errors: mergeErrors(finished.length === ready.length ? finished : ready),
    serverCpuMs: connected.cpuMs - base.cpuMs,
    serverCpuPct: ((connected.cpuMs - base.cpuMs) / connectMs) * 100,
    serverPeakRssBytes: idle.peakRssBytes,
    loadgenCpuMs,
    loadgenCpuPct: (loadgenCpuMs / wallMs) * 100,
    loadgenProcesses: pool.size,
    otherCpuPct: otherCpuPct(machineAfter - machineBefore, idle.cpuMs - base.cpuMs, loadgenCpuMs, wallMs),
  };
}

async function runFile(
  s: FileScenario,
  target: TargetInfo,
  server: RunningServer,
  pool: WorkerPool,
): Promise<ScenarioResult> {
  const before = sampleProcess(server.pid);
  const genBefore = pool.cpuMs();
  const machineBefore = machineBusyMs();
  const startUs = nowUs();
  pool.send(0, {
    type: "plan",
    plan: {
      kind: "file",
      target,
      fileBytes: s.fileBytes,
      chatIntervalMs: s.chatIntervalMs,
      payloadBytes: s.payloadBytes,
      windowBytes: s.windowBytes,
    },
  });
  const [report] = await pool.collect("done", PHASE_TIMEOUT_MS);
  const after = sampleProcess(server.pid);
  const machineAfter = machineBusyMs();
  const wallMs = (nowUs() - startUs) / 1000;
  const file = report!.file!;
  const mibps = (ms: number) => (ms > 0 ? s.fileBytes / MIB / (ms / 1000) : 0);
  return {
    scenario: s.name,
    kind: "file",
    target: target.kind,
    available: file.available,
    note: file.available ? undefined : `not available: ${file.reason}`,
    wallMs,
    fileBytes: s.fileBytes,
    uploadMiBps: mibps(file.uploadMs),
    downloadMiBps: mibps(file.downloadMs),
    chatDuringUpload: latencyMs(Histogram.fromJSON(file.chatDuringUpload)),
    chatDuringDownload: latencyMs(Histogram.fromJSON(file.chatDuringDownload)),
    lost: 0,
    duplicates: 0,
    disconnects: report!.disconnects,
    errors: report!.errors,
    serverCpuMs: after.cpuMs - before.cpuMs,
    serverCpuPct: ((after.cpuMs - before.cpuMs) / wallMs) * 100,
    serverPeakRssBytes: after.peakRssBytes,
    loadgenCpuMs: report!.cpuMs,
    loadgenCpuPct: (report!.cpuMs / wallMs) * 100,
    loadgenProcesses: 1,
    otherCpuPct: otherCpuPct(
      machineAfter - machineBefore,
      after.cpuMs - before.cpuMs,
      pool.cpuMs() - genBefore,
      wallMs,
    ),
  };
}
