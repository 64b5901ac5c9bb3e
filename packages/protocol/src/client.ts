// A request/response client over one TCP connection: numbers requests, matches replies by request_id,
// turns Error replies into ServerError, and hands every other envelope to event listeners.
import { connect as netConnect, type Socket } from "node:net";
import { FramedSocket } from "./connection.js";
import { ConnectionClosedError, RequestTimeoutError } from "./errors.js";
import { type DecodedEnvelope, type Envelope, type ErrorCode, errorCodeName } from "./messages.js";

/** The server answered a request with an Error frame. */
export class ServerError extends Error {
  override name = "ServerError";
  constructor(
    /** The protocol error code. */
    readonly code: ErrorCode,
    message: string,
    /** The server will close the connection after this error. */
    readonly fatal: boolean,
    /** RATE_LIMITED: milliseconds to wait. */
    readonly retryAfterMs: number,
    /** BANNED: end of the ban in ms since the epoch, 0 if permanent. */
    readonly banUntilMs: number,
  ) {
    super(message);
  }

  /** Short code name, e.g. "nick_in_use". */
  get codeName(): string {
    return errorCodeName(this.code);
  }

  static from(envelope: DecodedEnvelope): ServerError {
    const e = envelope.error!;
    return new ServerError(
      e.code ?? 0,
      e.message || errorCodeName(e.code),
      !!e.fatal,
      e.retryAfterMs ?? 0,
      e.banUntilMs ?? 0,
    );
  }
}

export interface ClientOptions {
  host?: string;
  /** TCP port; ignored when `path` is set. */
  port?: number;
  /** Unix-domain socket path (the admin listener can listen on one), instead of host and port. */
  path?: string;
  /** Largest frame accepted from the server, in bytes. */
  maxFrameBytes?: number;
  /** Default time a request waits for its reply, in ms (10 s). */
  requestTimeoutMs?: number;
  /** Keep unclaimed events in a queue for `waitFor` (tests and scripts); off for long-lived clients. */
  bufferEvents?: boolean;
}

type Pending = {
  resolve(envelope: DecodedEnvelope): void;
  reject(error: Error): void;
  timer: NodeJS.Timeout;
};
type Waiter = {
  match(envelope: DecodedEnvelope): boolean;
  resolve(envelope: DecodedEnvelope): void;
  reject(error: Error): void;
  timer: NodeJS.Timeout;
};

/** How a connection ended. */
export interface CloseInfo {
  /** A socket error, or the protocol error that ended the stream. */
  error?: Error;
}

/**
 * Ordering: envelopes are dispatched in wire order, but a reply settles a promise, whose continuation
 * runs after the current socket read has been dispatched, while events reach `onEvent` listeners at
 * once. So an event that follows a reply in the same read (the History after a JoinRoom's Joined, say)
 * is seen before the code awaiting the reply resumes. Clients that need strict order send with
 * `send({ requestId, ... })` and handle the reply in their event listener, where unawaited replies go.
 */
export class ProtocolClient {
  readonly conn: FramedSocket;
  private nextRequestId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly listeners = new Set<(envelope: DecodedEnvelope) => void>();
  private readonly waiters = new Set<Waiter>();
  private readonly queue: DecodedEnvelope[] | undefined;
  private readonly requestTimeoutMs: number;
  /** Resolves once, when the connection has closed. */
  readonly closed: Promise<CloseInfo>;
  private markClosed!: (info: CloseInfo) => void;

  private constructor(socket: Socket, options: ClientOptions) {
    this.requestTimeoutMs = options.requestTimeoutMs ?? 10_000;
    this.queue = options.bufferEvents ? [] : undefined;
    this.closed = new Promise((resolve) => {
      this.markClosed = resolve;
    });
    this.conn = new FramedSocket(
      socket,
      {
        onEnvelope: (envelope) => this.dispatch(envelope),
        onProtocolError: (error) => {
          this.failAll(error);
          this.conn.destroy();
        },
        onClose: (error) => {
          this.failAll(new ConnectionClosedError("connection closed", { cause: error }));
          this.markClosed({ error });
        },
      },
      { maxFrameBytes: options.maxFrameBytes },
    );
  }

