// One chat session in the browser over many WebSocket connections: log in resuming every room and
// conversation from its ResumePoints (no gap, no duplicate), send typed lines from an outbox that
// survives reconnects (same client id, stored once), reconnect with back-off — or, after a kick or a
// ban, not before it ends — and report everything as SessionEvents.
import {
  type ChatMessage,
  connectWebSocket,
  type DecodedEnvelope,
  type Envelope,
  ErrorCode,
  type JoinRoom,
  type LoginResult,
  logInResuming,
  MessageKind,
  type ResumeNote,
  ResumePoints,
  ServerError,
  TokenBucket,
  type WebSocketClient,
  type WebSocketConstructor,
} from "@parley/protocol/browser";
import { type Backoff, DEFAULT_BACKOFF, retryDelayMs } from "./backoff";
import type { SessionEvent, Status, Target } from "./events";

export interface SessionOptions {
  /** The server's WebSocket endpoint, ws(s)://host:port/ws. */
  url: string;
  nick: string;
  clientVersion: string;
  /** Messages loaded per page: on joining, opening a conversation, scrolling back (default 50). */
  historyLimit?: number;
  backoff?: Backoff;
  /** How often to ping, in ms (default 15 s); a ping unanswered for two intervals drops the connection. */
  pingIntervalMs?: number;
  /** Time a request waits for its reply, in ms (default 10 s). */
  requestTimeoutMs?: number;
  /** The WebSocket class (the browser's by default; Node tests pass the `ws` package's). */
  WebSocket?: WebSocketConstructor;
}

/** A line typed and not yet stored by the server. */
type Outgoing = { target: Target; text: string; action: boolean };

/** Tries with "_" appended while the nick is taken at login, this many times. */
const MAX_NICK_RETRIES = 3;
/** Shortest wait before resending a message refused for rate, in ms. */
const MIN_RETRY_MS = 50;
/** Margin after a ban ends before trying again, in ms, so the server's clock has passed it too. */
const AFTER_BAN_MS = 500;
/** Pause after a kick without a ban, long enough to read why, in ms. */
const AFTER_KICK_MS = 10_000;
/** Refusals that pass by themselves: the session keeps trying after them. */
const PASSING_REFUSALS: ReadonlySet<number> = new Set([
  ErrorCode.ERROR_CODE_SERVER_FULL,
  ErrorCode.ERROR_CODE_INTERNAL,
  ErrorCode.ERROR_CODE_SHUTTING_DOWN,
]);

export class WebSession {
  private readonly options: SessionOptions;
  private readonly historyLimit: number;
  private readonly listeners = new Set<(event: SessionEvent) => void>();
  /** Rooms and conversations with the newest seq seen in each; also holds our nick. */
  private readonly points: ResumePoints;
  /** Lines not yet stored, oldest first; resent after a reconnect with the same client id. */
  private readonly outbox = new Map<string, Outgoing>();
  /** Rooms asked for while offline: joined by the next login. */
  private readonly wanted = new Set<string>();
  /** Conversations with a page of older history in flight, so a held key asks once. */
  private readonly loadingOlder = new Set<string>();
  private readonly idPrefix = Math.random().toString(36).slice(2, 10);
  private nextMsgId = 1;
  private conn: WebSocketClient | null = null;
  private status: Status = { type: "connecting", attempt: 1 };
  private attempt = 0;
  private stopped = false;
  private everLoggedIn = false;
  private pumping = false;
  /** Paces sends like the server's own limit (Welcome.limits), so the outbox drains without refusals. */
  private pacer: TokenBucket | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private pingTimer: ReturnType<typeof setInterval> | null = null;
  private onlineWaiters: { resolve(conn: WebSocketClient): void; reject(error: Error): void }[] = [];

  constructor(options: SessionOptions) {
    this.options = options;
    this.historyLimit = options.historyLimit ?? 50;
    this.points = new ResumePoints(options.nick);
  }

