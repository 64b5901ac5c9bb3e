// SendMessage: validate, de-duplicate by client id, and append to history; the acknowledgement and
// the fan-out happen when the turn's batch commits (delivery.ts).
import { ErrorCode, MessageKind } from "@parley/protocol";
import { charLength, foldName } from "../names.js";
import type { Session } from "../session.js";
import { directConversation } from "../store/messages.js";
import type { Handler } from "./index.js";
import { memberRoom } from "./room-lookup.js";

export const sendMessage: Handler = {
  needsLogin: true,
  rateLimited: true,
  run(session, { requestId, sendMessage: request }) {
    if (!request) return;
    const { ctx } = session;
    const text = request.text ?? "";
    const kind = request.kind ?? MessageKind.MESSAGE_KIND_TEXT;
    if (kind !== MessageKind.MESSAGE_KIND_TEXT && kind !== MessageKind.MESSAGE_KIND_ACTION) {
      session.error(requestId, ErrorCode.ERROR_CODE_BAD_REQUEST, "only text and action messages can be sent");
      return;
    }
    if (text.length === 0) {
      session.error(requestId, ErrorCode.ERROR_CODE_BAD_REQUEST, "a message needs text");
      return;
    }
    // UTF-16 length bounds the code-point count from above, so most messages skip the exact count.
    if (text.length > ctx.config.maxMessageChars && charLength(text) > ctx.config.maxMessageChars) {
      session.error(
        requestId,
        ErrorCode.ERROR_CODE_MESSAGE_TOO_LONG,
        `a message has at most ${ctx.config.maxMessageChars} characters`,
      );
      return;
    }
    const clientMsgId = (request.clientMsgId ?? "").slice(0, 64);
    if (request.target === "room") {
      const room = memberRoom(session, requestId, request.room);
      if (!room) return;
      if (clientMsgId && replayDuplicate(session, requestId, room.name, clientMsgId)) return;
      const stored = ctx.messages.append(
        room.name,
        { room: room.name, fromNick: session.nick, text, clientMsgId, kind },
        ctx.now(),
        { sender: session, requestId, room },
      );
      if (clientMsgId) ctx.dedup.remember(room.name, session.foldedNick, clientMsgId, stored.seq);
    } else if (request.target === "toNick") {
      const recipient = ctx.registry.byNick(foldName(request.toNick ?? ""));
      if (recipient?.state !== "online") {
        session.error(
          requestId,
          ErrorCode.ERROR_CODE_NO_SUCH_USER,
          `no user "${request.toNick ?? ""}" is online`,
        );
        return;
      }
      const conversation = directConversation(session.foldedNick, recipient.foldedNick);
      if (clientMsgId && replayDuplicate(session, requestId, conversation, clientMsgId)) return;
      const stored = ctx.messages.append(
        conversation,
        { toNick: recipient.nick, fromNick: session.nick, text, clientMsgId, kind },
        ctx.now(),
        { sender: session, requestId, recipient: recipient === session ? undefined : recipient },
      );
      if (clientMsgId) ctx.dedup.remember(conversation, session.foldedNick, clientMsgId, stored.seq);
    } else {
      session.error(requestId, ErrorCode.ERROR_CODE_BAD_REQUEST, "SendMessage needs a room or a nick");
      return;
    }
    session.messagesIn++;
  },
};

/** A resend of a message already stored: acknowledge with the stored copy, store nothing. */
function replayDuplicate(
  session: Session,
  requestId: number,
  conversation: string,
  clientMsgId: string,
): boolean {
  const { ctx } = session;
  const seq = ctx.dedup.find(conversation, session.foldedNick, clientMsgId);
  if (seq === undefined) return false;
  const [stored] = ctx.messages.after(conversation, seq - 1, 1);
  if (!stored) return false; // still in this turn's batch: its acknowledgement is on the way
  session.send({ requestId, message: stored });
  return true;
}
