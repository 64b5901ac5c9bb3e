// Turning `sessions` options into the wire filter, and ordering the rows the server returns.
// Pure: filtering happens on the server (one place, SessionFilter); sorting is presentation, so it lives here.

import { UsageError } from "@parley/cli-shell";
import { MAX_BAN_DURATION_MS, type SessionFilter, type SessionInfo } from "@parley/protocol";
import { DurationSyntaxError, parseDurationMs } from "./duration.js";

/** The filter options of `sessions` as typed on the command line. */
export interface SessionFilterOptions {
  nick?: string;
  room?: string;
  addr?: string;
  idleGt?: string;
  ageGt?: string;
}

/** Builds the wire filter; unset options do not filter. Throws UsageError on a bad duration. */
export function buildSessionFilter(options: SessionFilterOptions): SessionFilter {
  return {
    nick: options.nick ?? "",
    room: options.room ?? "",
    address: options.addr ?? "",
    idleGtMs: options.idleGt === undefined ? 0 : durationOption("--idle-gt", options.idleGt),
    ageGtMs: options.ageGt === undefined ? 0 : durationOption("--age-gt", options.ageGt),
  };
}

/** Parses a duration option, naming the option in the usage error. */
export function durationOption(flag: string, text: string): number {
  try {
    return parseDurationMs(text);
  } catch (error) {
    if (error instanceof DurationSyntaxError)
      throw new UsageError(`${flag}: ${error.message}`, { cause: error });
    throw error;
  }
}

/**
 * Parses a ban length: a positive duration of at most MAX_BAN_DURATION_MS (100 years), or "permanent"
 * (returned as 0). Longer ones are refused here, naming the option, rather than sent to the server.
 */
export function banDurationOption(flag: string, text: string): { durationMs: number; permanent: boolean } {
  if (text.trim().toLowerCase() === "permanent") return { durationMs: 0, permanent: true };
  const durationMs = durationOption(flag, text);
  if (durationMs <= 0) throw new UsageError(`${flag}: the duration must be positive`);
  if (durationMs > MAX_BAN_DURATION_MS)
    throw new UsageError(
      `${flag}: a timed ban lasts at most ${MAX_BAN_DURATION_MS / 86_400_000}d (100 years); use "permanent" for a ban that never ends`,
    );
  return { durationMs, permanent: false };
}

/** Sort keys accepted by `sessions --sort`, each with the value it compares (age: negated connection time). */
const SORT_VALUES = {
  id: (s: SessionInfo) => num(s.id),
  nick: (s: SessionInfo) => (s.nick ?? "").toLowerCase(),
  addr: (s: SessionInfo) => `${s.remoteAddress ?? ""}`,
  age: (s: SessionInfo) => -num(s.connectedAtMs),
  idle: (s: SessionInfo) => num(s.idleMs),
  rooms: (s: SessionInfo) => s.rooms?.length ?? 0,
  msgs: (s: SessionInfo) => num(s.messagesIn) + num(s.messagesOut),
  bytes: (s: SessionInfo) => num(s.bytesIn) + num(s.bytesOut),
  sendq: (s: SessionInfo) => num(s.sendQueueBytes),
  rtt: (s: SessionInfo) => num(s.rttMs),
} as const;

export type SortKey = keyof typeof SORT_VALUES;
export const SORT_KEYS = Object.keys(SORT_VALUES) as SortKey[];

/** Checks a `--sort` value. */
export function parseSortKey(text: string): SortKey {
  const key = text.toLowerCase();
  if (!(key in SORT_VALUES))
    throw new UsageError(`--sort: unknown key "${text}"; one of ${SORT_KEYS.join(", ")}`);
  return key as SortKey;
}

/**
 * Returns a sorted copy, ascending (for `age`: youngest first; for `idle`: most recently active first),
 * descending with `reverse`. Ties fall back to session id so rows keep their place between refreshes.
 */
export function sortSessions(sessions: readonly SessionInfo[], key: SortKey, reverse = false): SessionInfo[] {
  const value = SORT_VALUES[key];
  const sign = reverse ? -1 : 1;
  return [...sessions].sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    const order = va < vb ? -1 : va > vb ? 1 : 0;
    return order !== 0 ? sign * order : num(a.id) - num(b.id);
  });
}

function num(value: number | null | undefined): number {
  return Number(value ?? 0);
}
