// A page of a room's members in session-id order, shared by Joined (the first page) and ListMembers.
import { type Member, varintLength } from "@parley/protocol";
import { afterCursor, fitPage, nextCursor, numericCursor, pageBudget } from "../paging.js";
import type { Room } from "../state/rooms.js";
import type { ChatSession } from "./handler.js";
import { memberEntry } from "./room-lookup.js";

/**
 * A Member's encoded size, counted rather than encoded: every join lists up to a frame of members,
 * and encoding each one only to measure it was the largest part of a join. Counts what the generated
 * code writes: each field that is not its default, as tag, then varint or length and bytes.
 * member-page.test.ts checks it against pb.Member.
 */
export function memberSize(member: Member): number {
  let size = 0;
  if (member.nick) {
    const bytes = Buffer.byteLength(member.nick);
    size += 1 + varintLength(bytes) + bytes;
  }
  const id = Number(member.sessionId ?? 0);
  if (id !== 0) size += 1 + varintLength(id);
  if (member.registered) size += 2;
  if (member.away) size += 2;
  return size;
}

/**
 * The members after `cursor` that fit in one frame beside `shell` (the reply without them), at most
 * `limit` (0: no count limit), and the cursor of the next page (empty when none). Session ids only
 * grow, so a member who joins between pages comes in a later page or by its Presence JOIN, and a
 * client keying members by session id merges both without duplicates. An account with several
 * clients in the room is listed once, under its earliest session's id.
 */
export function memberPage(
  session: ChatSession,
  room: Room<ChatSession>,
  cursor: string | null | undefined,
  limit: number,
  shell: Parameters<typeof pageBudget>[1],
): { members: Member[]; nextCursor: string } {
  // people() lists them in session-id order already.
  const sorted = people(session.ctx.rooms.members(room)).map(memberEntry);
  const rest = afterCursor(sorted, (m) => m.sessionId, numericCursor(cursor));
  const { page, more } = fitPage(
    rest,
    memberSize,
    pageBudget(session.ctx.config.maxFrameBytes, shell),
    limit,
  );
  return { members: page, nextCursor: nextCursor(page, more, (m) => m.sessionId) };
}

/** Members with each account's later clients left out: one entry per person. */
function people(members: ReadonlySet<ChatSession>): ChatSession[] {
  const accounts = new Set<string>();
  const result: ChatSession[] = [];
  for (const member of [...members].sort((a, b) => a.id - b.id)) {
    if (member.account) {
      if (accounts.has(member.account)) continue;
      accounts.add(member.account);
    }
    result.push(member);
  }
  return result;
}
