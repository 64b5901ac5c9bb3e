// Dispatch: routes each envelope to the one handler for its message kind, after the checks every
// request shares (handshake order, login, rate). Unknown kinds get UNKNOWN_MESSAGE, not a close.
import { type BodyKind, type DecodedEnvelope, ErrorCode } from "@parley/protocol";
import type { Session } from "../session.js";
import { fetchHistory } from "./fetch-history.js";
import { fileCancel } from "./file-cancel.js";
import { fileChunk } from "./file-chunk.js";
import { fileGet } from "./file-get.js";
import { fileOffer } from "./file-offer.js";
import { fileUploadDone } from "./file-upload-done.js";
import { hello } from "./hello.js";
import { joinRoom } from "./join-room.js";
import { leaveRoom } from "./leave-room.js";
import { listMembers } from "./list-members.js";
import { listRooms } from "./list-rooms.js";
import { login } from "./login.js";
import { ping, pong } from "./ping.js";
import { quit } from "./quit.js";
import { sendMessage } from "./send-message.js";
import { setNick } from "./set-nick.js";
import { setTopic } from "./set-topic.js";

export interface Handler {
  run(session: Session, envelope: DecodedEnvelope): void;
  /** Refused with NOT_LOGGED_IN before Login. */
  needsLogin: boolean;
  /** Takes a token from the session's rate bucket. */
  rateLimited: boolean;
}

const HANDLERS: Partial<Record<BodyKind, Handler>> = {
  hello,
  login,
  ping,
  pong,
  quit,
  joinRoom,
  leaveRoom,
  listRooms,
  listMembers,
  setTopic,
  sendMessage,
  fetchHistory,
  setNick,
  fileOffer,
  fileChunk,
  fileUploadDone,
  fileGet,
  fileCancel,
};

export function dispatch(session: Session, envelope: DecodedEnvelope): void {
  const kind = envelope.body;
  const requestId = envelope.requestId;
  if (session.state === "closing") return;
  if (session.state === "handshake" && kind !== "hello") {
    session.closeWithError(
      requestId,
      ErrorCode.ERROR_CODE_BAD_REQUEST,
      "the first message must be Hello",
      "protocol error: no Hello",
    );
    return;
  }
  const handler = kind ? HANDLERS[kind] : undefined;
  if (!handler) {
    if (kind?.startsWith("admin")) {
      session.error(
        requestId,
        ErrorCode.ERROR_CODE_UNAUTHORIZED,
        "admin requests are served on the admin listener only",
      );
    } else {
      session.error(
        requestId,
        ErrorCode.ERROR_CODE_UNKNOWN_MESSAGE,
        kind ? `${kind} is not a request` : "unknown message",
      );
    }
    return;
  }
  if (handler.needsLogin && session.state !== "online") {
    session.error(requestId, ErrorCode.ERROR_CODE_NOT_LOGGED_IN, "log in first");
    return;
  }
  if (handler.rateLimited) {
    if (!session.admitRequest(requestId)) return;
    session.lastActiveAtMs = session.lastReceivedAtMs;
  }
  handler.run(session, envelope);
}
