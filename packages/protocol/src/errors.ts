// Named errors for everything that can go wrong on the wire, one class per failure.
// Each sets `name`, so logs and `instanceof` checks stay readable, and carries `{ cause }` when wrapping.
import { type DecodedEnvelope, ErrorCode, errorCodeName } from "./messages.js";

/** Base class: the peer broke the protocol. Ends that connection only. */
export class ProtocolError extends Error {
  override name = "ProtocolError";
}

/** A frame's declared length exceeds the limit. Raised from the length prefix alone, before any body byte is buffered. */
export class FrameTooLargeError extends ProtocolError {
  override name = "FrameTooLargeError";
  constructor(
    /** Length the prefix declared, in bytes. */
    readonly declaredBytes: number,
    /** The limit in force, in bytes. */
    readonly maxFrameBytes: number,
  ) {
    super(`frame of ${declaredBytes} bytes exceeds the ${maxFrameBytes}-byte limit`);
  }
}

/**
 * Buffering the rest of an unfinished frame would pass the budget shared by every connection of the
 * process (see InputBudget): the connection is refused rather than the memory spent.
 */
export class InputBudgetError extends ProtocolError {
  override name = "InputBudgetError";
  constructor(
    /** The shared budget, in bytes. */
    readonly limitBytes: number,
  ) {
    super(`the ${limitBytes}-byte budget for unfinished frames is spent; try again later`);
  }
}

/** The varint length prefix runs past 5 bytes (more than a 32-bit length), so the stream cannot be a Parley stream. */
export class FrameLengthError extends ProtocolError {
  override name = "FrameLengthError";
  constructor() {
    super("frame length prefix is longer than 5 bytes");
  }
}

/** The stream ended in the middle of a frame (a clean end only ever falls between frames). */
export class TruncatedFrameError extends ProtocolError {
  override name = "TruncatedFrameError";
  constructor(
    /** Bytes of the unfinished frame that had arrived, prefix included. */
    readonly bufferedBytes: number,
  ) {
    super(`stream ended inside a frame (${bufferedBytes} bytes buffered)`);
  }
}

/** A whole frame arrived but its body is not a valid Envelope. */
export class MalformedFrameError extends ProtocolError {
  override name = "MalformedFrameError";
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** The connection closed (or was never open) while a request waited for its reply. */
export class ConnectionClosedError extends Error {
  override name = "ConnectionClosedError";
}

/** A request got no reply in time. */
export class RequestTimeoutError extends Error {
  override name = "RequestTimeoutError";
}

/**
 * The server's Error frame, as a reply to a request (the promise rejects with it) or on its own.
 * Compare `code` with the `ErrorCode` enum (`error.code === ErrorCode.ERROR_CODE_NICK_IN_USE`);
 * `codeName` is for people and logs only.
 */
export class ServerError extends Error {
  override name = "ServerError";
  constructor(
    /** The protocol error code. */
    readonly code: ErrorCode,
    message: string,
    /** The server closes the connection right after this error. */
    readonly fatal: boolean,
    /** RATE_LIMITED: milliseconds to wait before the next request is accepted (0 otherwise). */
    readonly retryAfterMs: number,
    /** BANNED: end of the ban in ms since the epoch, 0 if permanent (or not a ban). */
    readonly banUntilMs: number,
  ) {
    super(message);
  }

  /** Short code name for display, e.g. "nick_in_use". */
  get codeName(): string {
    return errorCodeName(this.code);
  }

  /** The error an envelope carrying an Error body stands for; the code name stands in for an empty message. */
  static from(envelope: DecodedEnvelope): ServerError {
    const e = envelope.error ?? {};
    const code = e.code ?? ErrorCode.ERROR_CODE_UNSPECIFIED;
    return new ServerError(
      code,
      e.message || errorCodeName(code),
      !!e.fatal,
      e.retryAfterMs ?? 0,
      e.banUntilMs ?? 0,
    );
  }
}

/** A SCRAM exchange broke the rules (bad syntax, wrong nonce, bad server signature): the login is off. */
export class ScramError extends Error {
  override name = "ScramError";
}

/** The client's proof did not match the stored verifier: a wrong password. */
export class ScramAuthError extends ScramError {
  override name = "ScramAuthError";
}
