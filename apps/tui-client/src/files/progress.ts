// The progress of one transfer as pure data: bytes done of a total, with recent samples from which
// speed and time left are worked out, and the words and bar that show them. No clocks: callers pass
// the time, so the same model drives the terminal bar of `parley send` and the TUI's panel.
import { formatBytes } from "@parley/cli-shell";

/** Figures that change in place keep their width: "1.50 MiB", not "1.5 MiB". */
const FIXED = { fixed: true };

/** Speed is measured over this much recent time, in ms: long enough to smooth, short enough to follow changes. */
export const SPEED_WINDOW_MS = 5000;

/** One reading: `bytes` done at `atMs`. */
export interface Sample {
  atMs: number;
  bytes: number;
}

export interface Progress {
  /** Size of the whole file, in bytes. */
  totalBytes: number;
  /** Bytes confirmed so far (acknowledged by the server, or written to disk). */
  doneBytes: number;
  /** When the transfer started, ms since the epoch. */
  startedAtMs: number;
  /** Readings within the last SPEED_WINDOW_MS (plus the one just before), oldest first. */
  samples: readonly Sample[];
}

/** A transfer that has `doneBytes` of `totalBytes` at `nowMs` (a resumed one starts above 0). */
export function startProgress(totalBytes: number, doneBytes: number, nowMs: number): Progress {
  return { totalBytes, doneBytes, startedAtMs: nowMs, samples: [{ atMs: nowMs, bytes: doneBytes }] };
}

/**
 * Records that `doneBytes` are done at `nowMs`. Samples older than the window are dropped, except the
 * newest of them, so the speed always spans the whole window. Going backwards (a resume from an
 * earlier offset) restarts the samples.
 */
export function advance(progress: Progress, doneBytes: number, nowMs: number): Progress {
  const last = progress.samples[progress.samples.length - 1];
  if (last && doneBytes < last.bytes) {
    return { ...progress, doneBytes, samples: [{ atMs: nowMs, bytes: doneBytes }] };
  }
  const samples = [...progress.samples, { atMs: nowMs, bytes: doneBytes }];
  let firstKept = 0;
  while (firstKept + 1 < samples.length && samples[firstKept + 1]!.atMs <= nowMs - SPEED_WINDOW_MS)
    firstKept++;
  return { ...progress, doneBytes, samples: samples.slice(firstKept) };
}

/** Fraction done, 0 to 1 (an empty file is done at once). */
export function fractionDone(progress: Progress): number {
  if (progress.totalBytes <= 0) return 1;
  return Math.min(1, Math.max(0, progress.doneBytes / progress.totalBytes));
}

/**
 * Bytes per second over the recent window, as of `nowMs` (a stall brings it down), or null while
 * there is too little to go on (under 250 ms of readings).
 */
export function speedBytesPerSecond(progress: Progress, nowMs: number): number | null {
  const first = progress.samples[0];
  const last = progress.samples[progress.samples.length - 1];
  if (!first || !last) return null;
  const spanMs = Math.max(nowMs, last.atMs) - first.atMs;
  if (spanMs < 250) return null;
  return ((last.bytes - first.bytes) * 1000) / spanMs;
}

/** Seconds left at the recent speed, or null if unknown (no speed yet, or stalled). */
export function secondsLeft(progress: Progress, nowMs: number): number | null {
  const remaining = progress.totalBytes - progress.doneBytes;
  if (remaining <= 0) return 0;
  const speed = speedBytesPerSecond(progress, nowMs);
  if (!speed || speed <= 0) return null;
  return remaining / speed;
}

/** "1.23 MiB/s", or "–" when unknown. */
export function formatSpeed(bytesPerSecond: number | null): string {
  return bytesPerSecond === null ? "–" : `${formatBytes(bytesPerSecond, FIXED)}/s`;
}

/** "0:07", "12:05", "1:02:03" (rounded up to the second), or "–:––" when unknown. */
export function formatDuration(seconds: number | null): string {
  if (seconds === null || !Number.isFinite(seconds)) return "–:––";
  const total = Math.max(0, Math.ceil(seconds));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${ss}` : `${m}:${ss}`;
}

/** A bar `width` cells wide, filled in eighths of a cell: "█████▌    ". */
export function progressBar(fraction: number, width: number): string {
  if (width <= 0) return "";
  const eighths = Math.round(Math.min(1, Math.max(0, fraction)) * width * 8);
  const full = Math.floor(eighths / 8);
  const partial = eighths % 8;
  // No one-eighth block: it looks just like the bar's closing edge.
  const partials = ["", "", "▎", "▍", "▌", "▋", "▊", "▉"];
  const bar = "█".repeat(full) + (full < width ? partials[partial] : "");
  return bar.padEnd(width, " ");
}

/** The numbers after a bar: " 42%  5.1 MiB of 12.0 MiB  1.20 MiB/s  0:06 left". */
export function progressSummary(progress: Progress, nowMs: number): string {
  const percent = `${Math.floor(fractionDone(progress) * 100)}%`.padStart(4);
  const amounts = `${formatBytes(progress.doneBytes, FIXED)} of ${formatBytes(progress.totalBytes, FIXED)}`;
  const speed = formatSpeed(speedBytesPerSecond(progress, nowMs));
  return `${percent}  ${amounts}  ${speed}  ${formatDuration(secondsLeft(progress, nowMs))} left`;
}

/**
 * One line of at most `columns` characters: label, bar and numbers. The bar takes what is left and
 * disappears first when space is short, then the label is cut.
 */
export function progressLine(label: string, progress: Progress, nowMs: number, columns: number): string {
  const summary = progressSummary(progress, nowMs);
  const barWidth = Math.min(40, columns - label.length - summary.length - 6);
  if (barWidth >= 5) return `${label}  ▕${progressBar(fractionDone(progress), barWidth)}▏ ${summary}`;
  const line = `${label}  ${summary}`;
  return line.length <= columns ? line : `${line.slice(0, Math.max(0, columns - 1))}…`;
}