  /** Opens a TCP (Nagle off) or Unix-socket connection. Rejects with the socket error if it cannot connect. */
  static connect(options: ClientOptions): Promise<ProtocolClient> {
    return new Promise((resolve, reject) => {
      const socket = options.path
        ? netConnect({ path: options.path })
        : netConnect({ host: options.host ?? "127.0.0.1", port: options.port ?? 0, noDelay: true });
      const client = new ProtocolClient(socket, options);
      const onError = (error: Error) => reject(error);
      socket.once("error", onError);
      socket.once("connect", () => {
        socket.off("error", onError);
        resolve(client);
      });
    });
  }

  /** Sends a request and resolves with its reply; rejects with ServerError on an Error reply. */
  request(envelope: Envelope, timeoutMs = this.requestTimeoutMs): Promise<DecodedEnvelope> {
    if (this.conn.isClosed) return Promise.reject(new ConnectionClosedError("connection closed"));
    const requestId = this.nextRequestId++;
    if (this.nextRequestId > 0xffffffff) this.nextRequestId = 1;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(requestId);
        reject(new RequestTimeoutError(`no reply to request ${requestId} within ${timeoutMs} ms`));
      }, timeoutMs);
      this.pending.set(requestId, { resolve, reject, timer });
      this.conn.send({ ...envelope, requestId });
    });
  }

  /** Sends without waiting for a reply. */
  send(envelope: Envelope): boolean {
    return this.conn.send(envelope);
  }

  /** Calls `listener` for every envelope that is not the reply to a pending request. Returns an unsubscribe function. */
  onEvent(listener: (envelope: DecodedEnvelope) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Resolves with the first event matching `match`: one already queued (when `bufferEvents` is on,
   * taken out of the queue) or the next to arrive. Rejects on timeout or close.
   */
  waitFor(
    match: (envelope: DecodedEnvelope) => boolean,
    timeoutMs = this.requestTimeoutMs,
  ): Promise<DecodedEnvelope> {
    if (this.queue) {
      const index = this.queue.findIndex(match);
      if (index >= 0) return Promise.resolve(this.queue.splice(index, 1)[0]!);
    }
    if (this.conn.isClosed) return Promise.reject(new ConnectionClosedError("connection closed"));
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        match,
        resolve,
        reject,
        timer: setTimeout(() => {
          this.waiters.delete(waiter);
          reject(new RequestTimeoutError(`no matching event within ${timeoutMs} ms`));
        }, timeoutMs),
      };
      this.waiters.add(waiter);
    });
  }

  /** Events queued and not yet claimed by `waitFor` (empty unless `bufferEvents`). */
  get queuedEvents(): readonly DecodedEnvelope[] {
    return this.queue ?? [];
  }

  /** Closes the connection after flushing what is queued, and resolves once it has closed. */
  async close(): Promise<CloseInfo> {
    this.conn.end(500);
    return this.closed;
  }

  private dispatch(envelope: DecodedEnvelope): void {
    const id = envelope.requestId;
    if (id !== 0) {
      const pending = this.pending.get(id);
      if (pending) {
        this.pending.delete(id);
        clearTimeout(pending.timer);
        if (envelope.body === "error") pending.reject(ServerError.from(envelope));
        else pending.resolve(envelope);
        return;
      }
    }
    for (const listener of this.listeners) listener(envelope);
    for (const waiter of this.waiters) {
      if (waiter.match(envelope)) {
        this.waiters.delete(waiter);
        clearTimeout(waiter.timer);
        waiter.resolve(envelope);
        return;
      }
    }
    this.queue?.push(envelope);
  }

  private failAll(error: Error): void {
    for (const pending of this.pending.values()) {
      clearTimeout(pending.timer);
      pending.reject(error);
    }
    this.pending.clear();
    for (const waiter of this.waiters) {
      clearTimeout(waiter.timer);
      waiter.reject(error);
    }
    this.waiters.clear();
  }
}
