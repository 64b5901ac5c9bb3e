// The server's clock: the time, and the timers for everything the server waits on (the admin
// auth-failure delay and auth timeout, housekeeping, presence flushes, retention, file expiry). The
// real clock is the default; tests pass a ManualClock and advance it instead of sleeping.
// Socket-level safety timeouts (the shutdown grace, a refused connection's destroy) stay on real
// time: they bound how long a peer may hold a socket, whatever time the server believes it is.

/** A scheduled callback. */
export interface Timer {
  /** Stops it; calling it again, or after a one-shot timer ran, does nothing. */
  cancel(): void;
}

export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
  /** Runs `fn` once, `delayMs` from now. Never keeps the process alive on its own. */
  setTimeout(fn: () => void, delayMs: number): Timer;
  /** Runs `fn` every `intervalMs` until cancelled. Never keeps the process alive on its own. */
  setInterval(fn: () => void, intervalMs: number): Timer;
}

/** Date.now and Node's timers (unref'd). */
export const systemClock: Clock = {
  now: Date.now,
  setTimeout(fn, delayMs) {
    const handle = setTimeout(fn, delayMs);
    handle.unref();
    return { cancel: () => clearTimeout(handle) };
  },
  setInterval(fn, intervalMs) {
    const handle = setInterval(fn, intervalMs);
    handle.unref();
    return { cancel: () => clearInterval(handle) };
  },
};

interface Scheduled {
  dueAtMs: number;
  /** 0 for a one-shot timer. */
  intervalMs: number;
  fn: () => void;
  cancelled: boolean;
}

/**
 * A clock that moves only when told to: `advance(ms)` runs, in time order, every timer falling due
 * (including timers those set, if due within the advance). For tests of time-based behaviour (ban
 * expiry, idle and age, delays) without sleeping.
 */
export class ManualClock implements Clock {
  private nowMs: number;
  private readonly timers: Scheduled[] = [];

  constructor(
    /** The starting time in ms since the epoch; the real time by default, so dates look sane. */
    startMs = Date.now(),
  ) {
    this.nowMs = startMs;
  }

  now(): number {
    return this.nowMs;
  }

  setTimeout(fn: () => void, delayMs: number): Timer {
    return this.schedule(fn, Math.max(0, delayMs), 0);
  }

  setInterval(fn: () => void, intervalMs: number): Timer {
    // An interval of 0 would run forever within one advance; Node treats it as 1 ms too.
    const every = Math.max(1, intervalMs);
    return this.schedule(fn, every, every);
  }

  /** Timers waiting to run (cancelled ones are not counted). */
  get pendingTimers(): number {
    return this.timers.length;
  }

  /** Moves time forward by `ms` (≥ 0), running every timer due on the way at its due time. */
  advance(ms: number): void {
    if (!(ms >= 0)) throw new RangeError(`cannot advance a clock by ${ms} ms`);
    const target = this.nowMs + ms;
    for (;;) {
      const next = this.timers[0];
      if (!next || next.dueAtMs > target) break;
      this.timers.shift();
      this.nowMs = next.dueAtMs;
      if (next.intervalMs > 0) {
        next.dueAtMs += next.intervalMs;
        this.insert(next);
      }
      next.fn();
    }
    this.nowMs = target;
  }

  private schedule(fn: () => void, delayMs: number, intervalMs: number): Timer {
    const timer: Scheduled = {
      dueAtMs: this.nowMs + delayMs,
      intervalMs,
      fn,
      cancelled: false,
    };
    this.insert(timer);
    return {
      cancel: () => {
        if (timer.cancelled) return;
        timer.cancelled = true;
        const index = this.timers.indexOf(timer);
        if (index >= 0) this.timers.splice(index, 1);
      },
    };
  }

  /** Keeps `timers` sorted by due time; timers due at the same time run in the order they were set. */
  private insert(timer: Scheduled): void {
    let index = this.timers.length;
    while (index > 0 && this.timers[index - 1]!.dueAtMs > timer.dueAtMs) index--;
    this.timers.splice(index, 0, timer);
  }
}
