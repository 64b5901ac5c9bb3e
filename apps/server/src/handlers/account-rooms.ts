// An account's clients are one person in rooms too: a room one of them joins with JoinRoom the others
// join as well (Joined and History arrive as events, request_id 0), and a room one of them leaves
// the others leave (each gets its own LEAVE presence; the room sees one, when the last goes).
import { PresenceKind } from "@parley/protocol";
import { expireRoomIfUnused } from "../room-expiry.js";
import { presenceFrame } from "../state/presence-frame.js";
import type { Room } from "../state/rooms.js";
import type { ChatSession } from "./handler.js";
import { enterRoom } from "./join-room.js";
import { onlineClients } from "./user-lookup.js";

/** The account's other online clients join `room` (the one `session` is now in) with recent history. */
export async function joinWithOtherClients(session: ChatSession, room: Room<ChatSession>): Promise<void> {
  const { ctx } = session;
  if (!session.account || !ctx.rooms.has(room, session)) return;
  for (const other of onlineClients(session, session.account)) {
    if (ctx.rooms.has(room, other)) continue;
    const hold = other.holdEvents();
    try {
      await enterRoom(other, hold, 0, { room: room.name, historyLimit: ctx.config.historyOnJoin });
    } catch (error) {
      // That client is at its room limit, or closing: it stays out, and says so to its person.
      other.fail(0, error);
    } finally {
      hold.release();
    }
  }
}

/** The account's other clients leave `room`, which `session` has just left. */
export function leaveWithOtherClients(session: ChatSession, room: Room<ChatSession>, reason: string): void {
  const { ctx } = session;
  if (!session.account) return;
  for (const other of onlineClients(session, session.account)) {
    if (!ctx.rooms.has(room, other)) continue;
    const frame = presenceFrame({
      kind: PresenceKind.PRESENCE_KIND_LEAVE,
      room: room.name,
      nick: other.nick,
      reason,
      atMs: ctx.now(),
      sessionId: other.id,
    });
    ctx.rooms.leave(room, other, frame);
    other.publishRecord();
  }
  expireRoomIfUnused(ctx, room);
}
