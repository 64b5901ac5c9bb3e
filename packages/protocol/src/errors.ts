// Named errors for everything that can go wrong on the wire.
// Each sets `name`, so logs and `instanceof` checks stay readable, and carries `{ cause }` when wrapping.

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
