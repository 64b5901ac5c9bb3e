// The transport-agnostic half of a Parley client: numbers requests, matches replies by request_id,
// turns Error replies into ServerError, answers the server's pings, performs the Hello/Login handshake,
// and hands every other envelope to event listeners in wire order with the replies. No Node imports.
import { ConnectionClosedError, RequestTimeoutError, ServerError } from "./errors.js";
import {
  type HelloOptions,
  handshake,
  hello,
  type LoginOptions,
  type LoginResult,
  login,
} from "./handshake.js";
import { pongTo } from "./heartbeat.js";
import type { DecodedEnvelope, Envelope, Welcome } from "./messages.js";
import type { Transport, TransportHandlers } from "./transport.js";

/** Options every client core takes, whatever carries its envelopes. */
export interface EnvelopeClientOptions {
  /** Default time a request waits for its reply, in ms (10 s). */
  requestTimeoutMs?: number;
  /** Keep unclaimed events in a queue for `waitFor` (tests and scripts); off for long-lived clients. */
  bufferEvents?: boolean;
  /**
   * Answer the server's Ping with a Pong at once (default true), so an idle session is not closed for
   * silence. Off only for tests of the server's heartbeat, which need a client that stays silent.
   */
  answerPings?: boolean;
}

/**
 * Runs `fn` once the promise continuations queued now have all run: setImmediate in Node, a message
 * port elsewhere (a browser's zero timeout is clamped to 4 ms once nested).
 */
const afterContinuations: (fn: () => void) => void = (() => {
  const immediate = (globalThis as { setImmediate?: (fn: () => void) => unknown }).setImmediate;
  if (immediate) return (fn: () => void) => void immediate(fn);
  const queue: (() => void)[] = [];
  const channel = new MessageChannel();
  // Assigning onmessage starts the port (the DOM's MessagePort; Node's typings describe another).
  (channel.port1 as unknown as { onmessage: () => void }).onmessage = () => queue.shift()?.();
  return (fn: () => void) => {
    queue.push(fn);
    channel.port2.postMessage(0);
  };
})();

type Pending = {
  resolve(envelope: DecodedEnvelope): void;
  reject(error: Error): void;
  timer: ReturnType<typeof setTimeout>;
};
type Waiter = {
  match(envelope: DecodedEnvelope): boolean;
  resolve(envelope: DecodedEnvelope): void;
  reject(error: Error): void;
  timer: ReturnType<typeof setTimeout>;
};

/** How a connection ended. */
export interface CloseInfo {
  /** A socket error, or the protocol error that ended the stream. */
  error?: Error;
  /** The fatal Error the server sent before closing (its reason: ping timeout, flooding, shutdown …). */
  fatal?: ServerError;
}

/**
 * Ordering: replies and events are seen in wire order. Settling a reply's promise only queues the code
 * awaiting it, so once a reply is settled the envelopes behind it are held back until that code (and
 * any chain of awaits it runs without I/O) has resumed: an event that follows a reply — the History
 * after a JoinRoom's Joined — reaches listeners after the code that awaited the Joined.
 */
export class EnvelopeClient<T extends Transport = Transport> {
  /** The transport the envelopes travel on (a FramedSocket over TCP, a WebSocketTransport in a browser). */
  readonly conn: T;
  private nextRequestId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly listeners = new Set<(envelope: DecodedEnvelope) => void>();
  private readonly waiters = new Set<Waiter>();
  private readonly queue: DecodedEnvelope[] | undefined;
  private readonly requestTimeoutMs: number;
  private readonly answerPings: boolean;
  /** Envelopes that arrived behind a settled reply, waiting for its continuations to run. */
  private readonly held: DecodedEnvelope[] = [];
  private releaseScheduled = false;
  /** The server's Welcome, once `hello` (or `login`) has had it. */
  welcome: Welcome | undefined;
  /** The Hello on its way, until its Welcome comes: a Login sent meanwhile goes right behind it. */
  private greeting: Promise<Welcome> | undefined;
  /** Resolves once, when the connection has closed. */
  readonly closed: Promise<CloseInfo>;
  private markClosed!: (info: CloseInfo) => void;
  /** The last fatal Error received: why the server is closing the connection. */
  private fatal: ServerError | undefined;

