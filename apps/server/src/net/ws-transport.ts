// A session's transport over a WebSocket: each binary message is one Envelope (no length prefix),
// in both directions. The same limits and errors as the TCP framing: oversized or malformed messages
// end the connection with an Error envelope first, writes are corked per turn, reading can pause.
import type { Socket } from "node:net";
import {
  DEFAULT_MAX_FRAME_BYTES,
  decodeEnvelope,
  type Envelope,
  encodeFrame,
  type FramedSocketHandlers,
  type FramedSocketOptions,
  FrameLengthError,
  FrameTooLargeError,
  flushAtTurnEnd,
  MAX_PREFIX_BYTES,
  MalformedFrameError,
  ProtocolError,
} from "@parley/protocol";
import type { WebSocket } from "ws";
import type { ChatTransport } from "./transport.js";

/** WebSocket close codes (RFC 6455 §7.4.1) the gateway ends a connection with. */
export const WS_CLOSE = {
  /** Every close the session asks for: the Error envelope before it says why. */
  normal: 1000,
  /** A frame the WebSocket layer cannot parse. */
  protocolError: 1002,
  /** A text message: the protocol speaks binary only. */
  unsupportedData: 1003,
  /** A message over the frame limit. */
  messageTooBig: 1009,
} as const;

/**
 * ws keeps its frame parser private, yet two things the chat listener does need it: the size limit
 * checked on a message's header before its body is buffered (the pre-login limit is smaller than the
 * one after), and a say before ws closes on a frame it refuses (so the peer gets an Error envelope, as
 * on TCP). When a ws release changes these internals the gateway still works: the server-wide
 * maxPayload bounds memory, each message is checked once whole, and ws's own close code tells the
 * peer; the WebSocket tests notice the difference.
 */
interface WsReceiver {
  _maxPayload: number;
  prependListener(event: "error", listener: (error: Error & { code?: string }) => void): unknown;
}

function receiverOf(ws: WebSocket): WsReceiver | undefined {
  const receiver = (ws as unknown as { _receiver?: WsReceiver })._receiver;
  return receiver && typeof receiver._maxPayload === "number" ? receiver : undefined;
}

/**
 * ws refused a message on its header for passing the limit; its length is not reported, so the
 * error names the limit only. A FrameTooLargeError, so the peer gets FRAME_TOO_LARGE as on TCP.
 */
export class MessageTooLargeError extends FrameTooLargeError {
  override name = "MessageTooLargeError";
  constructor(maxFrameBytes: number) {
    super(maxFrameBytes + 1, maxFrameBytes);
    this.message = `message exceeds the ${maxFrameBytes}-byte limit`;
  }
}

/** Bytes of the WebSocket header a server puts before an unmasked payload of `length` bytes. */
function wsHeaderBytes(length: number): number {
  return length < 126 ? 2 : length < 65_536 ? 4 : 10;
}

export class WsTransport implements ChatTransport {
  private readonly ws: WebSocket;
  private readonly socket: Socket;
  private readonly handlers: FramedSocketHandlers;
  private readonly receiver: WsReceiver | undefined;
  private maxFrameBytes: number;
  private reading = true;
  private closed = false;
  private corked = false;
  /** Bytes queued in the current (corked) turn, WebSocket headers included. */
  private turnBytes = 0;
  /** Body bytes of the outgoing message still to come in a later sendFrame (a frame written in parts). */
  private outgoingRemaining = 0;
  /** Close code for `end`: set when the peer broke the protocol. */
  private closeCode: number = WS_CLOSE.normal;
  bytesIn = 0;
  bytesOut = 0;

  constructor(
    ws: WebSocket,
    /** The upgraded socket under `ws`, for corking and the send queue. */
    socket: Socket,
    handlers: FramedSocketHandlers,
    /** The frame limit to start with; the input budget is for byte streams and has no use here. */
    options: FramedSocketOptions,
  ) {
    this.ws = ws;
    this.socket = socket;
    this.handlers = handlers;
    this.maxFrameBytes = options.maxFrameBytes ?? DEFAULT_MAX_FRAME_BYTES;
    this.receiver = receiverOf(ws);
    if (this.receiver) {
      this.receiver._maxPayload = this.maxFrameBytes;
      this.receiver.prependListener("error", this.onReceiverError);
    }
    ws.on("message", this.onMessage);
    ws.on("error", this.onWsError);
    ws.on("close", this.onWsClose);
  }

  get writableBytes(): number {
    return this.ws.bufferedAmount;
  }

  get backlogBytes(): number {
    return this.ws.bufferedAmount - this.turnBytes;
  }

  get isClosed(): boolean {
    return this.closed || this.ws.readyState !== this.ws.OPEN;
  }

  setMaxFrameBytes(maxFrameBytes: number): void {
    this.maxFrameBytes = maxFrameBytes;
    if (this.receiver) this.receiver._maxPayload = maxFrameBytes;
  }

