// One chaos client: a real TCP client written from docs/protocol.md that registers its nick, logs in
// with SCRAM, joins, leaves, sends with client_msg_ids, drops and resumes, and records everything it
// sees into the run's Observations.
import {
  type DecodedEnvelope,
  type Envelope,
  errorCodeName,
  PROTOCOL_VERSION,
  ProtocolClient,
  type parley,
  ScramClient,
} from "@parley/protocol";
import {
  directConversation,
  type Entry,
  type Observations,
  resumePointAfter,
  type Segment,
} from "./observations.js";
import type { ChaosTarget } from "./process-controller.js";
import type { Step } from "./schedule.js";
import type { Trace } from "./trace.js";

/** Longest wait for any one reply before the client calls the server hung and drops the connection. */
export const REPLY_TIMEOUT_MS = 15_000;
/** Most SendMessages a client keeps in flight before it waits for acknowledgements. */
const MAX_SENDS_IN_FLIGHT = 32;
/** Steps a client may have waiting before the driver pauses (one slow client must not stall the rest). */
const MAX_QUEUED_STEPS = 20;
/** In Connection.asked: the room was named in the Login, not asked by a JoinRoom. */
const LOGIN = -1;

/** History page size the client asks for (the server caps it at Limits.max_history_fetch). */
const PAGE_LIMIT = 500;
/** Send errors after which the message is given up: it was refused for good, not stored. */
const FINAL_REFUSALS = new Set([
  "no_such_user",
  "not_in_room",
  "no_such_room",
  "bad_request",
  "message_too_long",
]);

/** A client-side failure that ends the current connection attempt; the actor reconnects. */
export class ConnectionLostError extends Error {
  override name = "ConnectionLostError";
}

/** A reply that did not arrive within REPLY_TIMEOUT_MS. */
export class NoReplyError extends Error {
  override name = "NoReplyError";
}

/** The server refused a request a correct client makes only when it should succeed. */
export class UnexpectedRefusalError extends Error {
  override name = "UnexpectedRefusalError";
}

/** What the harness shares with its clients. */
export interface ActorContext {
  server: ChaosTarget;
  obs: Observations;
  trace: Trace;
  nextConnectionId(): number;
  /** What the run exercised, for its summary line. */
  coverage: Coverage;
}

/** Counts of the paths a run went through, so a passing run shows it tested something. */
export interface Coverage {
  /** FetchHistory pages requested to catch up to Joined.last_seq. */
  pages: number;
  /** SendMessages written again with the same client_msg_id (resends and double sends). */
  resends: number;
  /** Replies to a resend naming a message already seen: de-duplication at work. */
  replays: number;
}

type Pending =
  | { type: "hello" | "register" | "login" | "auth" | "quit" | "ping" | "leave"; room?: string }
  | { type: "join"; room: string }
  | { type: "page"; room: string }
  /** `record`: keep the page as a (partial) read for the checker. */
  | { type: "fetch"; conversation: string; record: boolean }
  | { type: "send"; clientMsgId: string; conversation: string; room?: string };

/** A room segment in progress, and where its history stands. */
interface LiveSegment {
  seg: Segment;
  phase: "history" | "paging" | "live";
}

interface Waiter {
  ready(): boolean;
  resolve(): void;
  reject(error: Error): void;
}

/** A message the user wrote that the server has not confirmed yet. */
interface Unconfirmed {
  room?: string;
  to?: string;
  text: string;
  /** The connection it is in flight on, if any. */
  inFlightOn?: number;
  /** SendMessages written for it so far. */
  writes: number;
}