  onEvent(listener: (event: SessionEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The logged-in connection, or null while offline. */
  get online(): WebSocketClient | null {
    return this.status.type === "online" ? this.conn : null;
  }

  get nick(): string {
    return this.points.nick;
  }

  /** Connects, and keeps reconnecting until `stop`. */
  start(): void {
    if (this.conn || this.retryTimer || this.stopped) return;
    void this.connect();
  }

  /** Queues a message: sent now, or after the reconnect. Returns its client id. */
  send(target: Target, text: string, action = false): string {
    const clientMsgId = `${this.idPrefix}-${this.nextMsgId++}`;
    this.outbox.set(clientMsgId, { target, text, action });
    this.emit({ type: "pending", target, clientMsgId, text, action, nick: this.points.nick });
    void this.pump();
    return clientMsgId;
  }

  join(room: string): void {
    const conn = this.online;
    if (!conn) {
      this.wanted.add(room);
      return;
    }
    this.requestOn(conn, { joinRoom: { room, historyLimit: this.historyLimit } }, { room }, (reply) => {
      this.points.observe(reply);
      this.emitJoined(reply, false);
    });
  }

  part(room: string): void {
    this.points.leave(room);
    const conn = this.online;
    if (!conn) {
      this.emit({ type: "left", room });
      return;
    }
    conn
      .request({ leaveRoom: { room } })
      .catch(() => {})
      .finally(() => this.emit({ type: "left", room }));
  }

  /** Opens a direct conversation: loads its recent history and follows it across reconnects. */
  openDirect(nick: string): void {
    if (!this.points.openDirect(nick)) return;
    const conn = this.online;
    if (conn) void this.fetchDirect(conn, nick, 0);
  }

  /** Loads the page of messages before `beforeSeq` (scrolling back past what is shown). */
  loadOlder(target: Target, beforeSeq: number): void {
    const conn = this.online;
    const key = "room" in target ? `#${target.room}` : `@${target.nick}`;
    if (!conn || this.loadingOlder.has(key)) return;
    this.loadingOlder.add(key);
    const query = "room" in target ? { room: target.room } : { withNick: target.nick };
    conn
      .request({ fetchHistory: { ...query, beforeSeq, limit: this.historyLimit } })
      .then((reply) => {
        this.points.observe(reply);
        const history = reply.history ?? {};
        this.emit({
          type: "history",
          target,
          messages: (history.messages ?? []) as ChatMessage[],
          fresh: false,
          olderAvailable: !!history.hasMore,
        });
      })
      .catch((error: unknown) => this.emit({ type: "error", text: describe(error), target }))
      .finally(() => this.loadingOlder.delete(key));
  }

  setTopic(room: string, topic: string): void {
    const conn = this.onlineOrSay();
    if (conn) this.requestOn(conn, { setTopic: { room, topic } }, { room });
  }

  setNick(nick: string): void {
    const conn = this.onlineOrSay();
    if (!conn) return;
    this.requestOn(conn, { setNick: { nick } }, undefined, () => {
      this.points.nick = nick;
      this.emit({ type: "nickChanged", nick });
    });
  }

  /** The logged-in connection for a file transfer: at once when online, else after the next login. */
  whenOnline(): Promise<WebSocketClient> {
    if (this.stopped) return Promise.reject(new Error("the session has ended"));
    const conn = this.online;
    if (conn) return Promise.resolve(conn);
    return new Promise((resolve, reject) => this.onlineWaiters.push({ resolve, reject }));
  }

  /** Says goodbye and stops reconnecting; resolves once the connection is closed. */
  async stop(reason = "leaving"): Promise<void> {
    this.stopped = true;
    this.clearTimers();
    for (const waiter of this.onlineWaiters.splice(0)) waiter.reject(new Error("the session has ended"));
    this.publish({ type: "closed", reason: "you left" });
    const conn = this.conn;
    this.conn = null;
    if (!conn) return;
    conn.send({ quit: { reason } });
    await conn.close();
  }

  private async connect(): Promise<void> {
    this.retryTimer = null;
    this.attempt++;
    this.publish({ type: "connecting", attempt: this.attempt });
    let conn: WebSocketClient;
    try {
      conn = await connectWebSocket(this.options.url, {
        WebSocket: this.options.WebSocket,
        requestTimeoutMs: this.options.requestTimeoutMs,
      });
    } catch (error) {
      this.scheduleReconnect(describe(error));
      return;
    }
    if (this.stopped) {
      conn.conn.destroy();
      return;
    }
    this.conn = conn;
    const unsubscribe = conn.onEvent((envelope) => this.onEnvelope(envelope));
    void conn.closed.then((info) => {
      unsubscribe();
      const reason = info.fatal?.message ?? info.error?.message ?? "the server closed the connection";
      this.onClosed(conn, reason, info.fatal?.retryAfterMs ?? 0);
    });
    try {
      await this.logIn(conn);
    } catch (error) {
      this.onLoginFailed(conn, error);
      return;
    }
    if (this.conn !== conn || this.stopped) return;
    this.attempt = 0;
    this.publish({ type: "online" });
    this.startPings(conn);
    this.onOnline(conn);
  }

  /**
   * Hello, then Login resuming every room we were in, with "_" added while the nick is taken. The
   * Login goes right behind the Hello (one round trip) unless it must name the server's default
   * room, which only the Welcome tells: on a first login with nothing to resume.
   */
  private async logIn(conn: WebSocketClient): Promise<void> {
    const greeting = conn.hello({ clientName: "parley-web", clientVersion: this.options.clientVersion });
    const resumed = this.points.loginRooms();
    const fresh = [...this.wanted].filter((room) => !this.points.has(room));
    const landing = !this.everLoggedIn && resumed.length === 0;
    const result = await logInResuming(greeting, {
      rooms: () => [...resumed, ...fresh.map((room) => ({ room, historyLimit: this.historyLimit }))],
      login: (rooms) => this.sendLogin(conn, rooms),
      awaitWelcome: landing,
      welcomed: (welcome) => {
        const limits = welcome.limits ?? {};
        const rate = limits.ratePerSecond ?? 0;
        this.pacer = rate > 0 ? new TokenBucket(rate, Math.max(1, limits.rateBurst ?? 1), Date.now()) : null;
        this.emit({
          type: "welcome",
          serverName: welcome.serverName ?? "",
          motd: this.everLoggedIn ? "" : (welcome.motd ?? ""),
          maxMessageChars: limits.maxMessageChars ?? 0,
          maxFileBytes: limits.maxFileBytes ?? 0,
        });
        const defaultRoom = welcome.defaultRoom ?? "";
        if (landing && defaultRoom && !fresh.includes(defaultRoom)) fresh.unshift(defaultRoom);
      },
      retry: (error, attempt) => {
        const taken = error instanceof ServerError && error.code === ErrorCode.ERROR_CODE_NICK_IN_USE;
        if (!taken || attempt >= MAX_NICK_RETRIES) return false;
        this.points.nick = `${this.points.nick}_`;
        return true;
      },
    });
    for (const room of fresh) this.wanted.delete(room);
    this.points.nick = result.nick;
    this.everLoggedIn = true;
    this.emit({ type: "loggedIn", nick: result.nick });
  }

  /** One Login with our nick, joining `rooms`. */
  private sendLogin(conn: WebSocketClient, rooms: JoinRoom[]): Promise<LoginResult> {
    return conn.login({
      clientName: "parley-web",
      clientVersion: this.options.clientVersion,
      nick: this.points.nick,
      rooms,
    });
  }

  private onLoginFailed(conn: WebSocketClient, error: unknown): void {
    if (error instanceof ServerError && error.code === ErrorCode.ERROR_CODE_BANNED) {
      this.banned(error.message, error.banUntilMs);
    } else if (error instanceof ServerError && !PASSING_REFUSALS.has(error.code)) {
      this.publish({ type: "closed", reason: error.message });
    }
    // Anything else (a lost connection, a timeout, a full server) reconnects from onClosed.
    if (this.status.type === "closed" || this.status.type === "banned") this.detach(conn);
    conn.conn.destroy();
  }

  /** Logged in: catch up on what waited for the connection. */
  private onOnline(conn: WebSocketClient): void {
    for (const room of [...this.wanted]) {
      this.wanted.delete(room);
      this.join(room);
    }
    for (const waiter of this.onlineWaiters.splice(0)) waiter.resolve(conn);
    void this.pump();
    for (const direct of this.points.directs) void this.fetchDirect(conn, direct.nick, direct.lastSeq);
  }

  /** Every envelope that is not a reply to one of our requests, in wire order. */
  private onEnvelope(envelope: DecodedEnvelope): void {
    const note = this.points.observe(envelope);
    switch (envelope.body) {
      case "message": {
        const message = envelope.message as ChatMessage;
        if (message.clientMsgId) this.outbox.delete(message.clientMsgId);
        this.emit({ type: "message", message });
        return;
      }
      case "joined":
        this.emitJoined(envelope, note?.type === "joined" && note.resumed);
        return;
      case "history":
        this.onHistory(envelope, note);
        return;
      case "presence":
        this.emit({ type: "presence", presence: envelope.presence! });
        return;
      case "topicChanged": {
        const t = envelope.topicChanged!;
        this.emit({ type: "topic", room: t.room ?? "", topic: t.topic ?? "", byNick: t.byNick ?? "" });
        return;
      }
      case "notice":
        this.emit({ type: "notice", text: envelope.notice?.text ?? "" });
        return;
      case "kicked": {
        const k = envelope.kicked!;
        const kick = { reason: k.reason ?? "", by: k.by ?? "", banUntilMs: k.banUntilMs ?? 0 };
        this.emit({ type: "kicked", ...kick });
        this.publish({ type: "kicked", ...kick });
        this.retryAt(kick.banUntilMs > 0 ? kick.banUntilMs + AFTER_BAN_MS : Date.now() + AFTER_KICK_MS);
        return;
      }
      case "error": {
        const error = ServerError.from(envelope);
        if (error.code === ErrorCode.ERROR_CODE_BANNED) this.banned(error.message, error.banUntilMs);
        // A fatal Error is the reason for the close that follows, which tells it.
        else if (!error.fatal) this.emit({ type: "error", text: error.message });
        return;
      }
      default:
        return;
    }
  }

  private onHistory(envelope: DecodedEnvelope, note: ResumeNote | undefined): void {
    const history = envelope.history!;
    const replay = note?.type === "history" && note.replay;
    const target: Target = history.room ? { room: history.room } : { nick: history.withNick ?? "" };
    this.emit({
      type: "history",
      target,
      messages: (history.messages ?? []) as ChatMessage[],
      fresh: replay,
      olderAvailable: replay ? undefined : !!history.hasMore,
    });
    const afterSeq = note?.type === "history" ? note.continueAfterSeq : undefined;
    const conn = this.online ?? this.conn;
    if (afterSeq && history.room && conn) void this.fetchRest(conn, history.room, afterSeq);
  }

  private emitJoined(envelope: DecodedEnvelope, resumed: boolean): void {
    const joined = envelope.joined ?? {};
    this.emit({
      type: "joined",
      room: joined.room ?? "",
      topic: joined.topic ?? "",
      members: (joined.members ?? []).map((m) => m.nick ?? ""),
      resumed,
    });
  }

  /** Pages forward through a room's resume replay after `afterSeq` until the server has no more. */
  private async fetchRest(conn: WebSocketClient, room: string, afterSeq: number): Promise<void> {
    this.points.catchUp(room, afterSeq);
    try {
      for (let cursor = afterSeq; ; ) {
        const reply = await conn.request({
          fetchHistory: { room, afterSeq: cursor, limit: this.historyLimit },
        });
        this.points.observe(reply);
        const history = reply.history ?? {};
        const messages = (history.messages ?? []) as ChatMessage[];
        this.emit({ type: "history", target: { room }, messages, fresh: true });
        const last = messages.at(-1)?.seq ?? cursor;
        if (!history.hasMore || last <= cursor) break;
        cursor = last;
        this.points.catchUp(room, cursor);
      }
      this.points.caughtUp(room);
    } catch (error) {
      // A lost connection resumes from the cursor reached; a refusal ends the catch-up.
      if (error instanceof ServerError) {
        this.points.caughtUp(room);
        this.emit({ type: "error", text: error.message, target: { room } });
      }
    }
  }

  /** A direct conversation: its newest page the first time, else every page after the resume point. */
  private async fetchDirect(conn: WebSocketClient, nick: string, afterSeq: number): Promise<void> {
    const resuming = afterSeq > 0;
    try {
      for (let cursor = afterSeq; ; ) {
        const query = resuming ? { afterSeq: cursor } : { beforeSeq: Number.MAX_SAFE_INTEGER };
        const reply = await conn.request({
          fetchHistory: { withNick: nick, ...query, limit: this.historyLimit },
        });
        this.points.observe(reply);
        const history = reply.history ?? {};
        const messages = (history.messages ?? []) as ChatMessage[];
        this.emit({
          type: "history",
          target: { nick },
          messages,
          fresh: resuming,
          olderAvailable: resuming ? undefined : !!history.hasMore,
        });
        const last = messages.at(-1)?.seq ?? cursor;
        if (!resuming || !history.hasMore || last <= cursor) return;
        cursor = last;
      }
    } catch (error) {
      if (error instanceof ServerError) this.emit({ type: "error", text: error.message, target: { nick } });
    }
  }

  /**
   * Sends the outbox in order while online, one message in flight, each after a token of the pacer.
   * Stops when the outbox is empty or the connection is gone; the next login starts it again.
   */
  private async pump(): Promise<void> {
    if (this.pumping) return;
    this.pumping = true;
    try {
      for (;;) {
        const conn = this.online;
        const next = this.outbox.keys().next();
        if (!conn || next.done) return;
        const waitMs = this.pacer?.take(Date.now()) ?? 0;
        const outcome = waitMs > 0 ? waitMs : await this.deliver(conn, next.value);
        if (outcome === "lost") return;
        if (outcome > 0) await new Promise((resolve) => setTimeout(resolve, outcome));
      }
    } finally {
      this.pumping = false;
    }
  }

  /** Sends one message: 0 when done with it, a wait in ms before retrying it, or "lost". */
  private async deliver(conn: WebSocketClient, clientMsgId: string): Promise<number | "lost"> {
    const outgoing = this.outbox.get(clientMsgId);
    if (!outgoing) return 0;
    const to = "room" in outgoing.target ? { room: outgoing.target.room } : { toNick: outgoing.target.nick };
    const kind = outgoing.action ? MessageKind.MESSAGE_KIND_ACTION : MessageKind.MESSAGE_KIND_TEXT;
    try {
      const reply = await conn.request({ sendMessage: { ...to, text: outgoing.text, clientMsgId, kind } });
      this.outbox.delete(clientMsgId);
      if (reply.message) {
        this.points.observe(reply);
        this.emit({ type: "message", message: reply.message as ChatMessage });
      }
      return 0;
    } catch (error) {
      // A lost or closing connection keeps the message for the resend after reconnecting.
      if (!(error instanceof ServerError) || error.fatal) return "lost";
      if (error.code === ErrorCode.ERROR_CODE_RATE_LIMITED) return Math.max(MIN_RETRY_MS, error.retryAfterMs);
      this.outbox.delete(clientMsgId);
      this.emit({ type: "sendFailed", clientMsgId, reason: error.message });
      return 0;
    }
  }

  /** Refused as banned: back after the ban ends, never for a permanent one. */
  private banned(reason: string, banUntilMs: number): void {
    this.publish({ type: "banned", reason, banUntilMs });
    if (banUntilMs > 0) this.retryAt(banUntilMs + AFTER_BAN_MS);
  }

  private detach(conn: WebSocketClient): void {
    if (this.conn !== conn) return;
    this.conn = null;
    this.clearPing();
  }

  private onClosed(conn: WebSocketClient, reason: string, notBeforeMs: number): void {
    if (this.conn !== conn) return;
    this.detach(conn);
    if (this.stopped) return;
    const type = this.status.type;
    // A kick, a ban or a refusal has its own timer (or none).
    if (type === "kicked" || type === "banned" || type === "closed") return;
    this.scheduleReconnect(reason, notBeforeMs);
  }

  private scheduleReconnect(reason: string, notBeforeMs = 0): void {
    if (this.stopped) return;
    const delayMs = retryDelayMs(
      Math.max(1, this.attempt),
      this.options.backoff ?? DEFAULT_BACKOFF,
      Math.random(),
    );
    const retryAtMs = Date.now() + Math.max(delayMs, notBeforeMs);
    this.publish({ type: "reconnecting", attempt: this.attempt + 1, retryAtMs, reason });
    this.retryAt(retryAtMs);
  }

  private retryAt(atMs: number): void {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => void this.connect(), Math.max(0, atMs - Date.now()));
  }

  private startPings(conn: WebSocketClient): void {
    this.clearPing();
    const intervalMs = this.options.pingIntervalMs ?? 15_000;
    this.pingTimer = setInterval(() => {
      // No answer in two intervals: the connection is dead even if the socket has not noticed.
      conn.request({ ping: { sentAtMs: Date.now() } }, intervalMs * 2).catch(() => {
        if (this.conn === conn) conn.conn.destroy();
      });
    }, intervalMs);
  }

  private clearPing(): void {
    if (this.pingTimer) clearInterval(this.pingTimer);
    this.pingTimer = null;
  }

  private clearTimers(): void {
    this.clearPing();
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
  }

  /** Sends a request; reports a refusal in `target`'s conversation, and hands a reply to `then`. */
  private requestOn(
    conn: WebSocketClient,
    request: Envelope,
    target: Target | undefined,
    then?: (reply: DecodedEnvelope) => void,
  ): void {
    conn
      .request(request)
      .then((reply) => then?.(reply))
      .catch((error: unknown) => this.emit({ type: "error", text: describe(error), target }));
  }

  private onlineOrSay(): WebSocketClient | null {
    const conn = this.online;
    if (!conn) this.emit({ type: "error", text: "Not connected; try again once the connection is back." });
    return conn;
  }

  private publish(status: Status): void {
    this.status = status;
    this.emit({ type: "status", status });
  }

  private emit(event: SessionEvent): void {
    for (const listener of this.listeners) listener(event);
  }
}

/** Words for a person about a failure. */
export function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
