// LeaveRoom: the session leaves; the remaining members and the leaver see a LEAVE presence.
import { PresenceKind } from "@parley/protocol";
import { expireRoomIfUnused } from "../room-expiry.js";
import { presenceFrame } from "../state/presence-frame.js";
import type { Handler } from "./handler.js";
import { memberRoom } from "./room-lookup.js";

export const leaveRoom: Handler = {
  needsLogin: true,
  rateLimited: true,
  run(session, { requestId, leaveRoom }) {
    const room = memberRoom(session, leaveRoom?.room);
    const frame = presenceFrame({
      kind: PresenceKind.PRESENCE_KIND_LEAVE,
      room: room.name,
      nick: session.nick,
      reason: (leaveRoom?.reason ?? "").slice(0, 200),
      atMs: session.ctx.now(),
      sessionId: session.id,
    });
    session.ctx.rooms.leave(room, session, frame);
    session.publishRecord();
    expireRoomIfUnused(session.ctx, room);
    session.send({ requestId, ok: {} });
  },
};
