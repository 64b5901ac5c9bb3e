// Gathers items (client events) into frames handed on at a bounded rate: the first item after a
// quiet spell goes out at once (on the next turn of the event loop), later ones wait for the next
// frame, never sooner than `intervalMs` after the previous one. Time and timers are injected.

/** The clock and timer a coalescer runs on; tests pass a manual one. */
export interface FrameClock {
  /** Milliseconds on any steady scale. */
  now(): number;
  /** Calls `run` once after `delayMs`; the handle cancels it. */
  schedule(run: () => void, delayMs: number): unknown;
  cancel(handle: unknown): void;
}

/** Node's clock and timers. */
export const systemFrameClock: FrameClock = {
  now: () => performance.now(),
  schedule: (run, delayMs) => setTimeout(run, delayMs),
  cancel: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

export class FrameCoalescer<T> {
  private pending: T[] = [];
  private timer: unknown = null;
  /** When the last frame went out (clock ms); -Infinity before the first. */
  private lastFrameMs = Number.NEGATIVE_INFINITY;

  /**
   * @param intervalMs least time between two frames, in ms: the frame rate's bound
   * @param onFrame receives each frame's items, in the order they were pushed (never empty)
   */
  constructor(
    private readonly intervalMs: number,
    private readonly onFrame: (items: T[]) => void,
    private readonly clock: FrameClock = systemFrameClock,
  ) {}

  /**
   * Adds an item to the next frame. Even when a frame is due at once it waits for a timer of 0 ms,
   * so the other items of the same socket read join it instead of waiting a whole interval.
   */
  push(item: T): void {
    this.pending.push(item);
    if (this.timer !== null) return;
    const waitMs = Math.max(0, this.lastFrameMs + this.intervalMs - this.clock.now());
    this.timer = this.clock.schedule(this.fire, waitMs);
  }

  /**
   * Hands on what is pending now, without waiting for its frame: something that must come after
   * it (a key) is about to be applied. The next frame then waits a whole interval.
   */
  flush(): void {
    if (this.timer === null) return;
    this.clock.cancel(this.timer);
    this.fire();
  }

  /** Drops what is pending, unsent (the screen is going away). */
  stop(): void {
    if (this.timer !== null) this.clock.cancel(this.timer);
    this.timer = null;
    this.pending = [];
  }

  private readonly fire = (): void => {
    this.timer = null;
    const items = this.pending;
    this.pending = [];
    this.lastFrameMs = this.clock.now();
    if (items.length > 0) this.onFrame(items);
  };
}
