// Dispatch: routes each envelope to the one handler for its message kind, after the checks every
// request shares (handshake order, login, rate). Unknown kinds get UNKNOWN_MESSAGE, not a close. A
// refusal, here or in a handler, is a thrown RequestError, answered here with one Error reply.
import { type BodyKind, type DecodedEnvelope, ErrorCode } from "@parley/protocol";
import { RequestError } from "../request-error.js";
import type { Session } from "../session.js";
import { authResponse } from "./auth-response.js";
import { changePassword } from "./change-password.js";
import { dropAccount } from "./drop-account.js";
import { fetchHistory } from "./fetch-history.js";
import { fileCancel } from "./file-cancel.js";
import { fileChunk } from "./file-chunk.js";
import { fileGet } from "./file-get.js";
import { fileOffer } from "./file-offer.js";
import { fileUploadDone } from "./file-upload-done.js";
import type { Handler } from "./handler.js";
import { hello } from "./hello.js";
import { joinRoom } from "./join-room.js";
import { leaveRoom } from "./leave-room.js";
import { listMembers } from "./list-members.js";
import { listRooms } from "./list-rooms.js";
import { login } from "./login.js";
import { ping, pong } from "./ping.js";
import { quit } from "./quit.js";
import { setReadMarker } from "./read-markers.js";
import { register } from "./register.js";
import { searchHistory } from "./search-history.js";
import { sendMessage } from "./send-message.js";
import { setAway } from "./set-away.js";
import { setNick } from "./set-nick.js";
import { setTopic } from "./set-topic.js";
import { whois } from "./whois.js";

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
  searchHistory,
  setNick,
  fileOffer,
  fileChunk,
  fileUploadDone,
  fileGet,
  fileCancel,
  register,
  authResponse,
  changePassword,
  dropAccount,
  whois,
  setAway,
  setReadMarker,
};

/**
 * Serves one envelope; whatever its handler throws (or rejects with) becomes the Error reply (see
 * RequestError). Returns a promise when the handler waits for the store: the session serves its next
 * request once it settles.
 */
export function dispatch(session: Session, envelope: DecodedEnvelope): Promise<void> | undefined {
  if (session.state === "closing") return undefined;
  let served: void | Promise<void>;
  try {
    served = route(session, envelope);
  } catch (error) {
    refuse(session, envelope, error);
    return undefined;
  }
  if (served instanceof Promise)
    return served.then(
      () => session.noteOutcome(),
      (error: unknown) => refuse(session, envelope, error),
    );
  session.noteOutcome();
  return undefined;
}

/** Answers a refused request with its Error and counts the refusal. */
function refuse(session: Session, envelope: DecodedEnvelope, error: unknown): void {
  session.fail(envelope.requestId, error, envelope.body);
  session.noteOutcome(error);
}

/**
 * The checks every request shares, then its handler. The reply a rate-limited request produced is
 * charged to its rate bucket (see Session.chargeReply), whether it was served or refused.
 */
function route(session: Session, envelope: DecodedEnvelope): void | Promise<void> {
  const kind = envelope.body;
  if (session.state === "handshake" && kind !== "hello")
    throw new RequestError(ErrorCode.ERROR_CODE_BAD_REQUEST, "the first message must be Hello", {
      closeReason: "protocol error: no Hello",
    });
  const handler = kind ? HANDLERS[kind] : undefined;
  if (!handler) {
    if (kind?.startsWith("admin"))
      throw new RequestError(
        ErrorCode.ERROR_CODE_UNAUTHORIZED,
        "admin requests are served on the admin listener only",
      );
    throw new RequestError(
      ErrorCode.ERROR_CODE_UNKNOWN_MESSAGE,
      kind ? `${kind} is not a request` : "unknown message",
    );
  }
  if (handler.needsLogin && session.state !== "online")
    throw new RequestError(ErrorCode.ERROR_CODE_NOT_LOGGED_IN, "log in first");
  if (!handler.rateLimited) return handler.run(session, envelope);
  session.takeRateToken();
  session.lastActiveAtMs = session.lastReceivedAtMs;
  const before = session.bytesOut;
  let served: void | Promise<void>;
  try {
    served = handler.run(session, envelope);
  } catch (error) {
    session.chargeReply(session.bytesOut - before);
    throw error;
  }
  if (served instanceof Promise) return served.finally(() => session.chargeReply(session.bytesOut - before));
  session.chargeReply(session.bytesOut - before);
}