/** One TCP connection of the actor, with its request bookkeeping and active room segments. */
class Connection {
  readonly pending = new Map<number, Pending & { done?: (e: DecodedEnvelope) => void }>();
  readonly segments = new Map<string, LiveSegment>();
  /**
   * Rooms this connection asked to join whose Joined has not come yet, with the JoinRoom's request
   * id, or LOGIN for a room named in the Login (its Joined answers the Login or its AuthResponse).
   */
  readonly asked = new Map<string, number>();
  /**
   * Rooms the server joined this session to without its asking (those of an earlier session of the
   * account it still counts as another client): left at once, and joined again with a resume if the
   * client is in them; what they bring meanwhile is not part of this client's views.
   */
  readonly unasked = new Set<string>();
  readonly waiters = new Set<Waiter>();
  nextRequestId = 1;
  closed = false;
  ending: "quit" | "drop" | undefined;
  /** A Kicked frame arrived: the server closes the session on an operator's order. */
  kicked = false;
  /** LoggedIn arrived: from here on every request is served as logged in. */
  loggedIn = false;
  lastServerError = "";
  sendsInFlight = 0;

  constructor(
    readonly id: number,
    readonly client: ProtocolClient,
    readonly generation: number,
  ) {}

  /** Writes a request; its reply is routed by request id in the actor's handler. */
  request(envelope: Envelope, pending: Pending, done?: (e: DecodedEnvelope) => void): number {
    const requestId = this.nextRequestId++;
    this.pending.set(requestId, { ...pending, done });
    this.client.send({ ...envelope, requestId });
    return requestId;
  }

  /** Resolves once `ready()` holds after some frame; rejects if the connection closes or time runs out. */
  until(ready: () => boolean, what: string): Promise<void> {
    if (ready()) return Promise.resolve();
    if (this.closed) return Promise.reject(new ConnectionLostError(`closed while waiting for ${what}`));
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        reject(new NoReplyError(`no ${what} within ${REPLY_TIMEOUT_MS} ms on connection ${this.id}`));
      }, REPLY_TIMEOUT_MS);
      const waiter: Waiter = {
        ready,
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      };
      this.waiters.add(waiter);
    });
  }

  /** Sends a request and waits for its (first) reply frame. */
  async call(envelope: Envelope, pending: Pending, what: string): Promise<DecodedEnvelope> {
    let reply: DecodedEnvelope | undefined;
    this.request(envelope, pending, (e) => {
      reply = e;
    });
    await this.until(() => reply !== undefined, what);
    return reply!;
  }

  wake(): void {
    for (const waiter of this.waiters) {
      if (waiter.ready()) {
        this.waiters.delete(waiter);
        waiter.resolve();
      }
    }
  }
}

/**
 * A client actor runs its steps one after another (the schedule's order), while its connection's
 * frames are handled as they arrive, in wire order, in one listener: replies and events are never
 * reordered, which the view checks depend on.
 */
/** Every actor's password: each has its own account, so its direct messages outlive its sessions. */
const PASSWORD = "chaos password";

export class ClientActor {
  private conn: Connection | undefined;
  /** The actor's account exists (registered on its first connection). */
  private registered = false;
  /** Rooms the user means to be in; Login resumes all of them. */
  private readonly rooms = new Set<string>();
  /** Per room, the newest seq held with nothing missing below it. */
  private readonly resumeFrom = new Map<string, number>();
  /** Messages not yet confirmed, by client_msg_id, in the order written. */
  private readonly unconfirmed = new Map<string, Unconfirmed>();
  private readonly queue: Step[] = [];
  private queueWaiter: (() => void) | undefined;
  private running: Promise<void> | undefined;
  private failure: Error | undefined;

  constructor(
    readonly nick: string,
    private readonly ctx: ActorContext,
  ) {}

  /** Queues a step; resolves when the queue is short again, so the driver cannot run far ahead. */
  async enqueue(step: Step): Promise<void> {
    if (this.failure) throw this.failure;
    this.queue.push(step);
    this.running ??= this.drain().finally(() => {
      this.running = undefined;
    });
    while (this.queue.length > MAX_QUEUED_STEPS) {
      await new Promise<void>((resolve) => {
        this.queueWaiter = resolve;
      });
    }
  }

  /** Resolves when every queued step has been performed. */
  async idle(): Promise<void> {
    await this.running;
    if (this.failure) throw this.failure;
  }

