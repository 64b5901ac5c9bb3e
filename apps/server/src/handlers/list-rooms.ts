// ListRooms: every known room with its topic, member count and newest sequence number.
import type { Handler } from "./handler.js";

export const listRooms: Handler = {
  needsLogin: true,
  rateLimited: true,
  run(session, { requestId }) {
    const { rooms, messages } = session.ctx;
    const list = [...rooms.all()]
      .map((room) => ({
        name: room.name,
        topic: room.topic,
        memberCount: rooms.memberCount(room),
        lastSeq: messages.committedSeq(room.name),
      }))
      .sort((a, b) => b.memberCount - a.memberCount || a.name.localeCompare(b.name));
    session.send({ requestId, roomList: { rooms: list } });
  },
};
