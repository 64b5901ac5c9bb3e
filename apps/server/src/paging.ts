// Every reply that lists things (rooms, members, history, the admin lists) is cut here, by encoded size,
// so no frame the server writes passes the maxFrameBytes it announces; the rest is left to the next page.
import { type Envelope, ErrorCode, encodeEnvelope, varintLength } from "@parley/protocol";
import { MAX_AUDIT_TEXT_CHARS } from "./admin/audit.js";
import { MAX_REASON_CHARS } from "./admin/request.js";
import { RequestError } from "./request-error.js";
import type { ServerConfig } from "./settings.js";

/**
 * Room kept free in a page for what grows once items are added: the length prefixes of the list
 * message and of the envelope's body (each at most 4 bytes longer), with margin.
 */
const GROWTH_BYTES = 16;

/** Longest cursor any list hands out, in bytes: a room name (64 characters of up to 4 bytes) or a number. */
export const MAX_CURSOR_BYTES = 4 * 64;

/** Encoded size of one entry of a repeated message field numbered below 16: tag, length, body. */
export function entryBytes(bodyBytes: number): number {
  return 1 + varintLength(bodyBytes) + bodyBytes;
}

/**
 * What a page may spend on its items: `maxFrameBytes` less the reply without them (`shell`, which
 * must carry every other field the reply will have) and less room for the next cursor.
 */
export function pageBudget(maxFrameBytes: number, shell: Envelope): number {
  return pageBudgetOf(maxFrameBytes, encodeEnvelope(shell).length);
}

/** pageBudget for a shell whose encoded size (`shellBytes`, the envelope's body) is known already. */
export function pageBudgetOf(maxFrameBytes: number, shellBytes: number): number {
  return maxFrameBytes - shellBytes - GROWTH_BYTES - 2 - MAX_CURSOR_BYTES;
}

/**
 * The items of one page: from the start of `items` (already in list order, after the cursor), as
 * many as fit in `budgetBytes` by `sizeOf` (an item's encoded size, counted with entryBytes), and
 * at most `limit` when it is above 0. Stops reading `items` at the first that does not fit, so a
 * lazy iterable is measured only as far as the page goes. `more` says whether any item was left.
 */
export function fitPage<T>(
  items: Iterable<T>,
  sizeOf: (item: T) => number,
  budgetBytes: number,
  limit = 0,
): { page: T[]; more: boolean } {
  const page: T[] = [];
  let used = 0;
  for (const item of items) {
    if (limit > 0 && page.length >= limit) return { page, more: true };
    const size = entryBytes(sizeOf(item));
    if (used + size > budgetBytes) return { page, more: true };
    used += size;
    page.push(item);
  }
  return { page, more: false };
}

/** An item's encoded size by its generated message class (`pb.RoomInfo`, `pb.SessionInfo`, ...). */
export function encodedSize<T>(type: { encode(message: T): { finish(): Uint8Array } }): (item: T) => number {
  return (item) => type.encode(item).finish().length;
}

/** A numeric cursor as lists hand them out (a decimal id); empty is the first page. */
export function numericCursor(cursor: string | null | undefined): number | undefined {
  if (!cursor) return undefined;
  if (!/^\d{1,15}$/.test(cursor))
    throw new RequestError(
      ErrorCode.ERROR_CODE_BAD_REQUEST,
      `"${cursor.slice(0, 32)}" is not a cursor this list handed out`,
    );
  return Number(cursor);
}

/** The next cursor of a page: the key of its last item when more follow, else empty. */
export function nextCursor<T>(page: readonly T[], more: boolean, key: (item: T) => string | number): string {
  if (!more) return "";
  // An empty page with a next cursor would send a client round in circles. config.ts keeps
  // maxFrameBytes above the largest item the settings allow, so reaching this is a bug.
  if (page.length === 0) throw new Error("a list item does not fit in a page of maxFrameBytes");
  return String(key(page[page.length - 1]!));
}

/** Items strictly after `cursor` in a list sorted by `key` ascending (binary search). */
export function afterCursor<T, K extends string | number>(
  sorted: readonly T[],
  key: (item: T) => K,
  cursor: K | undefined,
): T[] {
  if (cursor === undefined) return sorted as T[];
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (key(sorted[mid]!) <= cursor) low = mid + 1;
    else high = mid;
  }
  return sorted.slice(low);
}

/** The settings that bound the largest item of any list. */
export type ListItemSettings = Pick<
  ServerConfig,
  | "maxRoomNameChars"
  | "maxTopicChars"
  | "maxNickChars"
  | "maxMessageBytes"
  | "maxRoomsPerSession"
  | "maxAwayChars"
>;

/**
 * An upper bound on the encoded size of the largest single item any list can carry under these
 * settings (a code point takes at most 4 bytes, a UTF-16 unit cut by `slice` at most 3), plus the
 * room a page keeps for its shell and cursor. maxFrameBytes must be at least this, or a page could
 * not hold even one item; config.ts refuses a smaller one.
 */
export function smallestPageBytes(s: ListItemSettings): number {
  const room = 4 * (s.maxRoomNameChars + s.maxTopicChars) + 64;
  const message = s.maxMessageBytes + 4 * s.maxRoomNameChars + 8 * s.maxNickChars + 3 * 64 + 1024;
  // Client name and version (64 units each), nick, address, the rooms it is in, counters.
  const session =
    6 * 64 + 4 * s.maxNickChars + 64 + s.maxRoomsPerSession * (4 * s.maxRoomNameChars + 3) + 256;
  // A Whois reply: nick, account, away message, and at most every room of the asker.
  const user =
    8 * s.maxNickChars + 4 * s.maxAwayChars + s.maxRoomsPerSession * (4 * s.maxRoomNameChars + 3) + 128;
  // A close reason names the operator and the kick reason.
  const closed = session + 4 * (64 + MAX_REASON_CHARS) + 64;
  const ban = 4 * MAX_REASON_CHARS + 4 * s.maxNickChars + 4 * 64 + 128;
  const audit = 2 * 3 * MAX_AUDIT_TEXT_CHARS + 4 * 64 + 128;
  return Math.max(room, message, session, user, closed, ban, audit) + 2 * MAX_CURSOR_BYTES + 256;
}
