// A page of a room's members in session-id order, shared by Joined (the first page, spliced in from
// the room's encoded list) and ListMembers.
import { foldName, type Member, pb, SPLICED_FIELD, splicedFrame, varintLength } from "@parley/protocol";
import type { RemoteMember } from "../cluster/remote-members.js";
import {
  afterCursor,
  entryBytes,
  fitPage,
  nextCursor,
  numericCursor,
  pageBudget,
  pageBudgetOf,
} from "../paging.js";
import { AWAY, EncodedMemberList, REGISTERED } from "../state/member-list.js";
import type { Room } from "../state/rooms.js";
import type { ChatSession } from "./handler.js";
import { memberEntry, memberFlagBits } from "./room-lookup.js";

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
  // everyone() lists them in session-id order already.
  const sorted = everyone(session, room).map(listedEntry);
  const rest = afterCursor(sorted, (m) => m.sessionId, numericCursor(cursor));
  const { page, more } = fitPage(
    rest,
    memberSize,
    pageBudget(session.ctx.config.maxFrameBytes, shell),
    limit,
  );
  return { members: page, nextCursor: nextCursor(page, more, (m) => m.sessionId) };
}

/**
 * The Joined reply to `requestId` as a frame: `joined` and the first page of the room's members (what
 * memberPage gives for no cursor), the members taken from the room's encoded list, which only the
 * members changed since the last join are encoded into.
 */
export function joinedFrame(
  session: ChatSession,
  room: Room<ChatSession>,
  requestId: number,
  joined: { room: string; topic: string; lastSeq: number },
): Uint8Array {
  room.memberList ??= new EncodedMemberList();
  const list = room.memberList;
  list.update(everyone(session, room), listedFlagBits);
  // The reply without members is what pageBudget measures: encoded once, and kept unless a cursor is due.
  let head = pb.Joined.encode(joined).finish();
  const shellBytes = (requestId > 0 ? 1 + varintLength(requestId) : 0) + entryBytes(head.length) + 1;
  const page = list.page(pageBudgetOf(session.ctx.config.maxFrameBytes, shellBytes));
  if (page.more) {
    // As nextCursor: an empty page with a next cursor is a bug (config.ts keeps a member within a page).
    if (page.count === 0) throw new Error("a list item does not fit in a page of maxFrameBytes");
    head = pb.Joined.encode({ ...joined, membersNextCursor: String(page.lastId) }).finish();
  }
  return splicedFrame(requestId, SPLICED_FIELD.joined, [head, page.bytes]);
}

/** A member a list shows: a session here, or one on another node of a cluster. */
type Listed = ChatSession | RemoteMember;

function listedEntry(member: Listed): Member & { nick: string; sessionId: number } {
  if (!("remote" in member)) return memberEntry(member);
  const entry: Member & { nick: string; sessionId: number } = { nick: member.nick, sessionId: member.id };
  if (member.registered) entry.registered = true;
  if (member.away) entry.away = true;
  return entry;
}

function listedFlagBits(member: Listed): number {
  if (!("remote" in member)) return memberFlagBits(member);
  return (member.registered ? REGISTERED : 0) | (member.away ? AWAY : 0);
}

/**
 * The room's people here and, in a cluster, on the other nodes (an account with clients here is
 * listed as its client here), in session-id order. On a node alone: the members here only.
 */
function everyone(session: ChatSession, room: Room<ChatSession>): Listed[] {
  const here = people(session.ctx.rooms.members(room));
  const remote = session.ctx.remoteMembers;
  if (!remote) return here;
  const there = remote.people(room.name, foldedNicks(here));
  if (there.length === 0) return here;
  return [...here, ...there].sort((a, b) => a.id - b.id);
}

/** The case-folded nicks of `members`. */
export function foldedNicks(members: Iterable<{ nick: string }>): Set<string> {
  const nicks = new Set<string>();
  for (const member of members) nicks.add(foldName(member.nick));
  return nicks;
}

/**
 * Members with each account's later clients left out (one entry per person), in session-id order.
 * Members mostly joined in that order already: the copy is sorted only when they did not.
 */
function people(members: ReadonlySet<ChatSession>): ChatSession[] {
  let sorted = true;
  let anyAccount = false;
  let lastId = 0;
  const all: ChatSession[] = [];
  for (const member of members) {
    if (member.id < lastId) sorted = false;
    lastId = member.id;
    if (member.account) anyAccount = true;
    all.push(member);
  }
  if (!sorted) all.sort((a, b) => a.id - b.id);
  if (!anyAccount) return all;
  const accounts = new Set<string>();
  return all.filter((member) => {
    if (!member.account) return true;
    if (accounts.has(member.account)) return false;
    accounts.add(member.account);
    return true;
  });
}