  send(envelope: Envelope): boolean {
    return this.sendFrame(encodeFrame(envelope));
  }

  /**
   * Sends each length-prefixed frame in `frames` as one binary message, its prefix left off. A frame
   * may arrive in parts over several calls (a file chunk's header, then its data, uncopied): the parts
   * go out as fragments of one message.
   */
  sendFrame(frames: Uint8Array): boolean {
    if (this.isClosed) return false;
    if (!this.corked) {
      this.corked = true;
      this.socket.cork();
      flushAtTurnEnd(this);
    }
    let offset = 0;
    while (offset < frames.length) {
      if (this.outgoingRemaining === 0) {
        const [length, prefixBytes] = readPrefix(frames, offset);
        offset += prefixBytes;
        this.outgoingRemaining = length;
        this.turnBytes += wsHeaderBytes(length);
        if (length === 0) {
          this.ws.send(frames.subarray(offset, offset), { binary: true, fin: true });
          continue;
        }
      }
      const take = Math.min(this.outgoingRemaining, frames.length - offset);
      this.outgoingRemaining -= take;
      this.ws.send(frames.subarray(offset, offset + take), {
        binary: true,
        fin: this.outgoingRemaining === 0,
      });
      this.turnBytes += take;
      this.bytesOut += take;
      offset += take;
    }
    return !this.socket.writableNeedDrain;
  }

  drained(): Promise<void> {
    if (!this.socket.writableNeedDrain || this.isClosed) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        this.socket.off("drain", done);
        this.socket.off("close", done);
        resolve();
      };
      this.socket.on("drain", done);
      this.socket.on("close", done);
    });
  }

  flush(): void {
    if (this.corked) {
      this.corked = false;
      this.turnBytes = 0;
      this.socket.uncork();
    }
  }

  end(timeoutMs = 2000): void {
    if (this.closed) return;
    this.stopReading();
    this.flush();
    if (this.ws.readyState === this.ws.OPEN) this.ws.close(this.closeCode);
    setTimeout(() => this.ws.terminate(), timeoutMs).unref();
  }

  destroy(): void {
    this.stopReading();
    this.ws.terminate();
  }

  pauseReading(): void {
    this.ws.pause();
  }

  resumeReading(): void {
    if (!this.isClosed) this.ws.resume();
  }

  stopReading(): void {
    this.reading = false;
  }

  private readonly onMessage = (data: Buffer, isBinary: boolean): void => {
    if (!this.reading) return;
    this.bytesIn += data.length;
    if (!isBinary) {
      this.fail(
        new MalformedFrameError("text message: Parley speaks binary messages only"),
        WS_CLOSE.unsupportedData,
      );
      return;
    }
    if (data.length > this.maxFrameBytes) {
      this.fail(new FrameTooLargeError(data.length, this.maxFrameBytes), WS_CLOSE.messageTooBig);
      return;
    }
    let envelope: ReturnType<typeof decodeEnvelope>;
    try {
      envelope = decodeEnvelope(data);
    } catch (error) {
      if (!(error instanceof ProtocolError)) throw error;
      this.fail(error, WS_CLOSE.protocolError);
      return;
    }
    this.handlers.onEnvelope(envelope);
  };

  /** ws refused a frame (too large, bad opcode …) and is about to close: say why first. */
  private readonly onReceiverError = (error: Error & { code?: string }): void => {
    if (!this.reading) return;
    if (error.code === "WS_ERR_UNSUPPORTED_MESSAGE_LENGTH")
      this.fail(new MessageTooLargeError(this.maxFrameBytes), WS_CLOSE.messageTooBig);
    else
      this.fail(
        new MalformedFrameError(`bad WebSocket frame: ${error.message}`, { cause: error }),
        WS_CLOSE.protocolError,
      );
  };

  private fail(error: ProtocolError, closeCode: number): void {
    this.stopReading();
    this.closeCode = closeCode;
    this.handlers.onProtocolError(error);
  }

  /** ws reports the same refusals here after closing; without the receiver hook this is the only say. */
  private readonly onWsError = (error: Error): void => {
    if (this.reading) this.onReceiverError(error);
  };

  private readonly onWsClose = (): void => {
    if (this.closed) return;
    this.closed = true;
    this.reading = false;
    this.handlers.onClose();
  };
}

/** Reads the varint length prefix at `offset` of a frame the server encoded: [length, prefix bytes]. */
function readPrefix(buf: Uint8Array, offset: number): [number, number] {
  let value = 0;
  for (let i = 0; i < MAX_PREFIX_BYTES && offset + i < buf.length; i++) {
    const byte = buf[offset + i]!;
    value += (byte & 0x7f) * 2 ** (7 * i);
    if (byte < 0x80) return [value, i + 1];
  }
  // Only the server's own encoder feeds this; a broken prefix is a bug, not peer input.
  throw new FrameLengthError();
}