  private async drain(): Promise<void> {
    while (this.queue.length) {
      const step = this.queue[0]!;
      try {
        await this.perform(step);
      } catch (error) {
        if (error instanceof NoReplyError) {
          this.ctx.obs.incidents.push(`${this.nick} at step ${step.index}: ${error.message}`);
          if (this.conn) this.drop(this.conn);
        } else if (!(error instanceof ConnectionLostError)) {
          this.failure = error as Error;
          this.queue.length = 0;
          this.queueWaiter?.();
          return;
        }
      }
      this.queue.shift();
      this.queueWaiter?.();
    }
  }

  /** Connected, and not being closed by us (the close event of a destroyed socket comes later). */
  private get online(): boolean {
    return this.conn !== undefined && !this.conn.closed && this.conn.ending === undefined;
  }

  private async perform(step: Step): Promise<void> {
    if (step.kind !== "client") return;
    const action = step.action;
    if (action.type === "connect") {
      await this.connect(action.pipelineResends);
      return;
    }
    if (step.offline) {
      // Deliberately offline: the user still joins, leaves and writes; it all goes out on connect.
      if (action.type === "join") this.rooms.add(action.room);
      else if (action.type === "leave") this.rooms.delete(action.room);
      else if (action.type === "send")
        this.unconfirmed.set(action.clientMsgId, { room: action.room, text: action.text, writes: 0 });
      return;
    }
    if (!this.online) await this.connect(false); // the server was killed under us
    const c = this.conn!;
    switch (action.type) {
      case "send":
      case "send-twice":
        await c.until(() => c.sendsInFlight < MAX_SENDS_IN_FLIGHT, "acknowledgements");
        this.unconfirmed.set(action.clientMsgId, { room: action.room, text: action.text, writes: 0 });
        this.transmit(c, action.clientMsgId);
        if (action.type === "send-twice") this.transmit(c, action.clientMsgId);
        return;
      case "send-direct":
        this.unconfirmed.set(action.clientMsgId, { to: action.to, text: action.text, writes: 0 });
        this.transmit(c, action.clientMsgId);
        return;
      case "send-quit":
        this.unconfirmed.set(action.clientMsgId, { room: action.room, text: action.text, writes: 0 });
        this.transmit(c, action.clientMsgId);
        c.ending = "quit";
        c.request({ quit: { reason: "bye" } }, { type: "quit" });
        await c.until(() => c.closed, "close after Quit");
        return;
      case "send-drop":
        this.unconfirmed.set(action.clientMsgId, { room: action.room, text: action.text, writes: 0 });
        this.transmit(c, action.clientMsgId);
        this.drop(c);
        return;
      case "drop":
        this.drop(c);
        return;
      case "join":
        this.rooms.add(action.room);
        await this.join(c, action.room);
        return;
      case "leave": {
        this.rooms.delete(action.room);
        const reply = await c.call(
          { leaveRoom: { room: action.room } },
          { type: "leave", room: action.room },
          "Ok to LeaveRoom",
        );
        if (reply.body === "error")
          throw new UnexpectedRefusalError(
            `LeaveRoom ${action.room}: ${errorCodeName(reply.error?.code ?? 0)}`,
          );
        return;
      }
      case "fetch": {
        const afterSeq = Math.max(0, (this.resumeFrom.get(action.room) ?? 0) - 10);
        const pending: Pending = { type: "fetch", conversation: action.room, record: true };
        await c.call(
          { fetchHistory: { room: action.room, afterSeq, limit: 20 } },
          pending,
          "History for FetchHistory",
        );
        return;
      }
    }
  }

  private drop(c: Connection): void {
    c.ending = "drop";
    c.client.conn.destroy();
  }

