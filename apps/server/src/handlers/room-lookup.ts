// Shared by room handlers: resolve a room name the session is in, or refuse with the right error.
import { ErrorCode, type Member, nameSkeleton } from "@parley/protocol";
import { canonicalRoom } from "../names.js";
import { RequestError } from "../request-error.js";
import { AWAY, REGISTERED } from "../state/member-list.js";
import type { Room } from "../state/rooms.js";
import { awayOf } from "./away-presence.js";
import type { ChatSession } from "./handler.js";

/** The room named `name` if `session` is a member; otherwise throws INVALID_ROOM, NO_SUCH_ROOM or NOT_IN_ROOM. */
export function memberRoom(session: ChatSession, name: string | null | undefined): Room<ChatSession> {
  const { ctx } = session;
  // Fast path for the common case, a client naming the room exactly as the server does: a canonical
  // name is its own canonical form, so the Unicode checks below would change nothing.
  const exact = name ? ctx.rooms.get(name) : undefined;
  if (exact && ctx.rooms.has(exact, session)) return exact;
  const canonical = canonicalRoom(name ?? "", ctx.config.maxRoomNameChars);
  if (!canonical)
    throw new RequestError(ErrorCode.ERROR_CODE_INVALID_ROOM, `"${name ?? ""}" is not a valid room name`);
  const room = ctx.rooms.get(canonical);
  if (!room) throw new RequestError(ErrorCode.ERROR_CODE_NO_SUCH_ROOM, `no room "${canonical}"`);
  if (!ctx.rooms.has(room, session))
    throw new RequestError(ErrorCode.ERROR_CODE_NOT_IN_ROOM, `you are not in "${canonical}"`);
  return room;
}

/**
 * Refuses a new room whose name looks like an existing room's (the same TR39 confusable skeleton, as
 * for nicks: `#аdmin` with a Cyrillic а when `#admin` exists) with INVALID_ROOM naming that room.
 */
export function refuseLookalikeRoom(session: ChatSession, name: string): void {
  const skeleton = nameSkeleton(name);
  for (const room of session.ctx.rooms.all()) {
    if (room.skeleton === skeleton && room.name !== name)
      throw new RequestError(
        ErrorCode.ERROR_CODE_INVALID_ROOM,
        `"${name}" looks too much like the existing room "${room.name}": join that one, or choose a name that does not`,
      );
  }
}

/**
 * What Member and a JOIN presence say of a session besides its nick: `registered` only for an account
 * holder and `away` only while the person is away, that is every client of its account (the common
 * case, a guest who is here, carries neither).
 */
export function memberFlags(member: ChatSession): { registered?: boolean; away?: boolean } {
  const flags: { registered?: boolean; away?: boolean } = {};
  if (member.account) flags.registered = true;
  if (awayOf(member)) flags.away = true;
  return flags;
}

/** memberFlags as the bits the cached member list keeps (state/member-list.ts). */
export function memberFlagBits(member: ChatSession): number {
  return (member.account ? REGISTERED : 0) | (awayOf(member) ? AWAY : 0);
}

/** A member as Joined and MemberList show it. */
export function memberEntry(member: ChatSession): Member & { nick: string; sessionId: number } {
  return { nick: member.nick, sessionId: member.id, ...memberFlags(member) };
}