  /**
   * Wraps a transport that `open` makes with the handlers it must call: one envelope at a time, a
   * protocol error, and the close.
   */
  constructor(open: (handlers: TransportHandlers) => T, options: EnvelopeClientOptions = {}) {
    this.requestTimeoutMs = options.requestTimeoutMs ?? 10_000;
    this.answerPings = options.answerPings ?? true;
    this.queue = options.bufferEvents ? [] : undefined;
    this.closed = new Promise((resolve) => {
      this.markClosed = resolve;
    });
    this.conn = open({
      onEnvelope: (envelope) => this.receive(envelope),
      onProtocolError: (error) => {
        this.flushHeld();
        this.failAll(error);
        this.conn.destroy();
      },
      onClose: (error) => {
        this.flushHeld();
        this.failAll(new ConnectionClosedError("connection closed", { cause: error }));
        this.markClosed({ error, fatal: this.fatal });
      },
    });
  }

  /** Sends Hello; resolves with the server's Welcome (also kept in `welcome`). Rejects with ServerError. */
  async hello(options: HelloOptions): Promise<Welcome> {
    const greeting = hello(this, options);
    this.greeting = greeting;
    try {
      this.welcome = await greeting;
    } finally {
      if (this.greeting === greeting) this.greeting = undefined;
    }
    return this.welcome;
  }

  /**
   * Logs in: Hello first unless already sent, with Login right behind it (see handshake) whether
   * this sends the Hello or one is still waiting for its Welcome; after the Welcome, Login alone.
   * Resolves with the Welcome and the LoggedIn reply; each room's Joined and History follow as
   * events. Rejects with ServerError (nick in use, banned, ...); a refused Login may be retried on the
   * same connection with another nick.
   */
  async login(options: HelloOptions & LoginOptions): Promise<LoginResult> {
    if (this.welcome) return login(this, this.welcome, options);
    return handshake(this, options, this.greeting ?? this.hello(options));
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

  private receive(envelope: DecodedEnvelope): void {
    if (this.releaseScheduled) this.held.push(envelope);
    else if (this.dispatch(envelope)) this.holdFollowers();
  }

  /** A reply was settled: hold what follows until the check phase, when its continuations have all run. */
  private holdFollowers(): void {
    this.releaseScheduled = true;
    afterContinuations(this.releaseHeld);
  }

  private readonly releaseHeld = (): void => {
    this.releaseScheduled = false;
    this.release();
  };

  /** Dispatches held envelopes in order, stopping behind the next reply settled. */
  private release(): void {
    while (this.held.length > 0 && !this.releaseScheduled) {
      if (this.dispatch(this.held.shift()!) && this.held.length > 0) this.holdFollowers();
    }
  }

  /** The connection is ending: everything that arrived is dispatched now, before pending requests fail. */
  private flushHeld(): void {
    while (this.held.length > 0) this.dispatch(this.held.shift()!);
  }

  /** Routes one envelope; returns true when it settled a pending request. */
  private dispatch(envelope: DecodedEnvelope): boolean {
    if (envelope.body === "error" && envelope.error?.fatal) this.fatal = ServerError.from(envelope);
    const id = envelope.requestId;
    if (id !== 0) {
      const pending = this.pending.get(id);
      if (pending) {
        this.pending.delete(id);
        clearTimeout(pending.timer);
        if (envelope.body === "error") pending.reject(ServerError.from(envelope));
        else pending.resolve(envelope);
        return true;
      }
    }
    if (envelope.body === "ping" && this.answerPings) this.conn.send(pongTo(envelope));
    for (const listener of this.listeners) listener(envelope);
    for (const waiter of this.waiters) {
      if (waiter.match(envelope)) {
        this.waiters.delete(waiter);
        clearTimeout(waiter.timer);
        waiter.resolve(envelope);
        return false;
      }
    }
    this.queue?.push(envelope);
    return false;
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
