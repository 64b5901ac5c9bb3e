// The node's side of the backplane: what other nodes send is delivered to this node's own members
// through the room directory, and operators' commands are applied to this node's own sessions.
import type { ServerContext } from "../context.js";
import type { ChatSession } from "../handlers/handler.js";
import type { Room } from "../state/rooms.js";
import type { NodeInbox } from "./backplane.js";
import { applyCommand } from "./commands.js";

export function nodeInbox(ctx: ServerContext): NodeInbox {
  return {
    roomMessages(publication) {
      const room = ctx.rooms.get(publication.room);
      if (!room) return;
      const count = publication.lastSeq - publication.firstSeq + 1;
      ctx.stats.deliveriesTotal += ctx.rooms.deliverFrames(room, publication.frames, count);
    },
    roomPresence(names, frame) {
      const rooms: Room<ChatSession>[] = [];
      for (const name of names) {
        const room = ctx.rooms.get(name);
        if (room) rooms.push(room);
      }
      if (rooms.length) ctx.rooms.presenceFromElsewhere(rooms, frame);
    },
    command(command) {
      applyCommand(ctx, command);
    },
    resync() {},
  };
}