  /** Writes one SendMessage for an unconfirmed message and records it. */
  private transmit(c: Connection, clientMsgId: string): void {
    const m = this.unconfirmed.get(clientMsgId)!;
    const conversation = m.room ?? directConversation(this.nick, m.to!);
    const target = m.room ? { room: m.room } : { toNick: m.to };
    c.request(
      { sendMessage: { ...target, text: m.text, clientMsgId } },
      { type: "send", clientMsgId, conversation, room: m.room },
    );
    c.sendsInFlight++;
    m.inFlightOn = c.id;
    if (++m.writes > 1) this.ctx.coverage.resends++;
    this.ctx.obs.sent.push({ client: this.nick, connection: c.id, clientMsgId, conversation, text: m.text });
  }

  /** Resends every unconfirmed message not already in flight here, for rooms the client is in. */
  /** Writes the unconfirmed messages not yet written on `c`, at most `limit` of them. */
  private resend(c: Connection, limit = Number.POSITIVE_INFINITY): void {
    let sent = 0;
    for (const [id, m] of this.unconfirmed) {
      if (sent >= limit) return;
      if (m.inFlightOn === c.id) continue;
      if (m.room && !this.rooms.has(m.room)) continue;
      this.transmit(c, id);
      sent++;
    }
  }

  private async join(c: Connection, room: string): Promise<void> {
    const since = this.resumeFrom.get(room) ?? 0;
    // Marked asked before the write, so a Joined is matched to this request by its request id.
    c.asked.set(room, c.nextRequestId);
    c.request({ joinRoom: { room, resume: true, sinceSeq: since } }, { type: "join", room });
    await c.until(() => c.segments.get(room)?.phase === "live", `History of ${room}`);
  }

  /**
   * Connects, says Hello, logs in resuming every room, and resends what is unconfirmed: either in the
   * same write as Login, or after the History has shown which of them were stored. Retries until the
   * server is up and the old session's nick is free.
   */
  async connect(pipelineResends: boolean): Promise<void> {
    if (this.online) return;
    for (let attempt = 0; ; attempt++) {
      const { port, generation } = await this.ctx.server.endpoint();
      let client: ProtocolClient;
      try {
        client = await ProtocolClient.connect({ port, requestTimeoutMs: REPLY_TIMEOUT_MS });
      } catch {
        // Refused: the server is being killed or restarted; wait for it (endpoint() does) and retry.
        await backOff(attempt);
        continue;
      }
      const c = this.attach(client, generation);
      try {
        await c.call(
          { hello: { protocolVersion: PROTOCOL_VERSION, clientName: "chaos", clientVersion: "1" } },
          { type: "hello" },
          "Welcome",
        );
        if (!this.registered) {
          const reply = await c.call(
            { register: { nick: this.nick, password: PASSWORD } },
            { type: "register" },
            "registration",
          );
          const code = reply.error ? errorCodeName(reply.error.code ?? 0) : "";
          // Registered before a kill that lost the Ok: the account is there all the same.
          if (code && code !== "nick_registered")
            throw new UnexpectedRefusalError(`Register as ${this.nick}: ${code}`);
          this.registered = true;
        }
        for (let tries = 0; ; tries++) {
          const rooms: parley.v1.IJoinRoom[] = [...this.rooms].map((room) => ({
            room,
            resume: true,
            sinceSeq: this.resumeFrom.get(room) ?? 0,
          }));
          for (const { room } of rooms) c.asked.set(room!, LOGIN);
          const scram = new ScramClient(this.nick, PASSWORD);
          const challenge = await c.call(
            { login: { nick: this.nick, rooms, scramClientFirst: scram.clientFirst() } },
            { type: "login" },
            "AuthChallenge",
          );
          let reply: DecodedEnvelope | undefined = challenge.authChallenge ? undefined : challenge;
          if (challenge.authChallenge) {
            const clientFinal = scram.clientFinal(challenge.authChallenge.serverFirst ?? "");
            c.request({ authResponse: { clientFinal } }, { type: "auth" }, (e) => {
              reply = e;
            });
            // A right proof logs in at once, so what follows it in the same write is served.
            // Only with the first Login: after a refusal they would only be refused again.
            if (pipelineResends && tries === 0) this.resend(c, PIPELINED_RESENDS);
            await c.until(() => reply !== undefined, "LoggedIn");
            if (reply!.body === "loggedIn") scram.verifyServer(reply!.loggedIn?.scramServerFinal ?? "");
          }
          if (reply!.body === "loggedIn") break;
          const code = errorCodeName(reply!.error?.code ?? 0);
          // Refused for good on this connection (the server is shutting down): connect again.
          if (reply!.error?.fatal) throw new ConnectionLostError(`Login refused: ${code}`);
          // The server has not yet noticed that our previous connection is gone (in a cluster: the
          // node that held it has not yet been mourned).
          if (code !== "nick_in_use" || attempt + tries > 100)
            throw new UnexpectedRefusalError(`Login as ${this.nick}: ${code}`);
          // A connection refused again and again would be cut for it: start a fresh one.
          if (tries >= LOGIN_TRIES_PER_CONNECTION) throw new ConnectionLostError("nick still in use");
          await backOff(tries);
        }
        this.conn = c;
        this.ctx.trace.add(`${this.nick} connection ${c.id} logged in, rooms ${[...this.rooms].join(" ")}`);
        await c.until(
          () => [...this.rooms].every((r) => c.segments.get(r)?.phase === "live"),
          "resumed History",
        );
        this.resend(c);
        return;
      } catch (error) {
        if (error instanceof NoReplyError) this.ctx.obs.incidents.push(`${this.nick}: ${error.message}`);
        else if (!(error instanceof ConnectionLostError)) throw error;
        c.ending ??= "drop";
        c.client.conn.destroy();
        await backOff(attempt);
      }
    }
  }

