// The stderr progress bar of `parley send` and `parley get`: one line redrawn in place (at most every
// 100 ms) when stderr is a terminal, nothing but the final lines when it is not (logs stay clean).
import { advance, type Progress, progressLine, startProgress } from "../files/progress.js";

/** The part of a stream the bar writes to (process.stderr, or a test double). */
export interface BarStream {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export class StderrProgress {
  private progress: Progress | null = null;
  private label = "";
  private lastDrawMs = Number.NEGATIVE_INFINITY;
  private drawn = false;

  constructor(
    private readonly stream: BarStream,
    private readonly now: () => number = Date.now,
    /** Least time between redraws, in ms. */
    private readonly intervalMs = 100,
  ) {}

  /** Starts (or restarts, e.g. hashing → sending) a bar labelled `label` at `bytes` of `totalBytes`. */
  start(label: string, totalBytes: number, bytes = 0): void {
    this.label = label;
    this.progress = startProgress(totalBytes, bytes, this.now());
    this.draw(true);
  }

  /** `bytes` are done; redraws if enough time has passed (always at 100 %). */
  update(bytes: number): void {
    if (!this.progress) return;
    this.progress = advance(this.progress, bytes, this.now());
    this.draw(bytes >= this.progress.totalBytes);
  }

  /** Prints a line of its own (the bar, if any, is cleared first and drawn again after it). */
  note(text: string): void {
    this.clear();
    this.stream.write(`${text}\n`);
    this.draw(true);
  }

  /** Removes the bar for good. */
  finish(): void {
    this.clear();
    this.progress = null;
  }

  private draw(force: boolean): void {
    if (!this.stream.isTTY || !this.progress) return;
    const now = this.now();
    if (!force && now - this.lastDrawMs < this.intervalMs) return;
    this.lastDrawMs = now;
    const columns = Math.max(20, (this.stream.columns ?? 80) - 1);
    this.stream.write(`\r${progressLine(this.label, this.progress, now, columns)}\x1b[K`);
    this.drawn = true;
  }

  private clear(): void {
    if (this.drawn) this.stream.write("\r\x1b[K");
    this.drawn = false;
  }
}
