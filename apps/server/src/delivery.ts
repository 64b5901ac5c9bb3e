// After a batch of messages commits: acknowledge each to its sender and fan it out. Each message is
// encoded once; a room's messages of one batch are encoded into one buffer that every member gets in
// a single write, and a sender gets the same bytes with its acknowledgements spliced in place.
import {
  type ChatMessage,
  ErrorCode,
  encodeEnvelope,
  encodeFrames,
  frameBody,
  frameBytes,
} from "@parley/protocol";
import type { DirectRecipient } from "./cluster/backplane.js";
import type { ServerContext } from "./context.js";
import type { ChatSession } from "./handlers/handler.js";
import { RequestError, STORE_UNAVAILABLE_MESSAGE } from "./request-error.js";
import type { Room } from "./state/rooms.js";
import type { PendingMessage } from "./store/messages.js";
import { isPromise, StoreUnavailableError } from "./store/store.js";

/** What to do with a message once stored: who sent it (and under which request), and where it goes. */
export interface Delivery {
  sender: ChatSession;
  requestId: number;
  /** Room messages: the room. */
  room?: Room<ChatSession>;
  /** Direct messages: the recipient's sessions (every client of an account). */
  recipients?: ChatSession[];
  /** Direct messages: the sender's other clients, which get the recipient's copy. */
  echoes?: ChatSession[];
  /** Direct messages to a registered user with no client online: its account, whose queue holds it. */
  queueFor?: string;
  /**
   * Direct messages in a cluster: what the other nodes write it to (the recipient's sessions there,
   * and copies to the sender's account's clients there).
   */
  relay?: { to: DirectRecipient; echoAccount: string };
  /**
   * Copies of this message (same client id) that arrived before it committed: each is acknowledged
   * under its own request id with this message, after the message went out.
   */
  duplicates?: { session: ChatSession; requestId: number }[];
}

type Item = PendingMessage<Delivery>;

export function createCommitHandler(getContext: () => ServerContext) {
  return (batch: Item[], error?: Error): void => {
    const ctx = getContext();
    if (error) {
      ctx.logger.error({ err: error, messages: batch.length }, "storing messages failed");
      // The store being down is said as such; anything else is the server's failure.
      const refusal =
        error instanceof StoreUnavailableError
          ? new RequestError(ErrorCode.ERROR_CODE_STORE_UNAVAILABLE, STORE_UNAVAILABLE_MESSAGE, {
              cause: error,
            })
          : new RequestError(
              ErrorCode.ERROR_CODE_INTERNAL,
              "the message could not be stored; send it again",
              {
                cause: error,
              },
            );
      for (const { ticket } of batch) {
        if (ticket.queueFor) ctx.offline.release(ticket.queueFor);
        ticket.sender.fail(ticket.requestId, refusal);
        for (const copy of ticket.duplicates ?? []) copy.session.fail(copy.requestId, refusal);
      }
      return;
    }
    let deliveries = 0;
    let stored = 0;
    // Room messages grouped by room, in commit order; direct messages go out one by one.
    let rooms: Map<Room<ChatSession>, Item[]> | undefined;
    for (const item of batch) {
      if (item.storedCopy) {
        answerCopy(ctx, item, item.storedCopy);
        continue;
      }
      stored++;
      const room = item.ticket.room;
      if (room) {
        rooms ??= new Map();
        const items = rooms.get(room);
        if (items) items.push(item);
        else rooms.set(room, [item]);
      } else {
        deliveries += deliverDirect(ctx, item);
      }
    }
    if (rooms) for (const [room, items] of rooms) deliveries += deliverToRoom(ctx, room, items);
    // Once per batch: its oldest message waited longest.
    ctx.metrics.deliverySeconds.observe(Math.max(0, ctx.now() - batch[0]!.message.sentAtMs) / 1000);
    ctx.stats.messagesTotal += stored;
    ctx.stats.deliveriesTotal += deliveries;
  };
}

/**
 * A message the store did not take because a copy of it was stored meanwhile (a resend through
 * another node): its sender, and any copy sent here while it waited, get the stored one, as a resend
 * of a stored message is answered.
 */
function answerCopy(ctx: ServerContext, { conversation, ticket }: Item, copy: ChatMessage): void {
  if (ticket.queueFor) ctx.offline.release(ticket.queueFor);
  answerWithStored(ctx, ticket.sender, ticket.requestId, conversation, copy);
  for (const { session, requestId } of ticket.duplicates ?? [])
    answerWithStored(ctx, session, requestId, conversation, copy);
}

/**
 * Acknowledges a request with the `stored` copy of its message. In a cluster the copy may have been
 * stored through another node (or one that died before publishing it): a room is read to the store's
 * end first, so the message reaches the members here live before it is answered.
 */
export function answerWithStored(
  ctx: ServerContext,
  session: ChatSession,
  requestId: number,
  conversation: string,
  stored: ChatMessage,
): undefined | Promise<void> {
  const answer = () => {
    session.send({ requestId, message: stored });
  };
  if (ctx.roomOrder && stored.room && Number(stored.seq ?? 0) > ctx.deliveredSeq(conversation))
    return ctx.roomOrder.catchUp(conversation).then(answer);
  answer();
  return undefined;
}

