// ListMembers: one page of who is in a room the session has joined; MemberList.next_cursor leads on.
import type { Handler } from "./handler.js";
import { memberPage } from "./member-page.js";
import { memberRoom } from "./room-lookup.js";

export const listMembers: Handler = {
  needsLogin: true,
  rateLimited: true,
  run(session, { requestId, listMembers: request }) {
    const room = memberRoom(session, request?.room);
    const shell = { requestId, memberList: { room: room.name } };
    const page = memberPage(session, room, request?.cursor, request?.limit ?? 0, shell);
    session.send({ requestId, memberList: { room: room.name, ...page } });
  },
};
