// The chat client: one logical session over many TCP connections. Handshake and login, requests,
// lag pings, and reconnection with back-off that resumes every room from the last message seen.
import { randomUUID } from "node:crypto";
import {
  type ChatMessage,
  ConnectionClosedError,
  type DecodedEnvelope,
  MessageKind,
  PROTOCOL_VERSION,
  PresenceKind,
  ProtocolClient,
  ServerError,
} from "@parley/protocol";
import { type BackoffOptions, backoffDelayMs, DEFAULT_BACKOFF } from "./backoff.js";
import { describeConnectError, describeError } from "./errors.js";
import type { ClientEvent, Target } from "./events.js";
import type { Status } from "./status.js";

/** What the interface needs from a chat connection; the real client and test fakes implement it. */
export interface ChatConnection {
  /** Subscribes to everything the connection reports. Returns an unsubscribe function. */
  onEvent(listener: (event: ClientEvent) => void): () => void;
  /** Connects (and keeps reconnecting) until `quit`. */
  start(): void;
  /** Queues a message; it is sent now, or after the reconnect if offline. Returns its client id. */
  send(target: Target, text: string, action: boolean): string;
  join(room: string): void;
  part(room: string, reason: string): void;
  /** Opens a direct conversation: loads its recent history and resumes it after reconnects. */
  openDirect(nick: string): void;
  /** Loads messages older than `beforeSeq` (scrolling back past what is shown). */
  loadOlder(target: Target, beforeSeq: number): void;
  closeDirect(nick: string): void;
  setNick(nick: string): void;
  setTopic(room: string, topic: string): void;
  listRooms(): void;
  listMembers(room: string): void;
  /** Says goodbye to the server and stops reconnecting. Resolves when the socket is closed. */
  quit(reason: string): Promise<void>;
}

export interface ChatClientOptions {
  host: string;
  port: number;
  nick: string;
  clientVersion: string;
  /** Messages loaded when joining a room or opening a conversation. */
  historyLimit?: number;
  /** How often to measure lag, in ms. A ping unanswered for two intervals drops the connection. */
  pingIntervalMs?: number;
  backoff?: BackoffOptions;
  /** Time a request may wait for its reply, in ms. */
  requestTimeoutMs?: number;
}

type Outgoing = { target: Target; text: string; action: boolean };

/** Tries with "_" appended when the nick is taken at login, this many times. */
const MAX_NICK_RETRIES = 3;

export class ChatClient implements ChatConnection {
  private readonly options: Required<ChatClientOptions>;
  private readonly listeners = new Set<(event: ClientEvent) => void>();
  private conn: ProtocolClient | null = null;
  private status: Status = { type: "connecting", attempt: 1 };
  private nick: string;
  /** Rooms we are in, with the highest sequence number seen in each: the resume points. */
  private readonly rooms = new Map<string, number>();
  /** Open direct conversations (by lower-cased nick) with their peer's nick and resume point. */
  private readonly directs = new Map<string, { nick: string; lastSeq: number }>();
  /** Messages sent but not yet acknowledged; resent (same client id, stored once) after a reconnect. */
  private readonly outbox = new Map<string, Outgoing>();
  /** Rooms whose resume replay is still being paged in: the seq fetched so far. */
  private readonly catchingUp = new Map<string, number>();
  /** Rooms asked for with /join while offline: joined by the next login. */
  private readonly wanted = new Set<string>();
  /** Rooms in the Login being resumed: their Joined and History are a resume, not a first join. */
  private readonly resuming = new Set<string>();
  /** Rooms with a JoinRoom in flight: History events wait here until the Joined reply is handled. */
  private readonly joining = new Map<string, DecodedEnvelope[]>();
  /** Conversations with a page of older history in flight, so PgUp held down asks once. */
  private readonly loadingOlder = new Set<string>();
  private readonly idPrefix = randomUUID().slice(0, 8);
  private nextMsgId = 1;
  private attempt = 0;
  private stopped = false;
  private retryTimer: NodeJS.Timeout | null = null;
  private pingTimer: NodeJS.Timeout | null = null;
  private everLoggedIn = false;
  /** File transfers waiting for the next login (see whenOnline). */
  private onlineWaiters: { resolve(conn: ProtocolClient): void; reject(error: Error): void }[] = [];

