// The terminal-client scenario: the real `parley` binary in a tmux pane, connected to a real server,
// in a room of bots from the load generator. Phases: idle, steady traffic (CPU, memory over time, key
// echo), a join storm (worst key echo), and paging a long room from its newest message to its first.
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { nowUs, sleep } from "../clock.js";
import { Histogram } from "../histogram.js";
import { shareOf, type TargetInfo } from "../plan.js";
import { WorkerPool } from "../pool.js";
import { loadAverage1m, machineBusyMs, sampleProcess } from "../proc-stat.js";
import type { ClientScenario } from "../scenarios/catalog.js";
import { latencyMs, type ScenarioResult } from "../scenarios/result.js";
import { type ServerOptions, startServer } from "../servers.js";
import { TmuxControl } from "./control.js";
import { type ClientFigures, type ClientSample, cpuPct, rssTrend } from "./figures.js";
import { fillHistory, historyLabel } from "./history.js";
import { pageToFirst } from "./pager.js";
import { KeyProber, probeContinuously } from "./prober.js";

const REPO_ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const CLIENT_DIR = join(REPO_ROOT, "apps/tui-client");
/** Bound on waiting for something to appear on the client's screen. */
const SCREEN_TIMEOUT_MS = 60_000;
/** A key whose echo takes longer than this is counted as a timeout (and as this long). */
const ECHO_TIMEOUT_MS = 5000;
const BUSY_ROOM = "bench-0";
const HISTORY_ROOM = "bench-history";
const NICK = "watcher";

export interface ClientRunOptions extends ServerOptions {
  /** Run the client from its TypeScript sources (tsx) instead of its build. */
  fromSource?: boolean;
  /** Progress lines for people. */
  progress?: (line: string) => void;
}

const quote = (a: string) => `'${a.replace(/'/g, "'\\''")}'`;

/**
 * The node flags `bin/parley.js` gives in its shebang (the client's heap settings): the bench starts
 * the client with them as the kernel would, but with this node, so that --cpu-prof can go beside.
 */
function shebangFlags(): string[] {
  const first = readFileSync(join(CLIENT_DIR, "bin/parley.js"), "utf8").split("\n")[0] ?? "";
  const match = /^#!\/usr\/bin\/env -S node((?: --[^ ]+)*)$/.exec(first);
  if (!match) throw new Error(`unexpected shebang in apps/tui-client/bin/parley.js: ${first}`);
  return match[1]!.trim().split(" ");
}

/** The shell command for the pane: the client alone, as `exec`, with a config directory of its own. */
function clientCommand(port: number, configHome: string, options: ClientRunOptions): string {
  const entry = options.fromSource
    ? ["--conditions=source", "--import", "tsx", join(CLIENT_DIR, "src/launch.ts")]
    : [join(CLIENT_DIR, "bin/parley.js")];
  if (!options.fromSource && !existsSync(join(CLIENT_DIR, "dist/launch.js"))) {
    throw new Error(
      "apps/tui-client is not built: run `pnpm bench` from the repository root (it builds first)",
    );
  }
  const profile = options.cpuProfDir ? ["--cpu-prof", "--cpu-prof-dir", options.cpuProfDir] : [];
  // As a person starts it: NODE_ENV unset (the binary picks React's production build itself), and
  // none of the caller's PARLEY_* settings.
  const unset = ["NODE_ENV", "PARLEY_NICK", "PARLEY_HOST", "PARLEY_PORT", "PARLEY_SERVER", "PARLEY_PASSWORD"]
    .concat("PARLEY_CLIENT_CONFIG", "NODE_OPTIONS")
    .flatMap((name) => ["-u", name]);
  const args = [
    "env",
    ...unset,
    `XDG_CONFIG_HOME=${configHome}`,
    process.execPath,
    ...shebangFlags(),
    ...profile,
    ...entry,
    "--host",
    "127.0.0.1",
    "--port",
    String(port),
    "--nick",
    NICK,
  ];
  return `cd ${quote(CLIENT_DIR)} && exec ${args.map(quote).join(" ")}`;
}

/** Resolves with the screen once it matches `pattern`; rejects with the screen after `timeoutMs`. */
async function waitForScreen(
  term: TmuxControl,
  pattern: RegExp,
  timeoutMs = SCREEN_TIMEOUT_MS,
): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const screen = await term.screen();
    if (pattern.test(screen)) return screen;
    if (Date.now() > deadline) throw new Error(`the client's screen never showed ${pattern}:\n${screen}`);
    await sleep(100);
  }
}

/** Types a command on an empty input line (whatever the probes left there is cleared first). */
async function runCommand(term: TmuxControl, line: string): Promise<void> {
  await term.keys("C-u");
  await term.type(line);
  await term.keys("Enter");
}

/** Histogram of echo times (µs), timeouts recorded as the timeout. */
class EchoTally {
  readonly histogram = new Histogram();
  timeouts = 0;
  record(echoUs: number | undefined): void {
    if (echoUs === undefined) {
      this.timeouts++;
      this.histogram.record(ECHO_TIMEOUT_MS * 1000);
    } else this.histogram.record(echoUs);
  }
}

