// Parley over a WebSocket, for browsers: one binary message per Envelope (its protobuf bytes, no
// length prefix: the WebSocket frames them), subprotocol `parley.v1`. Uses only the WHATWG WebSocket
// API, so the browser's own class serves, and the `ws` package's does in Node tests.
import { decodeEnvelope, encodeEnvelope } from "./codec.js";
import { EnvelopeClient, type EnvelopeClientOptions } from "./envelope-client.js";
import { ConnectionClosedError, FrameTooLargeError, MalformedFrameError, ProtocolError } from "./errors.js";
import { DEFAULT_MAX_FRAME_BYTES } from "./frame.js";
import type { DecodedEnvelope, Envelope } from "./messages.js";
import type { Transport, TransportHandlers } from "./transport.js";

/** The WebSocket subprotocol a Parley endpoint speaks (`Sec-WebSocket-Protocol`). */
export const WEBSOCKET_SUBPROTOCOL = "parley.v1";

/** Above this many bytes waiting in the WebSocket's buffer, `send` answers false: slow down. */
export const WEBSOCKET_SEND_HIGH_WATER_BYTES = 1024 * 1024;

/** WebSocket.readyState once open (the WHATWG constant, spelled out: not every class carries it). */
const OPEN = 1;

/** The part of the WHATWG WebSocket this transport uses. */
export interface WebSocketLike {
  binaryType: string;
  readonly readyState: number;
  readonly bufferedAmount: number;
  send(data: Uint8Array): void;
  close(code?: number, reason?: string): void;
  addEventListener(type: "open" | "message" | "close" | "error", listener: (event: object) => void): void;
}

/** A WebSocket class: the browser's `WebSocket`, or the `ws` package's in Node. */
export type WebSocketConstructor = new (url: string, protocols?: string | string[]) => WebSocketLike;

type MessageEventLike = { data: unknown };
type CloseEventLike = { code: number; reason: string };

export interface WebSocketTransportOptions {
  /** Largest message accepted from the server, in bytes (DEFAULT_MAX_FRAME_BYTES). */
  maxFrameBytes?: number;
}

/** One WebSocket as a stream of envelopes. */
export class WebSocketTransport implements Transport {
  readonly socket: WebSocketLike;
  private readonly handlers: TransportHandlers;
  private readonly maxFrameBytes: number;
  private closed = false;
  private reading = true;
  /** An error event came first: the close that follows reports it. */
  private failure: Error | undefined;
  bytesIn = 0;
  bytesOut = 0;

  constructor(socket: WebSocketLike, handlers: TransportHandlers, options: WebSocketTransportOptions = {}) {
    this.socket = socket;
    this.handlers = handlers;
    this.maxFrameBytes = options.maxFrameBytes ?? DEFAULT_MAX_FRAME_BYTES;
    socket.binaryType = "arraybuffer";
    socket.addEventListener("message", (event) => this.onMessage(event as MessageEventLike));
    socket.addEventListener("close", (event) => this.onSocketClose(event as CloseEventLike));
    socket.addEventListener("error", this.onSocketError);
  }

  get isClosed(): boolean {
    return this.closed;
  }

  /** Bytes queued in the WebSocket and not yet sent: the send queue. */
  get bufferedBytes(): number {
    return this.socket.bufferedAmount;
  }

  send(envelope: Envelope): boolean {
    if (this.closed || this.socket.readyState !== OPEN) return false;
    const bytes = encodeEnvelope(envelope);
    this.bytesOut += bytes.length;
    this.socket.send(bytes);
    return this.socket.bufferedAmount <= WEBSOCKET_SEND_HIGH_WATER_BYTES;
  }

  /** Closes normally (what was sent before still leaves first); closed for us after `timeoutMs` regardless. */
  end(timeoutMs = 2000): void {
    if (this.closed) return;
    this.reading = false;
    this.socket.close(1000);
    setTimeout(() => this.closeOnce(), timeoutMs);
  }

  destroy(): void {
    this.reading = false;
    this.socket.close();
    this.closeOnce();
  }

  private onMessage(event: MessageEventLike): void {
    if (!this.reading) return;
    const { data } = event;
    if (!(data instanceof ArrayBuffer)) {
      this.fail(new MalformedFrameError("a text message on a binary protocol"));
      return;
    }
    this.bytesIn += data.byteLength;
    if (data.byteLength > this.maxFrameBytes) {
      this.fail(new FrameTooLargeError(data.byteLength, this.maxFrameBytes));
      return;
    }
    let envelope: DecodedEnvelope;
    try {
      envelope = decodeEnvelope(new Uint8Array(data));
    } catch (error) {
      this.fail(error);
      return;
    }
    this.handlers.onEnvelope(envelope);
  }

  private fail(error: unknown): void {
    this.reading = false;
    if (error instanceof ProtocolError) this.handlers.onProtocolError(error);
    else throw error;
  }

  private readonly onSocketError = (): void => {
    // The event says nothing more (browsers hide the cause); the close event follows.
    this.failure ??= new ConnectionClosedError("WebSocket error");
  };

  private onSocketClose(event: CloseEventLike): void {
    // 1000 normal, 1001 going away, 1005 no status: a close, not a failure.
    const clean = event.code === 1000 || event.code === 1001 || event.code === 1005;
    const reason = event.reason ? `: ${event.reason}` : "";
    this.closeOnce(
      this.failure ??
        (clean ? undefined : new ConnectionClosedError(`WebSocket closed (${event.code}${reason})`)),
    );
  }

  private closeOnce(error?: Error): void {
    if (this.closed) return;
    this.closed = true;
    this.reading = false;
    this.handlers.onClose(error);
  }
}

export interface WebSocketClientOptions extends EnvelopeClientOptions, WebSocketTransportOptions {
  /** The WebSocket class; default: the global one (every browser, Node 22). */
  WebSocket?: WebSocketConstructor;
}

/** A client core on a WebSocket. */
export type WebSocketClient = EnvelopeClient<WebSocketTransport>;

/**
 * Opens a WebSocket to `url` (ws:// or wss://, the server's `/ws`) with the Parley subprotocol.
 * Resolves once it is open; rejects with ConnectionClosedError when it closes first.
 */
export function connectWebSocket(
  url: string,
  options: WebSocketClientOptions = {},
): Promise<WebSocketClient> {
  const Socket = options.WebSocket ?? (globalThis as { WebSocket?: WebSocketConstructor }).WebSocket;
  if (!Socket) return Promise.reject(new ConnectionClosedError("this environment has no WebSocket"));
  let socket: WebSocketLike;
  try {
    socket = new Socket(url, WEBSOCKET_SUBPROTOCOL);
  } catch (cause) {
    return Promise.reject(new ConnectionClosedError(`cannot open a WebSocket to ${url}`, { cause }));
  }
  const client = new EnvelopeClient((handlers) => new WebSocketTransport(socket, handlers, options), options);
  return new Promise((resolve, reject) => {
    let opened = false;
    socket.addEventListener("open", () => {
      opened = true;
      resolve(client);
    });
    void client.closed.then((info) => {
      if (!opened)
        reject(new ConnectionClosedError(`cannot open a WebSocket to ${url}`, { cause: info.error }));
    });
  });
}
