// What the terminal-client scenario measures, and the pure summaries made from its readings.
import type { LatencyMs } from "../scenarios/result.js";

/** One reading of the client process during the traffic phase. */
export interface ClientSample {
  /** Since the traffic started, in ms. */
  atMs: number;
  rssBytes: number;
  cpuMs: number;
}

/**
 * Resident memory over a run: the means of its first and last tenths, the smallest and largest
 * reading, the drift.
 */
export interface RssTrend {
  startBytes: number;
  endBytes: number;
  minBytes: number;
  maxBytes: number;
  /** (end − start) / start, in %. */
  driftPct: number;
}

/** Summarises RSS readings taken at a steady interval (at least one). */
export function rssTrend(samples: readonly ClientSample[]): RssTrend {
  const tenth = Math.max(1, Math.floor(samples.length / 10));
  const mean = (part: readonly ClientSample[]) => part.reduce((sum, s) => sum + s.rssBytes, 0) / part.length;
  const startBytes = mean(samples.slice(0, tenth));
  const endBytes = mean(samples.slice(-tenth));
  return {
    startBytes,
    endBytes,
    minBytes: Math.min(...samples.map((s) => s.rssBytes)),
    maxBytes: Math.max(...samples.map((s) => s.rssBytes)),
    driftPct: startBytes > 0 ? ((endBytes - startBytes) / startBytes) * 100 : 0,
  };
}

/** CPU between the first and last reading, as a share of one core, in %. */
export function cpuPct(samples: readonly ClientSample[]): number {
  const first = samples[0];
  const last = samples[samples.length - 1];
  if (!first || !last || last.atMs <= first.atMs) return Number.NaN;
  return ((last.cpuMs - first.cpuMs) / (last.atMs - first.atMs)) * 100;
}

/** Everything the terminal-client scenario reports. */
export interface ClientFigures {
  columns: number;
  rows: number;
  /** Members of the busy room, the client included. */
  members: number;
  messagesPerSecond: number;
  /** Length of the traffic phase, and of its start left out of the CPU and memory figures, in s. */
  trafficSeconds: number;
  warmupSeconds: number;
  /** The client's CPU in the busy room with nobody talking, as a share of one core, in %. */
  idleCpuPct: number;
  /** Frames the client wrote during that idle time, per second. */
  idleFramesPerSec: number;
  /** The same while the room carries `messagesPerSecond`. */
  trafficCpuPct: number;
  /** Key echo while the room is busy (after the warm-up). */
  echo: LatencyMs | null;
  /** Probes whose echo never came within the probe timeout. */
  echoTimeouts: number;
  rss: RssTrend;
  /** [seconds since the traffic started, MiB] every reading, for plotting. */
  rssSeries: [number, number][];
  /** VmHWM at the end of the whole scenario. */
  peakRssBytes: number;
  /** What the client wrote to the terminal during the traffic, in bytes per second (as tmux escapes it). */
  outputBytesPerSec: number;
  /** Whole-screen clears (ESC [2J) written during the traffic: each one is a full redraw. */
  fullRedraws: number;
  /**
   * Frames written during the traffic, per second: with `messagesPerSecond`, how many messages
   * each frame carries (the typed keys draw frames of their own too).
   */
  framesPerSec: number;
  /** Scrolling from the newest message of a long room to its first. */
  historyMessages: number;
  pages: LatencyMs | null;
  pagePresses: number;
  reachedFirst: boolean;
  /** Join storm: clients that joined the room the client shows, the echo meanwhile, the client's CPU. */
  stormClients: number;
  stormEcho: LatencyMs | null;
  stormEchoTimeouts: number;
  stormCpuPct: number;
  /** Whether the nick list then counted every member. */
  stormMembersShown: boolean;
  /** The machine's 1-minute load average when the traffic started and when it ended (`uptime`). */
  loadAverage: { start: number; end: number };
}
