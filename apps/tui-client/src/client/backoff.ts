// Reconnect delays: exponential back-off with jitter, so a restarted server is not hit by every
// client at the same instant, capped so a person never waits long once it is back.

export interface BackoffOptions {
  /** Delay before the first retry, in ms. */
  initialMs: number;
  /** Longest delay, in ms. */
  maxMs: number;
  /** Fraction of the delay randomised either way (0.2 = ±20 %). */
  jitter: number;
}

export const DEFAULT_BACKOFF: BackoffOptions = { initialMs: 1000, maxMs: 30_000, jitter: 0.2 };

/** Delay before retry number `attempt` (1-based). `random` in [0, 1) is injected for tests. */
export function backoffDelayMs(
  attempt: number,
  options: BackoffOptions = DEFAULT_BACKOFF,
  random = Math.random(),
) {
  const base = Math.min(options.maxMs, options.initialMs * 2 ** Math.max(0, attempt - 1));
  const spread = base * options.jitter * (random * 2 - 1);
  return Math.max(0, Math.round(Math.min(options.maxMs, base + spread)));
}