  /** Final catch-up: be online, in every room, with nothing unconfirmed and nothing in flight. */
  async settle(allRooms: readonly string[]): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      try {
        await this.connect(false);
        const c = this.conn!;
        for (const room of allRooms) {
          if (this.rooms.has(room)) continue;
          this.rooms.add(room);
          await this.join(c, room);
        }
        this.resend(c);
        await c.until(() => c.sendsInFlight === 0, "acknowledgements of resent messages");
        // Direct messages to a peer that was offline were refused for good; nothing else may remain.
        for (const [id, m] of this.unconfirmed) {
          if (m.inFlightOn === undefined) this.unconfirmed.delete(id);
        }
        return;
      } catch (error) {
        if (!(error instanceof ConnectionLostError) || attempt > 5) throw error;
      }
    }
  }

  /** A Ping round trip: every frame the server wrote before answering it has been handled. */
  async roundTrip(): Promise<void> {
    const c = this.conn!;
    await c.call({ ping: { sentAtMs: Date.now() } }, { type: "ping" }, "Pong");
  }

  /** Reads a whole conversation with FetchHistory, page by page from seq 0. */
  async fetchAll(target: { room: string } | { withNick: string }): Promise<Entry[]> {
    const c = this.conn!;
    const conversation = "room" in target ? target.room : directConversation(this.nick, target.withNick);
    const entries: Entry[] = [];
    for (;;) {
      const afterSeq = entries.length ? entries[entries.length - 1]!.seq : 0;
      const pending: Pending = { type: "fetch", conversation, record: false };
      const reply = await c.call(
        { fetchHistory: { ...target, afterSeq, limit: PAGE_LIMIT } },
        pending,
        "History for FetchHistory",
      );
      if (reply.body !== "history")
        throw new UnexpectedRefusalError(
          `FetchHistory ${conversation}: ${errorCodeName(reply.error?.code ?? 0)}`,
        );
      const page = (reply.history?.messages ?? []).map(toEntry);
      entries.push(...page);
      if (!reply.history?.hasMore || page.length === 0) break;
    }
    this.ctx.obs.fetches.push({ client: this.nick, conversation, entries, complete: true });
    return entries;
  }

  /** Ends the run for this client: marks what is still open and closes the socket. */
  finish(): void {
    const c = this.conn;
    if (!c || c.closed) return;
    for (const { seg } of c.segments.values()) seg.open = true;
    this.ctx.obs.connections.push({ id: c.id, client: this.nick, end: "open" });
    c.ending = "drop";
    c.closed = true;
    c.client.conn.destroy();
  }

  private attach(client: ProtocolClient, generation: number): Connection {
    const c = new Connection(this.ctx.nextConnectionId(), client, generation);
    client.onEvent((e) => {
      try {
        this.handle(c, e);
      } catch (error) {
        this.ctx.obs.incidents.push(
          `${this.nick}: cannot handle a ${e.body} frame: ${(error as Error).message}`,
        );
      }
      c.wake();
    });
    client.closed.then(() => this.detach(c));
    return c;
  }

  private detach(c: Connection): void {
    if (c.closed) return; // finish() already recorded it
    c.closed = true;
    const end =
      c.ending === "drop"
        ? "drop"
        : this.ctx.server.wasKilled(c.generation)
          ? "killed"
          : this.ctx.server.isShuttingDown(c.generation)
            ? "shutdown"
            : c.kicked
              ? "kicked"
              : c.ending === "quit"
                ? "quit"
                : "server-closed";
    this.ctx.obs.connections.push({
      id: c.id,
      client: this.nick,
      end,
      detail: c.lastServerError || undefined,
    });
    for (const [room, live] of c.segments) this.endSegment(c, room, live);
    for (const m of this.unconfirmed.values()) if (m.inFlightOn === c.id) m.inFlightOn = undefined;
    this.ctx.trace.add(`${this.nick} connection ${c.id} closed (${end})`);
    for (const waiter of c.waiters) {
      if (waiter.ready()) waiter.resolve();
      else waiter.reject(new ConnectionLostError(`connection ${c.id} closed`));
    }
    c.waiters.clear();
  }

  private endSegment(c: Connection, room: string, live: LiveSegment): void {
    c.segments.delete(room);
    this.resumeFrom.set(room, resumePointAfter(live.seg));
  }

  /** Every frame, in wire order. */
  private handle(c: Connection, e: DecodedEnvelope): void {
    const pending = e.requestId ? c.pending.get(e.requestId) : undefined;
    switch (e.body) {
      case "ping":
        return; // The protocol client has answered it already.
      case "joined":
        // Matched to its request by id (onJoined); a Login's Joined and History follow the LoggedIn.
        this.onJoined(c, e.joined!, e.requestId);
        c.pending.delete(e.requestId);
        pending?.done?.(e);
        return;
      case "history":
        if (pending?.type === "page") this.onPage(c, pending.room, e.history!);
        else if (pending?.type === "fetch") {
          const entries = (e.history?.messages ?? []).map(toEntry);
          if (pending.record) {
            this.ctx.obs.fetches.push({
              client: this.nick,
              conversation: pending.conversation,
              entries,
              complete: false,
            });
          }
        } else this.onFirstHistory(c, e.history!);
        c.pending.delete(e.requestId);
        pending?.done?.(e);
        return;
      case "message":
        if (pending?.type === "send") this.onAck(c, pending, e.message!);
        else this.onLive(c, e.message!);
        c.pending.delete(e.requestId);
        return;
      case "error": {
        const code = errorCodeName(e.error?.code ?? 0);
        if (!pending) {
          c.lastServerError = `${code}: ${e.error?.message ?? ""}`;
          this.ctx.trace.add(`${this.nick} connection ${c.id} got Error ${c.lastServerError}`);
          return;
        }
        // Replies come in request order, so one after LoggedIn answers a request the session got
        // logged in (a resend pipelined behind a refused Login is answered before a later LoggedIn).
        if (code === "not_logged_in" && c.loggedIn)
          this.ctx.obs.incidents.push(
            `${this.nick} connection ${c.id}: ${pending.type} refused NOT_LOGGED_IN after LoggedIn`,
          );
        if (pending.type === "send") this.onRefused(c, pending, code);
        else this.ctx.trace.add(`${this.nick} ${pending.type} refused: ${code}`);
        c.pending.delete(e.requestId);
        pending.done?.(e);
        return;
      }
      case "ok":
        if (pending?.type === "leave") {
          const live = c.segments.get(pending.room!);
          if (live) this.endSegment(c, pending.room!, live);
        }
        c.pending.delete(e.requestId);
        pending?.done?.(e);
        return;
      case "kicked":
        c.kicked = true;
        return;
      case "loggedIn":
        c.loggedIn = true;
        c.pending.delete(e.requestId);
        pending?.done?.(e);
        return;
      case "welcome":
      case "authChallenge":
      case "pong":
        c.pending.delete(e.requestId);
        pending?.done?.(e);
        return;
      default:
        return; // presence, notices, topics: not part of the delivery promises checked here
    }
  }

  private onJoined(c: Connection, joined: parley.v1.IJoined, requestId: number): void {
    const room = joined.room ?? "";
    const asker = c.asked.get(room);
    if (asker !== undefined && asker !== LOGIN && asker !== requestId) {
      // The Login's own join of a room the account's other client is in, while our JoinRoom of it
      // is on its way: that JoinRoom's Joined and History (from our resume point) follow.
      c.unasked.add(room);
      this.ctx.trace.add(`${this.nick} connection ${c.id} joined ${room} unasked while joining it`);
      return;
    }
    if (!c.asked.delete(room)) {
      c.unasked.add(room);
      this.ctx.trace.add(`${this.nick} connection ${c.id} joined ${room} unasked; leaving it`);
      c.request({ leaveRoom: { room } }, { type: "leave", room });
      if (this.rooms.has(room)) void this.join(c, room).catch(() => {});
      return;
    }
    c.unasked.delete(room);
    const previous = c.segments.get(room);
    if (previous) this.endSegment(c, room, previous);
    const seg: Segment = {
      client: this.nick,
      connection: c.id,
      room,
      resumeFrom: this.resumeFrom.get(room) ?? 0,
      lastSeq: Number(joined.lastSeq ?? 0),
      history: [],
      historyComplete: false,
      live: [],
      open: false,
    };
    this.ctx.obs.segments.push(seg);
    c.segments.set(room, { seg, phase: "history" });
  }

  private onFirstHistory(c: Connection, history: parley.v1.IHistory): void {
    const live = c.segments.get(history.room ?? "");
    if (live?.phase !== "history" && c.unasked.has(history.room ?? "")) return;
    if (live?.phase !== "history") {
      this.ctx.obs.incidents.push(
        `${this.nick} connection ${c.id}: a History for ${history.room} nobody asked for`,
      );
      return;
    }
    const entries = (history.messages ?? []).map(toEntry);
    live.seg.history.push(...entries);
    this.confirmFromView(entries);
    this.continueHistory(c, live, !!history.hasMore);
  }

  /** A page of catch-up: keep what is at or below Joined.last_seq (anything newer arrives live). */
  private onPage(c: Connection, room: string, history: parley.v1.IHistory): void {
    const live = c.segments.get(room);
    if (live?.phase !== "paging") return;
    const entries = (history.messages ?? []).map(toEntry);
    const kept = entries.filter((e) => e.seq <= live.seg.lastSeq);
    live.seg.history.push(...kept);
    this.confirmFromView(kept);
    this.continueHistory(c, live, !!history.hasMore && kept.length === entries.length && kept.length > 0);
  }

  private continueHistory(c: Connection, live: LiveSegment, more: boolean): void {
    const { seg } = live;
    const last = seg.history.length ? seg.history[seg.history.length - 1]!.seq : seg.resumeFrom;
    if (more && last < seg.lastSeq) {
      live.phase = "paging";
      this.ctx.coverage.pages++;
      c.request(
        { fetchHistory: { room: seg.room, afterSeq: last, limit: PAGE_LIMIT } },
        { type: "page", room: seg.room },
      );
      return;
    }
    live.phase = "live";
    seg.historyComplete = true;
  }

  private onLive(c: Connection, message: parley.v1.IChatMessage): void {
    const entry = toEntry(message);
    if (message.room) {
      const live = c.segments.get(message.room);
      if (!live && c.unasked.has(message.room)) return;
      if (!live) {
        this.ctx.obs.incidents.push(
          `${this.nick} connection ${c.id}: live ${message.room} #${entry.seq} while not in the room`,
        );
        return;
      }
      live.seg.live.push(entry);
      this.confirmFromView([entry]);
      return;
    }
    // Our own message comes live too when another session of our account sent it (a resend on a
    // connection the server had not yet seen drop): its conversation is with the recipient.
    const peer = entry.from === this.nick ? (message.toNick ?? "") : entry.from;
    const conversation = directConversation(this.nick, peer);
    this.ctx.obs.directLive.push({ client: this.nick, connection: c.id, conversation, entry });
  }

  /**
   * The stored copy of our own message. It belongs to the room view when it is new (above everything
   * seen in the segment); a resend's reply that names a message already seen is only an acknowledgement.
   */
  private onAck(c: Connection, pending: Pending & { type: "send" }, message: parley.v1.IChatMessage): void {
    const entry = toEntry(message);
    this.recordOutcome(c, pending, { seq: entry.seq });
    this.unconfirmed.delete(pending.clientMsgId);
    if (!pending.room) return;
    const live = c.segments.get(pending.room);
    if (!live) return; // sent, then left the room before the commit
    const seg = live.seg;
    const seen = Math.max(
      seg.lastSeq,
      seg.resumeFrom,
      seg.history.length ? seg.history[seg.history.length - 1]!.seq : 0,
      seg.live.length ? seg.live[seg.live.length - 1]!.seq : 0,
    );
    if (entry.seq > seen) seg.live.push(entry);
    else this.ctx.coverage.replays++;
  }

  private onRefused(c: Connection, pending: Pending & { type: "send" }, code: string): void {
    this.recordOutcome(c, pending, { error: code });
    const m = this.unconfirmed.get(pending.clientMsgId);
    if (!m) return;
    if (FINAL_REFUSALS.has(code)) this.unconfirmed.delete(pending.clientMsgId);
    else m.inFlightOn = undefined;
  }

  /** A send has its answer (stored with `seq`, or refused with `error`): one fewer in flight, outcome kept. */
  private recordOutcome(
    c: Connection,
    pending: Pending & { type: "send" },
    result: { seq: number } | { error: string },
  ): void {
    c.sendsInFlight--;
    this.ctx.obs.outcomes.push({
      client: this.nick,
      connection: c.id,
      clientMsgId: pending.clientMsgId,
      conversation: pending.conversation,
      ...result,
    });
  }

  /** Our own messages found in a History or live: stored, so confirmed without an acknowledgement. */
  private confirmFromView(entries: Entry[]): void {
    for (const e of entries) {
      if (e.from !== this.nick) continue;
      const m = this.unconfirmed.get(e.clientMsgId);
      if (m && m.inFlightOn === undefined) this.unconfirmed.delete(e.clientMsgId);
    }
  }
}

function toEntry(m: parley.v1.IChatMessage): Entry {
  return {
    seq: Number(m.seq ?? 0),
    from: m.fromNick ?? "",
    clientMsgId: m.clientMsgId ?? "",
    text: m.text ?? "",
  };
}

/** Retry pacing while the server restarts or frees a nick: 10 ms, 20 ms, ... up to 200 ms. */
/** Logins refused NICK_IN_USE on one connection before it is replaced (the server cuts at 20 refusals). */
const LOGIN_TRIES_PER_CONNECTION = 8;
/**
 * Resends written in the same write as Login; the rest follow the History. A refused Login refuses
 * them too, and with the Login retries they must stay under the server's 20 refusals in a row.
 */
const PIPELINED_RESENDS = 8;

function backOff(attempt: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.min(200, 10 * (attempt + 1))));
}
