// Durations as operators type and read them: "10m", "2h", "1d", "1h30m", "500ms".
// Pure: parsing for options like `--ban` and `--idle-gt`; formatting is @parley/cli-shell's.

const UNIT_MS: Readonly<Record<string, number>> = {
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 604_800_000,
};

const PART = /(\d+(?:\.\d+)?)(ms|s|m|h|d|w)/gy;

/** The input is not a duration this tool understands. */
export class DurationSyntaxError extends Error {
  override name = "DurationSyntaxError";
  constructor(readonly input: string) {
    super(`invalid duration "${input}": use a number with a unit, e.g. 30s, 10m, 2h, 1d, 1h30m`);
  }
}

/**
 * Parses "10m", "2h", "1d", "1w", "90s", "500ms" or combinations such as "1h30m" into milliseconds.
 * A bare number is refused rather than guessed at (seconds? minutes?). Units are case-insensitive;
 * the result is rounded to a whole millisecond and must stay below 2^53.
 */
export function parseDurationMs(input: string): number {
  const text = input.trim().toLowerCase();
  if (text === "") throw new DurationSyntaxError(input);
  let totalMs = 0;
  PART.lastIndex = 0;
  let consumed = 0;
  for (let match = PART.exec(text); match; match = PART.exec(text)) {
    totalMs += Number(match[1]) * UNIT_MS[match[2]!]!;
    consumed = PART.lastIndex;
  }
  if (consumed !== text.length) throw new DurationSyntaxError(input);
  const roundedMs = Math.round(totalMs);
  if (!Number.isSafeInteger(roundedMs)) throw new DurationSyntaxError(input);
  return roundedMs;
}

/** Table cells and ban lengths share the programs' one duration format. */
export { formatDurationMs } from "@parley/cli-shell";