function deliverDirect(ctx: ServerContext, { conversation, message, ticket }: Item): number {
  const { sender, requestId, relay, queueFor } = ticket;
  const body = encodeEnvelope({ message });
  let recipients = ticket.recipients ?? [];
  if (queueFor) {
    // A client of the account logged in while the message was being stored: it goes there instead.
    recipients = onlineClients(ctx, queueFor);
    if (recipients.length > 0) ctx.offline.release(queueFor);
  }
  let frame: Uint8Array | undefined;
  let delivered = 0;
  for (const recipient of recipients) {
    if (recipient.state !== "online") continue;
    frame ??= frameBytes(body);
    recipient.sendFrame(frame);
    recipient.messagesOut++;
    delivered++;
  }
  for (const echo of ticket.echoes ?? []) {
    frame ??= frameBytes(body);
    if (echo.state === "online") echo.sendFrame(frame);
  }
  // The other nodes write it to the recipient's and the sender's clients they hold (counted there).
  if (relay)
    ctx.cluster.commands.broadcast({
      kind: "direct",
      ...relay,
      frame: Buffer.from(frame ?? frameBytes(body)).toString("base64"),
      conversation,
      seq: message.seq,
    });
  if (queueFor && recipients.length === 0) {
    // Acknowledged once queued, marked so: the sender knows it waits for the next login.
    const queued = encodeEnvelope({ message: { ...message, queued: true } });
    const stored = ctx.offline.add(queueFor, conversation, Number(message.seq));
    const acknowledge = () => {
      sender.sendFrame(frameBytes(queued, requestId));
      acknowledgeDuplicates(ticket, queued);
    };
    if (isPromise(stored)) void stored.then(acknowledge);
    else acknowledge();
    return delivered;
  }
  // The sender's copy is its acknowledgement: the same body, plus its request id.
  sender.sendFrame(frameBytes(body, requestId));
  acknowledgeDuplicates(ticket, body);
  return delivered;
}

/** The account's sessions that are online now. */
function onlineClients(ctx: ServerContext, account: string): ChatSession[] {
  return [...ctx.registry.sessionsOf(account)].filter((session) => session.state === "online");
}

/** Acknowledges the copies of a message that arrived before it committed, each under its request id. */
function acknowledgeDuplicates({ duplicates }: Delivery, body: Uint8Array): void {
  if (duplicates)
    for (const { session, requestId } of duplicates) session.sendFrame(frameBytes(body, requestId));
}

/**
 * Encodes one room's messages of this batch once and hands them to the room directory, which writes
 * them to every member, and the same bytes to the other nodes of a cluster; returns the number of
 * deliveries made here (acks not counted).
 */
function deliverToRoom(ctx: ServerContext, room: Room<ChatSession>, items: Item[]): number {
  const count = items.length;
  const envelopes = new Array<{ message: ChatMessage }>(count);
  for (let i = 0; i < count; i++) envelopes[i] = { message: items[i]!.message };
  const offsets = new Array<number>(count + 1);
  // One buffer of the room's frames, encoded in place: the bytes every member gets.
  const all = encodeFrames(envelopes, offsets);
  const acks = new Array<Uint8Array>(count);
  const senders = new Map<ChatSession, number[]>();
  /** Bodies of messages with copies to acknowledge once the room has them. */
  let duplicated: { ticket: Delivery; body: Uint8Array }[] | undefined;
  for (let i = 0; i < count; i++) {
    const { ticket } = items[i]!;
    const body = frameBody(all, offsets[i]!, offsets[i + 1]!);
    // The sender's copy is its acknowledgement: the same body, plus its request id.
    acks[i] = ticket.requestId
      ? frameBytes(body, ticket.requestId)
      : all.subarray(offsets[i]!, offsets[i + 1]!);
    if (ticket.duplicates) {
      duplicated ??= [];
      duplicated.push({ ticket, body });
    }
    const own = senders.get(ticket.sender);
    if (own) own.push(i);
    else senders.set(ticket.sender, [i]);
  }
  const batch = { count, all, offsets, acks, senders };
  const acknowledgeCopies = () => {
    if (duplicated) for (const { ticket, body } of duplicated) acknowledgeDuplicates(ticket, body);
  };
  if (ctx.cluster.solo) {
    const delivered = ctx.rooms.deliver(room, batch);
    acknowledgeCopies();
    return delivered;
  }
  // The other nodes get the same bytes once; here the batch waits its turn behind earlier seqs.
  const firstSeq = items[0]!.message.seq;
  const lastSeq = items[count - 1]!.message.seq;
  ctx.cluster.rooms.publish({ room: room.name, firstSeq, lastSeq, frames: all });
  const owedTo: ChatSession[] = [...senders.keys()];
  if (duplicated)
    for (const { ticket } of duplicated) for (const copy of ticket.duplicates!) owedTo.push(copy.session);
  ctx.roomOrder!.offer(room.name, {
    firstSeq,
    lastSeq,
    owedTo,
    deliver(covered) {
      // Covered: a store fill already gave members these messages; senders still get their acknowledgements.
      if (covered) for (const [sender, own] of senders) for (const i of own) sender.sendFrame(acks[i]!);
      else ctx.stats.deliveriesTotal += ctx.rooms.deliver(room, batch);
      acknowledgeCopies();
    },
  });
  // Counted when the sequencer delivers.
  return 0;
}
