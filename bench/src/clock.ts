// One clock for every process of a run: CLOCK_MONOTONIC in microseconds, so a send time written by
// one load-generator process can be subtracted from a receipt time read in another.

/** Microseconds on the machine-wide monotonic clock (process.hrtime reads CLOCK_MONOTONIC). */
export function nowUs(): number {
  const [seconds, nanoseconds] = process.hrtime();
  return seconds * 1e6 + Math.floor(nanoseconds / 1e3);
}

/** Resolves after `ms` milliseconds. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