export async function runClientScenario(
  s: ClientScenario,
  options: ClientRunOptions,
): Promise<ScenarioResult> {
  const progress = options.progress ?? (() => {});
  const startedUs = nowUs();
  const server = await startServer("parley", {
    ...options,
    // The long room is read back to its first message: keep every message.
    extraArgs: ["--history-retention-count", "0"],
  });
  const configHome = mkdtempSync(join(tmpdir(), "parley-bench-client-"));
  const term = new TmuxControl();
  let pool: WorkerPool | undefined;
  try {
    progress(`    storing ${s.historyMessages} messages in #${HISTORY_ROOM}`);
    await fillHistory(server.port, HISTORY_ROOM, s.historyMessages);

    const target: TargetInfo = { kind: "parley", port: server.port };
    const bots = s.members - 1;
    pool = await WorkerPool.start(s.workers);
    const trafficPool = pool;
    trafficPool.plan((w) => ({
      kind: "traffic",
      target,
      clientIndices: shareOf(bots, w, trafficPool.size),
      clients: bots,
      roomSize: bots,
      messagesPerClient: 0,
      payloadBytes: 100,
      window: 0,
      directEvery: 0,
      rate: { messagesPerSecond: s.messagesPerSecond, durationMs: s.trafficMs, warmupMs: 0 },
      connectConcurrency: 32,
      stallTimeoutMs: 5000,
    }));
    await pool.collect("ready", SCREEN_TIMEOUT_MS);

    progress(
      `    starting parley at ${s.columns}x${s.rows} in tmux, joining #${BUSY_ROOM} (${s.members} members)`,
    );
    await term.start(clientCommand(server.port, configHome, options), s.columns, s.rows);
    const pid = await term.panePid();
    await waitForScreen(term, /\[online\]/);
    await runCommand(term, `/join #${BUSY_ROOM}`);
    await waitForScreen(term, new RegExp(`\\b${s.members} here`));
    const prober = new KeyProber(term);
    // Settle: the join's history and member list drawn, start-up garbage collected.
    await sleep(5000);

    progress(`    idle for ${s.idleMs / 1000} s`);
    const idleBefore = sampleProcess(pid);
    const idleFromUs = nowUs();
    const idleFramesBefore = term.frames;
    await sleep(s.idleMs);
    const idleCpuPct =
      ((sampleProcess(pid).cpuMs - idleBefore.cpuMs) / ((nowUs() - idleFromUs) / 1000)) * 100;
    const idleFramesPerSec = (term.frames - idleFramesBefore) / ((nowUs() - idleFromUs) / 1e6);

    progress(`    ${s.messagesPerSecond} messages/s for ${s.trafficMs / 1000} s, typing meanwhile`);
    const samples: (ClientSample & { outputChars: number; fullRedraws: number; frames: number })[] = [];
    const atUs = nowUs() + 200_000;
    const warmupUs = atUs + s.warmupMs * 1000;
    const endUs = atUs + s.trafficMs * 1000;
    const sample = () => {
      const now = nowUs();
      if (now < warmupUs || now > endUs) return;
      const p = sampleProcess(pid);
      samples.push({
        atMs: (now - atUs) / 1000,
        rssBytes: p.rssBytes,
        cpuMs: p.cpuMs,
        outputChars: term.outputChars,
        fullRedraws: term.fullRedraws,
        frames: term.frames,
      });
    };
    const sampler = setInterval(sample, s.sampleIntervalMs);
    const echo = new EchoTally();
    const machineBefore = {
      busy: machineBusyMs(),
      server: sampleProcess(server.pid).cpuMs,
      gen: pool.cpuMs(),
    };
    const probing = probeContinuously(prober, s.probeIntervalMs, ECHO_TIMEOUT_MS, (echoUs, probedUs) => {
      if (probedUs >= warmupUs && probedUs <= endUs) echo.record(echoUs);
    });
    const loadAtStart = loadAverage1m();
    pool.broadcast({ type: "start", atUs });
    await pool.collect("done", s.trafficMs + 120_000);
    const loadAverage = { start: loadAtStart, end: loadAverage1m() };
    clearInterval(sampler);
    sample();
    await probing.stop();
    const machineWindowMs = (endUs - atUs) / 1000;
    const clientWindowCpuMs = (samples.at(-1)?.cpuMs ?? 0) - (samples[0]?.cpuMs ?? 0);
    const serverCpuMs = sampleProcess(server.pid).cpuMs - machineBefore.server;
    const loadgenCpuMs = pool.cpuMs() - machineBefore.gen;
    const otherCpuPct = Math.max(
      0,
      ((machineBusyMs() - machineBefore.busy - serverCpuMs - loadgenCpuMs - clientWindowCpuMs) /
        machineWindowMs) *
        100,
    );
    await pool.stop();
    pool = undefined;
    await waitForScreen(term, /\b1 here/);

    progress(`    join storm: ${s.stormClients} clients join #${BUSY_ROOM}`);
    await sleep(1000);
    pool = await WorkerPool.start(s.workers);
    const storm = new EchoTally();
    const stormBefore = sampleProcess(pid);
    const stormFromUs = nowUs();
    const stormProbing = probeContinuously(prober, s.probeIntervalMs, ECHO_TIMEOUT_MS, (echoUs) =>
      storm.record(echoUs),
    );
    const stormPool = pool;
    stormPool.plan((w) => ({
      kind: "idle",
      target,
      // Nicks after the traffic bots'; one room for all (room index = floor(i / roomSize) = 0).
      clientIndices: shareOf(s.stormClients, w, stormPool.size, s.members),
      roomSize: Number.MAX_SAFE_INTEGER,
      connectConcurrency: 64,
    }));
    await pool.collect("ready", SCREEN_TIMEOUT_MS * 2);
    const stormMembersShown = await waitForScreen(
      term,
      new RegExp(`\\b${s.stormClients + 1} here`),
      30_000,
    ).then(
      () => true,
      () => false,
    );
    await sleep(1000);
    await stormProbing.stop();
    const stormCpuPct =
      ((sampleProcess(pid).cpuMs - stormBefore.cpuMs) / ((nowUs() - stormFromUs) / 1000)) * 100;
    await pool.stop();
    pool = undefined;
    // As after the traffic: the storm's clients gone (their quits applied) before the next phase,
    // so paging does not wait behind the server sending 2,000 quits to each other.
    await waitForScreen(term, /\b1 here/);

    progress(`    paging #${HISTORY_ROOM} from its newest message to its first`);
    await runCommand(term, `/join #${HISTORY_ROOM}`);
    await waitForScreen(term, new RegExp(historyLabel(s.historyMessages - 1)));
    await sleep(1000);
    const paging = await pageToFirst(term, historyLabel(0), s.historyMessages);
    const pageHistogram = new Histogram();
    for (const us of paging.pageUs) pageHistogram.record(us);
    const peakRssBytes = sampleProcess(pid).peakRssBytes;
    await stopClient(term, pid);

    const first = samples[0];
    const last = samples.at(-1);
    const windowS = first && last ? (last.atMs - first.atMs) / 1000 : 0;
    const client: ClientFigures = {
      columns: s.columns,
      rows: s.rows,
      members: s.members,
      messagesPerSecond: s.messagesPerSecond,
      trafficSeconds: s.trafficMs / 1000,
      warmupSeconds: s.warmupMs / 1000,
      idleCpuPct,
      idleFramesPerSec,
      trafficCpuPct: cpuPct(samples),
      echo: latencyMs(echo.histogram),
      echoTimeouts: echo.timeouts,
      rss: rssTrend(samples),
      rssSeries: samples.map((x) => [
        Math.round(x.atMs / 100) / 10,
        Math.round((x.rssBytes / 2 ** 20) * 10) / 10,
      ]),
      peakRssBytes,
      outputBytesPerSec: first && last && windowS > 0 ? (last.outputChars - first.outputChars) / windowS : 0,
      fullRedraws: first && last ? last.fullRedraws - first.fullRedraws : 0,
      framesPerSec: first && last && windowS > 0 ? (last.frames - first.frames) / windowS : 0,
      historyMessages: s.historyMessages,
      pages: latencyMs(pageHistogram),
      pagePresses: paging.pageUs.length + paging.idlePresses,
      reachedFirst: paging.reachedFirst,
      stormClients: s.stormClients,
      stormEcho: latencyMs(storm.histogram),
      stormEchoTimeouts: storm.timeouts,
      stormCpuPct,
      stormMembersShown,
      loadAverage,
    };
    return {
      scenario: s.name,
      kind: "client",
      target: "parley",
      available: true,
      wallMs: (nowUs() - startedUs) / 1000,
      lost: 0,
      duplicates: 0,
      disconnects: 0,
      errors: {},
      serverCpuMs,
      serverCpuPct: (serverCpuMs / machineWindowMs) * 100,
      serverPeakRssBytes: sampleProcess(server.pid).peakRssBytes,
      loadgenCpuMs,
      loadgenCpuPct: (loadgenCpuMs / machineWindowMs) * 100,
      loadgenProcesses: s.workers,
      otherCpuPct,
      client,
    };
  } catch (error) {
    const screen = await term.screen().catch(() => "(no screen)");
    throw new Error(`${(error as Error).message}\nclient screen:\n${screen}\n${server.stderrTail()}`);
  } finally {
    await pool?.stop();
    term.kill();
    await server.stop();
    rmSync(configHome, { recursive: true, force: true });
  }
}

/** Ends the client with SIGTERM (so a --cpu-prof profile is written) and waits up to 10 s for it. */
async function stopClient(term: TmuxControl, pid: number): Promise<void> {
  try {
    process.kill(pid, "SIGTERM");
  } catch {
    return;
  }
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
    await sleep(50);
  }
  term.kill();
}
