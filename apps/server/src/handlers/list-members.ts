// ListMembers: who is in a room the session has joined.
import type { Handler } from "./handler.js";
import { memberRoom } from "./room-lookup.js";

export const listMembers: Handler = {
  needsLogin: true,
  rateLimited: true,
  run(session, { requestId, listMembers }) {
    const room = memberRoom(session, listMembers?.room);
    const members = [...session.ctx.rooms.members(room)].map((m) => ({ nick: m.nick, sessionId: m.id }));
    session.send({ requestId, memberList: { room: room.name, members } });
  },
};
