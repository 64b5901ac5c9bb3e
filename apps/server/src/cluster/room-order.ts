// The node's room sequencer: gaps are read from the message store, and what is read is encoded once
// per fill and written to the room's local members like any other node's publication.
import { encodeFrame } from "@parley/protocol";
import type { ServerContext } from "../context.js";
import type { StoredMessage } from "../store/messages.js";
import { RoomSequencer } from "./sequencer.js";

/** Items held behind a gap before the store is read without waiting for the grace. */
const MAX_HELD_ITEMS = 256;
/** Messages one fill reads per store request. */
const FILL_PAGE_SIZE = 500;

export function createRoomOrder(ctx: ServerContext): RoomSequencer<StoredMessage> {
  return new RoomSequencer<StoredMessage>(
    {
      // Past this node's own committed seq: other nodes' commits are in the store too.
      read: async (room, afterSeq, limit) =>
        (await ctx.messages.after(room, afterSeq, limit, Number.MAX_SAFE_INTEGER)) as StoredMessage[],
      deliverFilled(name, messages) {
        ctx.messages.noteCommitted(name, messages[messages.length - 1]!.seq);
        const room = ctx.rooms.get(name);
        if (!room) return;
        const frames = Buffer.concat(messages.map((message) => encodeFrame({ message })));
        ctx.stats.deliveriesTotal += ctx.rooms.deliverFrames(room, frames, messages.length);
      },
      fillFailed(room, error) {
        ctx.logger.warn(
          { room, err: (error as Error).message },
          "reading a seq gap from the store failed; retrying",
        );
      },
    },
    ctx.clock,
    { gapGraceMs: ctx.config.clusterGapGraceMs, maxHeldItems: MAX_HELD_ITEMS, fillPageSize: FILL_PAGE_SIZE },
  );
}
