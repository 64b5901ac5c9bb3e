// SendMessage: validate, de-duplicate by client id (against uncommitted messages and the store), and
// append to history; the acknowledgement and the fan-out happen when the turn's batch commits (delivery.ts).
import { type ChatMessage, ErrorCode, MessageKind } from "@parley/protocol";
import type { SessionRecord } from "../cluster/backplane.js";
import { answerWithStored, type Delivery } from "../delivery.js";
import { charLength, foldName } from "../names.js";
import { RequestError } from "../request-error.js";
import type { EarlierCopy } from "../store/messages.js";
import { type Awaitable, andThen, isPromise } from "../store/store.js";
import { tellAway } from "./away-presence.js";
import { holdersElsewhere } from "./cluster-directory.js";
import type { ChatSession, Handler } from "./handler.js";
import { memberRoom } from "./room-lookup.js";
import { directAddress, otherClients, relayOf } from "./user-lookup.js";

export const sendMessage: Handler = {
  needsLogin: true,
  rateLimited: true,
  run(session, { requestId, sendMessage: request }) {
    if (!request) return;
    const { ctx } = session;
    const text = request.text ?? "";
    const kind = request.kind ?? MessageKind.MESSAGE_KIND_TEXT;
    if (kind !== MessageKind.MESSAGE_KIND_TEXT && kind !== MessageKind.MESSAGE_KIND_ACTION) {
      throw new RequestError(ErrorCode.ERROR_CODE_BAD_REQUEST, "only text and action messages can be sent");
    }
    if (text.length === 0) {
      throw new RequestError(ErrorCode.ERROR_CODE_BAD_REQUEST, "a message needs text");
    }
    // UTF-16 length bounds the code-point count from above, so most messages skip the exact count.
    if (text.length > ctx.config.maxMessageChars && charLength(text) > ctx.config.maxMessageChars) {
      throw new RequestError(
        ErrorCode.ERROR_CODE_MESSAGE_TOO_LONG,
        `a message has at most ${ctx.config.maxMessageChars} characters`,
      );
    }
    // A UTF-16 unit is at most 3 UTF-8 bytes, so short messages skip the exact count.
    if (
      text.length * 3 > ctx.config.maxMessageBytes &&
      Buffer.byteLength(text) > ctx.config.maxMessageBytes
    ) {
      throw new RequestError(
        ErrorCode.ERROR_CODE_MESSAGE_TOO_LONG,
        `a message has at most ${ctx.config.maxMessageBytes} bytes in UTF-8`,
      );
    }
    const clientMsgId = (request.clientMsgId ?? "").slice(0, 64);
    if (request.target === "room") {
      const room = memberRoom(session, request.room);
      const message = { room: room.name, fromNick: session.nick, text, clientMsgId, kind };
      return storeOnce(session, requestId, room.name, message, { sender: session, requestId, room });
    }
    if (request.target === "toNick")
      return andThen(
        directTarget(session, requestId, request.toNick, { text, clientMsgId, kind }),
        ({ conversation, message, ticket }) => storeOnce(session, requestId, conversation, message, ticket),
      );
    throw new RequestError(ErrorCode.ERROR_CODE_BAD_REQUEST, "SendMessage needs a room or a nick");
  },
};

/**
 * Stores the message unless it is a resend: one already stored, or still in the open batch, is
 * acknowledged with that message and stored nothing. An engine that answers at once (SQLite) keeps
 * the request synchronous: no promise, and the session goes on reading without a pause. (Written
 * out rather than through andThen: a room message, the common request, allocates no closure.)
 */
function storeOnce(
  session: ChatSession,
  requestId: number,
  conversation: string,
  message: ChatMessage,
  ticket: Delivery,
): undefined | Promise<void> {
  const clientMsgId = message.clientMsgId;
  const earlier = clientMsgId
    ? session.ctx.messages.findByClientId(conversation, session.foldedNick, clientMsgId)
    : undefined;
  if (isPromise(earlier))
    return earlier.then((found) => appendOnce(session, requestId, conversation, message, ticket, found));
  return appendOnce(session, requestId, conversation, message, ticket, earlier);
}

/** A message's conversation, the message, and what to do with it once stored. */
interface Target {
  conversation: string;
  message: ChatMessage;
  ticket: Delivery;
}

/**
 * Addresses a direct message: to the recipient's clients here and, in a cluster, on the other nodes
 * (read from the shared directory now), or to its offline account's queue; the sender learns once
 * per away period that the person is away.
 */
function directTarget(
  session: ChatSession,
  requestId: number,
  toNick: string | null | undefined,
  content: Pick<ChatMessage, "text" | "clientMsgId" | "kind">,
): Awaitable<Target> {
  const address = (elsewhere: SessionRecord[]): Target => {
    const to = directAddress(session, toNick, elsewhere);
    tellAway(session, to.recipients, to.elsewhere, to.party);
    return {
      conversation: to.conversation,
      message: { toNick: to.toNick, fromNick: session.nick, ...content },
      ticket: {
        sender: session,
        requestId,
        recipients: to.recipients,
        echoes: otherClients(session, to),
        queueFor: to.queueFor,
        relay: relayOf(session, to),
      },
    };
  };
  if (session.ctx.cluster.solo) return address([]);
  return holdersElsewhere(session, foldName(toNick ?? "")).then(address);
}

/** Appends the message, or acknowledges the `earlier` copy of it instead. */
function appendOnce(
  session: ChatSession,
  requestId: number,
  conversation: string,
  message: ChatMessage,
  ticket: Delivery,
  earlier: EarlierCopy<Delivery> | undefined,
): undefined | Promise<void> {
  const { ctx } = session;
  if (earlier && "stored" in earlier)
    return answerWithStored(ctx, session, requestId, conversation, earlier.stored);
  if (earlier) {
    const { ticket: first } = earlier.pending;
    first.duplicates ??= [];
    first.duplicates.push({ session, requestId });
    return;
  }
  // A place in the offline recipient's queue is taken now, so the bound holds however many are in flight.
  if (ticket.queueFor && !ctx.offline.reserve(ticket.queueFor))
    throw new RequestError(
      ErrorCode.ERROR_CODE_OFFLINE_QUEUE_FULL,
      `${message.toNick} is offline and has ${ctx.config.maxQueuedMessagesPerAccount} messages waiting already; try again later`,
    );
  const now = ctx.now();
  ctx.messages.append(conversation, message, now, ticket, session.foldedNick);
  session.messagesIn++;
  session.noteMessageSent(now);
}
