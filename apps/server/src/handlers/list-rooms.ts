// ListRooms: one page of the known rooms, in name order, with topic, member count and newest
// sequence number; RoomList.next_cursor leads to the next page (paging.ts keeps each in one frame).
import { pb, type RoomInfo } from "@parley/protocol";
import { afterCursor, encodedSize, fitPage, nextCursor, pageBudget } from "../paging.js";
import type { Handler } from "./handler.js";

const roomInfoSize = encodedSize<RoomInfo>(pb.RoomInfo);

export const listRooms: Handler = {
  needsLogin: true,
  rateLimited: true,
  run(session, { requestId, listRooms: request }) {
    const { rooms, messages, config } = session.ctx;
    // Name order is stable while rooms come and go: a page never repeats or skips a room that stays.
    const sorted = [...rooms.all()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const rest = afterCursor(sorted, (room) => room.name, request?.cursor || undefined);
    const infos = (function* () {
      for (const room of rest)
        yield {
          name: room.name,
          topic: room.topic,
          memberCount: rooms.memberCount(room),
          lastSeq: messages.committedSeq(room.name),
        };
    })();
    const budget = pageBudget(config.maxFrameBytes, { requestId, roomList: {} });
    const { page, more } = fitPage(infos, roomInfoSize, budget, request?.limit ?? 0);
    session.send({
      requestId,
      roomList: { rooms: page, nextCursor: nextCursor(page, more, (r) => r.name ?? "") },
    });
  },
};
