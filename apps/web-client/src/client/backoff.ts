// Reconnect delays: doubling from a first wait up to a cap, with jitter so a restarted server is not
// hit by every browser at the same instant. Pure: `random` is passed in.

export interface Backoff {
  /** Wait before the first retry, in ms. */
  initialMs: number;
  /** Longest wait, in ms. */
  maxMs: number;
}

export const DEFAULT_BACKOFF: Backoff = { initialMs: 500, maxMs: 15_000 };

/** Wait before retry number `attempt` (1-based): the doubled delay, scaled by 0.8–1.2 with `random` in [0, 1). */
export function retryDelayMs(attempt: number, backoff: Backoff, random: number): number {
  const base = Math.min(backoff.maxMs, backoff.initialMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(Math.min(backoff.maxMs, base * (0.8 + 0.4 * random)));
}
