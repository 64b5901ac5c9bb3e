// LeaveRoom: the session leaves (with the account's other clients); the remaining members and the
// leaver see a LEAVE presence.
import { PresenceKind } from "@parley/protocol";
import { expireRoomIfUnused } from "../room-expiry.js";
import { presenceFrame } from "../state/presence-frame.js";
import { leaveWithOtherClients } from "./account-rooms.js";
import type { Handler } from "./handler.js";
import { memberRoom } from "./room-lookup.js";

export const leaveRoom: Handler = {
  needsLogin: true,
  rateLimited: true,
  run(session, { requestId, leaveRoom }) {
    const room = memberRoom(session, leaveRoom?.room);
    const reason = (leaveRoom?.reason ?? "").slice(0, 200);
    const frame = presenceFrame({
      kind: PresenceKind.PRESENCE_KIND_LEAVE,
      room: room.name,
      nick: session.nick,
      reason,
      atMs: session.ctx.now(),
      sessionId: session.id,
    });
    session.ctx.rooms.leave(room, session, frame);
    session.publishRecord();
    leaveWithOtherClients(session, room, reason);
    expireRoomIfUnused(session.ctx, room);
    session.send({ requestId, ok: {} });
  },
};
