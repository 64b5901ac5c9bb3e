// After a batch of messages commits: acknowledge each to its sender and fan it out. Each message is
// encoded once; a room's messages of one batch are joined into one buffer that every member gets in a
// single write, and a sender gets the same bytes with its acknowledgements spliced in place.
import { ErrorCode, encodeEnvelope, frameBytes } from "@parley/protocol";
import type { ServerContext } from "./context.js";
import type { Session } from "./session.js";
import type { Room } from "./state/rooms.js";
import type { PendingMessage } from "./store/messages.js";

/** What to do with a message once stored: who sent it (and under which request), and where it goes. */
export interface Delivery {
  sender: Session;
  requestId: number;
  /** Room messages: the room. */
  room?: Room;
  /** Direct messages: the recipient's session. */
  recipient?: Session;
}

type Item = PendingMessage<Delivery>;

export function createCommitHandler(getContext: () => ServerContext) {
  return (batch: Item[], error?: Error): void => {
    const ctx = getContext();
    if (error) {
      ctx.logger.error({ err: error, messages: batch.length }, "storing messages failed");
      for (const { ticket } of batch) {
        ticket.sender.error(
          ticket.requestId,
          ErrorCode.ERROR_CODE_INTERNAL,
          "the message could not be stored; send it again",
        );
      }
      return;
    }
    let deliveries = 0;
    // Room messages grouped by room, in commit order; direct messages go out one by one.
    let rooms: Map<Room, Item[]> | undefined;
    for (const item of batch) {
      const room = item.ticket.room;
      if (room) {
        rooms ??= new Map();
        const items = rooms.get(room);
        if (items) items.push(item);
        else rooms.set(room, [item]);
      } else {
        deliveries += deliverDirect(item);
      }
    }
    if (rooms) for (const [room, items] of rooms) deliveries += deliverToRoom(room, items);
    ctx.stats.messagesTotal += batch.length;
    ctx.stats.deliveriesTotal += deliveries;
  };
}

function deliverDirect({ message, ticket }: Item): number {
  const { sender, requestId, recipient } = ticket;
  const body = encodeEnvelope({ message });
  let delivered = 0;
  if (recipient && recipient.state === "online") {
    recipient.sendFrame(frameBytes(body));
    recipient.messagesOut++;
    delivered = 1;
  }
  // The sender's copy is its acknowledgement: the same body, plus its request id.
  sender.sendFrame(frameBytes(body, requestId));
  return delivered;
}

/** Writes one room's messages of this batch; returns the number of deliveries (acks not counted). */
function deliverToRoom(room: Room, items: Item[]): number {
  const count = items.length;
  const bodies = new Array<Uint8Array>(count);
  const frames = new Array<Buffer>(count);
  /** Byte offset of each frame in `all`, plus the total at the end. */
  const offsets = new Array<number>(count + 1);
  /** Senders in this batch and the indexes of their messages, ascending. */
  const senders = new Map<Session, number[]>();
  let total = 0;
  for (let i = 0; i < count; i++) {
    const { message, ticket } = items[i]!;
    bodies[i] = encodeEnvelope({ message });
    frames[i] = frameBytes(bodies[i]!);
    offsets[i] = total;
    total += frames[i]!.length;
    const own = senders.get(ticket.sender);
    if (own) own.push(i);
    else senders.set(ticket.sender, [i]);
  }
  offsets[count] = total;
  const all = count === 1 ? frames[0]! : Buffer.concat(frames, total);
  const ack = (i: number) => {
    const requestId = items[i]!.ticket.requestId;
    return requestId ? frameBytes(bodies[i]!, requestId) : frames[i]!;
  };

  let delivered = 0;
  for (const member of room.members) {
    const own = senders.get(member);
    if (!own) {
      member.sendFrame(all);
      member.messagesOut += count;
      delivered += count;
      continue;
    }
    let from = 0;
    for (const i of own) {
      if (i > from) member.sendFrame(all.subarray(offsets[from], offsets[i]));
      member.sendFrame(ack(i));
      from = i + 1;
    }
    if (from < count) member.sendFrame(all.subarray(offsets[from]));
    member.messagesOut += count - own.length;
    delivered += count - own.length;
  }
  // A sender that left the room before the commit still gets its acknowledgements.
  for (const [sender, own] of senders) {
    if (!room.members.has(sender)) for (const i of own) sender.sendFrame(ack(i));
  }
  return delivered;
}
