// Following a paged list to its end. The server cuts every list reply (rooms, members, the admin lists)
// to fit one frame and names the cursor of the next page; these ask page after page until none is named.
import { ProtocolError, ServerError } from "./errors.js";
import type { Requester } from "./handshake.js";
import { ErrorCode, type Member, type RoomInfo } from "./messages.js";

/** One page as a list reply carries it: its items and the cursor of the next page (empty: the last). */
export interface Page<T> {
  items: T[];
  nextCursor: string;
}

/** The server named a cursor it had named before: following it would never end. */
export class PagingLoopError extends ProtocolError {
  override name = "PagingLoopError";
}

/** Most times one page is asked for again after the server answered RATE_LIMITED. */
export const MAX_RATE_LIMITED_RETRIES = 10;

/**
 * One page, asked for again (after the wait the server names) while the server answers RATE_LIMITED:
 * a long list costs rate tokens by its size, so a client following it may be asked to slow down.
 */
async function patiently<T>(fetchPage: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fetchPage();
    } catch (error) {
      const wait =
        error instanceof ServerError &&
        error.code === ErrorCode.ERROR_CODE_RATE_LIMITED &&
        !error.fatal &&
        attempt < MAX_RATE_LIMITED_RETRIES
          ? error.retryAfterMs
          : 0;
      if (!wait) throw error;
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}

/**
 * Every item from `cursor` (empty: the first page) to the last page, in the server's order; stops early
 * once `maxItems` are in hand (the last page may take it past). A page refused with RATE_LIMITED is
 * asked for again after the wait the server names (at most MAX_RATE_LIMITED_RETRIES times). Throws
 * PagingLoopError when a cursor comes back, so a faulty server cannot keep a client asking for ever.
 */
export async function collectPages<T>(
  fetchPage: (cursor: string) => Promise<Page<T>>,
  cursor = "",
  maxItems = Number.POSITIVE_INFINITY,
): Promise<T[]> {
  const items: T[] = [];
  const seen = new Set<string>();
  for (;;) {
    const at = cursor;
    const page = await patiently(() => fetchPage(at));
    items.push(...page.items);
    if (!page.nextCursor || items.length >= maxItems) return items;
    if (seen.has(page.nextCursor) || page.nextCursor === cursor)
      throw new PagingLoopError(`the server named cursor "${page.nextCursor}" twice`);
    seen.add(page.nextCursor);
    cursor = page.nextCursor;
  }
}

/** Every room the server knows, in name order (ListRooms, page by page). */
export function listAllRooms(client: Requester): Promise<RoomInfo[]> {
  return collectPages(async (cursor) => {
    const reply = await client.request({ listRooms: { cursor } });
    return { items: reply.roomList?.rooms ?? [], nextCursor: reply.roomList?.nextCursor ?? "" };
  });
}

/**
 * Every member of a room the client is in, in session-id order (ListMembers, page by page). From
 * `cursor` (Joined.members_next_cursor) it fetches the rest of the list Joined began.
 */
export function listAllMembers(client: Requester, room: string, cursor = ""): Promise<Member[]> {
  return collectPages(async (at) => {
    const reply = await client.request({ listMembers: { room, cursor: at } });
    return { items: reply.memberList?.members ?? [], nextCursor: reply.memberList?.nextCursor ?? "" };
  }, cursor);
}
