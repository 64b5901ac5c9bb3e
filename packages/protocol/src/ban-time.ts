// Ban ends as both sides write them: the longest timed ban anyone may ask for, and an instant
// formatter that cannot throw, since ban ends reach the server's accept path and every tool's output.

/**
 * The longest timed ban, in ms (100 years of 365 days). Longer ones are refused where they are
 * parsed, by parley-admin and by the server; a ban meant to last for ever is asked for as permanent.
 * The server's own ceiling, maxBanDurationMs, may be lower but never higher.
 */
export const MAX_BAN_DURATION_MS = 36_500 * 86_400_000;

/** The last instant a JavaScript Date can hold (year 275760); later ones cannot be formatted. */
const MAX_DATE_MS = 8.64e15;

/**
 * `ms` since the epoch as ISO 8601 ("2026-11-22T02:10:00.000Z"). Never throws: a value no Date can
 * hold (negative, not finite, past year 275760) is written as "(invalid time N)".
 */
export function formatInstant(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0 || ms > MAX_DATE_MS) return `(invalid time ${ms})`;
  return new Date(ms).toISOString();
}
