// Shared by room handlers: resolve a room name the session is in, or answer the right error.
import { ErrorCode } from "@parley/protocol";
import { canonicalRoom } from "../names.js";
import type { Session } from "../session.js";
import type { Room } from "../state/rooms.js";

/** The room named `name` if `session` is a member; otherwise sends the error and returns undefined. */
export function memberRoom(
  session: Session,
  requestId: number,
  name: string | null | undefined,
): Room<Session> | undefined {
  const { ctx } = session;
  // Fast path for the common case, a client naming the room exactly as the server does: a canonical
  // name is its own canonical form, so the Unicode checks below would change nothing.
  const exact = name ? ctx.rooms.get(name) : undefined;
  if (exact && ctx.rooms.has(exact, session)) return exact;
  const canonical = canonicalRoom(name ?? "", ctx.config.maxRoomNameChars);
  if (!canonical) {
    session.error(requestId, ErrorCode.ERROR_CODE_INVALID_ROOM, `"${name ?? ""}" is not a valid room name`);
    return undefined;
  }
  const room = ctx.rooms.get(canonical);
  if (!room) {
    session.error(requestId, ErrorCode.ERROR_CODE_NO_SUCH_ROOM, `no room "${canonical}"`);
    return undefined;
  }
  if (!ctx.rooms.has(room, session)) {
    session.error(requestId, ErrorCode.ERROR_CODE_NOT_IN_ROOM, `you are not in "${canonical}"`);
    return undefined;
  }
  return room;
}
