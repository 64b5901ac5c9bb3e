// ListRooms: one page of the known rooms, in name order, with topic, member count and newest
// sequence number; RoomList.next_cursor leads to the next page (paging.ts keeps each in one frame).
import { pb, type RoomInfo } from "@parley/protocol";
import type { ServerContext } from "../context.js";
import { afterCursor, encodedSize, fitPage, nextCursor, pageBudget } from "../paging.js";
import type { Room } from "../state/rooms.js";
import type { ChatSession, Handler } from "./handler.js";
import { foldedNicks } from "./member-page.js";

/** The room's people here and, in a cluster, on the other nodes (each account once). */
function memberCount(ctx: ServerContext, room: Room<ChatSession>): number {
  const here = ctx.rooms.memberCount(room);
  if (!ctx.remoteMembers) return here;
  return here + ctx.remoteMembers.people(room.name, foldedNicks(ctx.rooms.members(room))).length;
}

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
          memberCount: memberCount(session.ctx, room),
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
