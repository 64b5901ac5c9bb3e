// After a batch of messages commits: acknowledge each to its sender and fan it out, encoding every
// message once and writing the same bytes to every recipient.
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

export function createCommitHandler(getContext: () => ServerContext) {
  return (batch: PendingMessage<Delivery>[], error?: Error): void => {
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
    for (const { message, ticket } of batch) {
      const { sender, requestId, room, recipient } = ticket;
      const body = encodeEnvelope({ message });
      const frame = frameBytes(body);
      if (room) {
        for (const member of room.members) {
          if (member === sender) continue;
          member.sendFrame(frame);
          member.messagesOut++;
          deliveries++;
        }
      } else if (recipient && recipient.state === "online") {
        recipient.sendFrame(frame);
        recipient.messagesOut++;
        deliveries++;
      }
      // The sender's copy is its acknowledgement: the same body, plus its request id.
      sender.sendFrame(requestId ? frameBytes(body, requestId) : frame);
    }
    ctx.stats.messagesTotal += batch.length;
    ctx.stats.deliveriesTotal += deliveries;
  };
}