  constructor(options: ChatClientOptions) {
    this.options = {
      historyLimit: 100,
      pingIntervalMs: 5000,
      backoff: DEFAULT_BACKOFF,
      requestTimeoutMs: 10_000,
      ...options,
    };
    this.nick = options.nick;
  }

  onEvent(listener: (event: ClientEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  start(): void {
    if (this.conn || this.retryTimer || this.stopped) return;
    void this.connect();
  }

  send(target: Target, text: string, action: boolean): string {
    const clientMsgId = `${this.idPrefix}-${this.nextMsgId++}`;
    this.outbox.set(clientMsgId, { target, text, action });
    if (this.status.type === "online") void this.deliver(clientMsgId);
    return clientMsgId;
  }

  join(room: string): void {
    const conn = this.onlineConn(false);
    if (!conn) {
      // Offline: the next login joins it.
      this.wanted.add(room);
      this.emit({
        type: "info",
        text: `Not connected: #${room} will be joined once the connection is back.`,
      });
      return;
    }
    this.joining.set(room, []);
    conn
      .request({ joinRoom: { room, historyLimit: this.options.historyLimit } })
      .then((reply) => {
        const joined = reply.joined!;
        const name = joined.room || room;
        // Everything up to last_seq is either in the History that follows or older than we asked for.
        this.rooms.set(name, Math.max(this.rooms.get(name) ?? 0, joined.lastSeq ?? 0));
        this.emit({
          type: "joined",
          room: name,
          topic: joined.topic ?? "",
          members: joined.members ?? [],
          lastSeq: joined.lastSeq ?? 0,
          resumed: false,
        });
      })
      .catch((error: unknown) => this.emit({ type: "error", text: describeError(error, { room }) }))
      .finally(() => {
        const held = this.joining.get(room) ?? [];
        this.joining.delete(room);
        for (const envelope of held) this.handle(envelope);
      });
  }

  part(room: string, reason: string): void {
    const conn = this.onlineConn(false);
    this.rooms.delete(room);
    if (!conn) {
      this.emit({ type: "left", room });
      return;
    }
    conn
      .request({ leaveRoom: { room, reason } })
      .then(() => this.emit({ type: "left", room }))
      .catch((error: unknown) => {
        if (error instanceof ServerError && error.codeName === "not_in_room")
          this.emit({ type: "left", room });
        else this.emit({ type: "error", text: describeError(error, { room }) });
      });
  }

  openDirect(nick: string): void {
    const key = nick.toLowerCase();
    if (this.directs.has(key)) return;
    this.directs.set(key, { nick, lastSeq: 0 });
    if (this.status.type === "online") void this.fetchDirect(nick, 0, false);
  }

  loadOlder(target: Target, beforeSeq: number): void {
    const conn = this.onlineConn(false);
    const key = "room" in target ? `room:${target.room}` : `dm:${target.nick.toLowerCase()}`;
    if (!conn || this.loadingOlder.has(key)) return;
    this.loadingOlder.add(key);
    const query = "room" in target ? { room: target.room } : { withNick: target.nick };
    conn
      .request({ fetchHistory: { ...query, beforeSeq, limit: this.options.historyLimit } })
      .then((reply) =>
        this.emit({
          type: "history",
          target,
          messages: reply.history?.messages ?? [],
          fresh: false,
          olderAvailable: !!reply.history?.hasMore,
        }),
      )
      .catch((error: unknown) => this.emit({ type: "error", text: describeError(error), target }))
      .finally(() => this.loadingOlder.delete(key));
  }

  closeDirect(nick: string): void {
    this.directs.delete(nick.toLowerCase());
  }

  setNick(nick: string): void {
    const conn = this.onlineConn(false);
    if (!conn) {
      // Offline: the new nick is used for the next login, at once if we had given up.
      this.nick = nick;
      this.emit({ type: "nickChanged", nick });
      if (this.status.type === "closed" || this.status.type === "banned") this.reconnectNow();
      return;
    }
    conn
      .request({ setNick: { nick } })
      .then(() => {
        this.nick = nick;
        this.emit({ type: "nickChanged", nick });
      })
      .catch((error: unknown) => this.emit({ type: "error", text: describeError(error, { nick }) }));
  }

  setTopic(room: string, topic: string): void {
    this.onlineConn()
      ?.request({ setTopic: { room, topic } })
      .catch((error: unknown) =>
        this.emit({ type: "error", text: describeError(error, { room }), target: { room } }),
      );
  }

  listRooms(): void {
    this.onlineConn()
      ?.request({ listRooms: {} })
      .then((reply) => this.emit({ type: "roomList", rooms: reply.roomList?.rooms ?? [] }))
      .catch((error: unknown) => this.emit({ type: "error", text: describeError(error) }));
  }

  listMembers(room: string): void {
    this.onlineConn()
      ?.request({ listMembers: { room } })
      .then((reply) =>
        this.emit({
          type: "members",
          room: reply.memberList?.room || room,
          members: reply.memberList?.members ?? [],
        }),
      )
      .catch((error: unknown) => this.emit({ type: "error", text: describeError(error, { room }) }));
  }

  /**
   * The logged-in connection, for file transfers that share it: at once when online, else after
   * the next login. Rejects once the client has quit.
   */
  whenOnline(): Promise<ProtocolClient> {
    if (this.stopped) return Promise.reject(new ConnectionClosedError("the client has quit"));
    if (this.conn && this.status.type === "online") return Promise.resolve(this.conn);
    return new Promise((resolve, reject) => this.onlineWaiters.push({ resolve, reject }));
  }

  async quit(reason: string): Promise<void> {
    this.stopped = true;
    this.clearTimers();
    for (const waiter of this.onlineWaiters.splice(0))
      waiter.reject(new ConnectionClosedError("the client has quit"));
    const conn = this.conn;
    this.setStatus({ type: "closed", reason: "you quit" });
    if (!conn) return;
    conn.send({ quit: { reason } });
    await Promise.race([conn.close(), new Promise((resolve) => setTimeout(resolve, 1000).unref())]);
  }

  /** One connection attempt: connect, hello, login (resuming what we had), then live until it closes. */
  private async connect(): Promise<void> {
    this.retryTimer = null;
    this.attempt++;
    this.setStatus({ type: "connecting", attempt: this.attempt });
    let conn: ProtocolClient;
    try {
      conn = await ProtocolClient.connect({
        host: this.options.host,
        port: this.options.port,
        requestTimeoutMs: this.options.requestTimeoutMs,
      });
    } catch (error) {
      this.scheduleReconnect(describeConnectError(error));
      return;
    }
    if (this.stopped) {
      conn.conn.destroy();
      return;
    }
    this.conn = conn;
    const unsubscribe = conn.onEvent((envelope) => this.handle(envelope));
    void conn.closed.then((info) => {
      unsubscribe();
      this.onClosed(conn, info.error ? describeConnectError(info.error) : "connection closed");
    });
    try {
      const hello = await conn.request({
        hello: {
          protocolVersion: PROTOCOL_VERSION,
          clientName: "parley",
          clientVersion: this.options.clientVersion,
        },
      });
      const welcome = hello.welcome!;
      this.emit({
        type: "welcome",
        serverName: welcome.serverName ?? "",
        motd: this.everLoggedIn ? "" : (welcome.motd ?? ""),
        defaultRoom: welcome.defaultRoom ?? "",
        maxMessageChars: welcome.limits?.maxMessageChars ?? 0,
      });
      await this.login(conn, welcome.defaultRoom ?? "");
    } catch (error) {
      this.onLoginFailed(conn, error);
      return;
    }
    this.everLoggedIn = true;
    this.attempt = 0;
    this.setStatus({ type: "online" });
    this.startPings(conn);
    // Asked for while the login was already on its way: join them now.
    for (const room of [...this.wanted]) {
      this.wanted.delete(room);
      this.join(room);
    }
    for (const waiter of this.onlineWaiters.splice(0)) waiter.resolve(conn);
    for (const clientMsgId of this.outbox.keys()) void this.deliver(clientMsgId);
    for (const direct of this.directs.values())
      void this.fetchDirect(direct.nick, direct.lastSeq, direct.lastSeq > 0);
  }

  private async login(conn: ProtocolClient, defaultRoom: string): Promise<void> {
    const resumed = [...this.rooms].map(([room, seen]) => ({
      room,
      resume: true,
      sinceSeq: Math.min(seen, this.catchingUp.get(room) ?? seen),
    }));
    this.catchingUp.clear();
    this.resuming.clear();
    for (const { room } of resumed) this.resuming.add(room);
    // Rooms asked for while offline; on a first login they come on top of the default room.
    const fresh = [...this.wanted].filter((room) => !this.rooms.has(room));
    if (fresh.length > 0 && !this.everLoggedIn && defaultRoom && !fresh.includes(defaultRoom))
      fresh.unshift(defaultRoom);
    const rooms = [...resumed, ...fresh.map((room) => ({ room, historyLimit: this.options.historyLimit }))];
    for (let retry = 0; ; retry++) {
      try {
        const reply = await conn.request({ login: { nick: this.nick, rooms } });
        for (const room of fresh) this.wanted.delete(room);
        this.nick = reply.loggedIn?.nick || this.nick;
        this.emit({ type: "loggedIn", nick: this.nick });
        return;
      } catch (error) {
        if (!(error instanceof ServerError) || error.codeName !== "nick_in_use" || retry >= MAX_NICK_RETRIES)
          throw error;
        const taken = this.nick;
        this.nick = `${taken}_`;
        this.emit({ type: "info", text: `The nick ${taken} is in use; trying ${this.nick}.` });
      }
    }
  }

  private onLoginFailed(conn: ProtocolClient, error: unknown): void {
    if (error instanceof ServerError && error.codeName === "banned") {
      this.setBanned(error.message, error.banUntilMs);
    } else if (
      error instanceof ServerError &&
      error.codeName !== "server_full" &&
      error.codeName !== "internal"
    ) {
      // Retrying cannot fix a refused nick or protocol version; /nick can (see setNick).
      this.emit({ type: "error", text: describeError(error, { nick: this.nick }) });
      this.setStatus({ type: "closed", reason: describeError(error, { nick: this.nick }) });
    }
    // Other failures (lost connection, timeout, server full) fall through to the reconnect in onClosed.
    conn.conn.destroy();
  }

  private setBanned(reason: string, banUntilMs: number): void {
    const retryAtMs = banUntilMs > 0 ? banUntilMs + 500 : null;
    this.setStatus({ type: "banned", reason, banUntilMs, retryAtMs });
    if (retryAtMs !== null) this.retryAt(retryAtMs);
  }

  private onClosed(conn: ProtocolClient, reason: string): void {
    if (this.conn !== conn) return;
    this.conn = null;
    this.clearPing();
    this.joining.clear();
    if (this.stopped) return;
    switch (this.status.type) {
      case "kicked":
      case "banned":
      case "closed":
        return; // Their own timers (if any) decide when to come back.
      default:
        this.scheduleReconnect(reason);
    }
  }

  private scheduleReconnect(reason: string): void {
    if (this.stopped) return;
    const retryAtMs = Date.now() + backoffDelayMs(Math.max(1, this.attempt), this.options.backoff);
    this.setStatus({ type: "reconnecting", attempt: this.attempt + 1, retryAtMs, reason });
    this.retryAt(retryAtMs);
  }

  private retryAt(atMs: number): void {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => void this.connect(), Math.max(0, atMs - Date.now()));
  }

  private reconnectNow(): void {
    if (this.conn || this.stopped) return;
    this.retryAt(Date.now());
  }

  /** Every envelope that is not a reply to one of our requests. */
  private handle(envelope: DecodedEnvelope): void {
    switch (envelope.body) {
      case "message":
        this.onMessage(envelope.message as ChatMessage);
        return;
      case "joined": {
        const joined = envelope.joined!;
        const room = joined.room ?? "";
        const resumed = this.resuming.has(room);
        if (!resumed) this.rooms.set(room, Math.max(this.rooms.get(room) ?? 0, joined.lastSeq ?? 0));
        else if (!this.rooms.has(room)) this.rooms.set(room, 0);
        this.emit({
          type: "joined",
          room,
          topic: joined.topic ?? "",
          members: joined.members ?? [],
          lastSeq: joined.lastSeq ?? 0,
          resumed,
        });
        return;
      }
      case "history": {
        const history = envelope.history!;
        const room = history.room ?? "";
        if (room && this.joining.has(room)) {
          this.joining.get(room)!.push(envelope);
          return;
        }
        const fresh = this.resuming.delete(room);
        const messages = history.messages ?? [];
        for (const message of messages) this.track(message);
        this.emit({
          type: "history",
          target: { room },
          messages,
          fresh,
          olderAvailable: fresh ? undefined : !!history.hasMore,
        });
        // A resume replay too large for one frame: fetch the rest before anything is missed.
        const last = messages[messages.length - 1]?.seq;
        if (fresh && history.hasMore && last) void this.fetchRest(room, last);
        return;
      }
      case "presence": {
        const presence = envelope.presence!;
        if (presence.kind === PresenceKind.PRESENCE_KIND_NICK && presence.oldNick) {
          if (presence.oldNick.toLowerCase() === this.nick.toLowerCase())
            this.nick = presence.nick ?? this.nick;
          const direct = this.directs.get(presence.oldNick.toLowerCase());
          if (direct && presence.nick) {
            this.directs.delete(presence.oldNick.toLowerCase());
            this.directs.set(presence.nick.toLowerCase(), { ...direct, nick: presence.nick });
          }
        }
        this.emit({ type: "presence", presence });
        return;
      }
      case "topicChanged": {
        const t = envelope.topicChanged!;
        this.emit({
          type: "topic",
          room: t.room ?? "",
          topic: t.topic ?? "",
          byNick: t.byNick ?? "",
          atMs: t.atMs ?? 0,
        });
        return;
      }
      case "notice": {
        const n = envelope.notice!;
        this.emit({ type: "notice", kind: n.kind ?? 0, text: n.text ?? "", atMs: n.atMs ?? 0 });
        return;
      }
      case "kicked": {
        const k = envelope.kicked!;
        const banUntilMs = k.banUntilMs ?? 0;
        this.emit({ type: "kicked", reason: k.reason ?? "", by: k.by ?? "", banUntilMs });
        // Never back before the ban ends; without a ban, after a pause long enough to read why.
        const retryAtMs = banUntilMs > 0 ? banUntilMs + 500 : Date.now() + 10_000;
        this.setStatus({ type: "kicked", reason: k.reason ?? "", by: k.by ?? "", banUntilMs, retryAtMs });
        this.retryAt(retryAtMs);
        return;
      }
      case "error": {
        const error = ServerError.from(envelope);
        if (error.codeName === "banned") this.setBanned(error.message, error.banUntilMs);
        else this.emit({ type: "error", text: describeError(error) });
        return;
      }
      default:
        return;
    }
  }

  private onMessage(message: ChatMessage): void {
    this.track(message);
    if (message.clientMsgId) this.outbox.delete(message.clientMsgId);
    this.emit({ type: "message", message });
  }

  /** Remembers the newest sequence number seen per conversation: where a resume starts. */
  private track(message: ChatMessage): void {
    const seq = message.seq ?? 0;
    if (message.room) {
      if (this.rooms.has(message.room))
        this.rooms.set(message.room, Math.max(this.rooms.get(message.room)!, seq));
      return;
    }
    const own = (message.fromNick ?? "").toLowerCase() === this.nick.toLowerCase();
    const peer = own ? (message.toNick ?? "") : (message.fromNick ?? "");
    if (!peer) return;
    const direct = this.directs.get(peer.toLowerCase()) ?? { nick: peer, lastSeq: 0 };
    this.directs.set(peer.toLowerCase(), { ...direct, lastSeq: Math.max(direct.lastSeq, seq) });
  }

  private async deliver(clientMsgId: string): Promise<void> {
    const conn = this.conn;
    const outgoing = this.outbox.get(clientMsgId);
    if (!conn || !outgoing) return;
    const target =
      "room" in outgoing.target ? { room: outgoing.target.room } : { toNick: outgoing.target.nick };
    try {
      const reply = await conn.request({
        sendMessage: {
          ...target,
          text: outgoing.text,
          clientMsgId,
          kind: outgoing.action ? MessageKind.MESSAGE_KIND_ACTION : MessageKind.MESSAGE_KIND_TEXT,
        },
      });
      if (reply.message) this.onMessage(reply.message as ChatMessage);
      this.outbox.delete(clientMsgId);
    } catch (error) {
      // A lost connection keeps the message queued for the resend after reconnecting.
      if (!(error instanceof ServerError)) return;
      this.outbox.delete(clientMsgId);
      const nick = "nick" in outgoing.target ? outgoing.target.nick : undefined;
      const room = "room" in outgoing.target ? outgoing.target.room : undefined;
      this.emit({ type: "sendFailed", clientMsgId, reason: describeError(error, { nick, room }) });
    }
  }

  /** Pages forward through a room's history after `afterSeq` until the server has no more. */
  private async fetchRest(room: string, afterSeq: number): Promise<void> {
    const conn = this.conn;
    if (!conn) return;
    // Live messages arriving meanwhile move the room's resume point past the part still being
    // fetched; until it is all here, a reconnect must resume from the fetch's cursor instead.
    this.catchingUp.set(room, afterSeq);
    try {
      for (let cursor = afterSeq; ; ) {
        const reply = await conn.request({
          fetchHistory: { room, afterSeq: cursor, limit: this.options.historyLimit },
        });
        const messages = reply.history?.messages ?? [];
        for (const message of messages) this.track(message);
        this.emit({ type: "history", target: { room }, messages, fresh: true });
        const last = messages[messages.length - 1]?.seq ?? cursor;
        if (!reply.history?.hasMore || last <= cursor) {
          this.catchingUp.delete(room);
          return;
        }
        cursor = last;
        this.catchingUp.set(room, cursor);
      }
    } catch (error) {
      if (error instanceof ServerError) {
        this.catchingUp.delete(room);
        this.emit({ type: "error", text: describeError(error, { room }), target: { room } });
      }
    }
  }

  private async fetchDirect(nick: string, afterSeq: number, fresh: boolean): Promise<void> {
    const conn = this.conn;
    if (!conn) return;
    try {
      for (let cursor = afterSeq; ; ) {
        // Catching up pages forward from the resume point; a first look takes the newest messages.
        const query = fresh ? { afterSeq: cursor } : { beforeSeq: Number.MAX_SAFE_INTEGER };
        const reply = await conn.request({
          fetchHistory: { withNick: nick, ...query, limit: this.options.historyLimit },
        });
        const messages = reply.history?.messages ?? [];
        for (const message of messages) this.track(message);
        this.emit({
          type: "history",
          target: { nick },
          messages,
          fresh,
          olderAvailable: fresh ? undefined : !!reply.history?.hasMore,
        });
        const last = messages[messages.length - 1]?.seq ?? cursor;
        if (!fresh || !reply.history?.hasMore || last <= cursor) return;
        cursor = last;
      }
    } catch (error) {
      if (error instanceof ServerError)
        this.emit({ type: "error", text: describeError(error, { nick }), target: { nick } });
    }
  }

  private startPings(conn: ProtocolClient): void {
    this.clearPing();
    const ping = () => {
      const sentAtMs = Date.now();
      conn
        .request({ ping: { sentAtMs } }, this.options.pingIntervalMs * 2)
        .then((reply) => {
          const echo = reply.pong?.echoSentAtMs || sentAtMs;
          this.emit({ type: "lag", lagMs: Math.max(0, Date.now() - echo) });
        })
        .catch(() => {
          // No answer in two intervals: the connection is dead even if TCP has not noticed.
          if (this.conn === conn) conn.conn.destroy();
        });
    };
    ping();
    this.pingTimer = setInterval(ping, this.options.pingIntervalMs);
  }

  private onlineConn(report = true): ProtocolClient | null {
    if (this.conn && this.status.type === "online") return this.conn;
    if (report) this.emit({ type: "error", text: "Not connected; try again once online." });
    return null;
  }

  private setStatus(status: Status): void {
    this.status = status;
    this.emit({ type: "status", status });
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

  private emit(event: ClientEvent): void {
    for (const listener of this.listeners) listener(event);
  }
}
