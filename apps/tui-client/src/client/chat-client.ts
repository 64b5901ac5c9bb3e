// The chat client the interface talks to: a ReconnectLoop (connections, status, lag) carrying one
// logical session — login that resumes every room from its ResumePoints, an outbox sent in order at
// the server's pace and resent after reconnects, and thin request wrappers — with server envelopes
// turned into events by mapEnvelope.
import { randomUUID } from "node:crypto";
import {
  type ChatMessage,
  ConnectionClosedError,
  type DecodedEnvelope,
  ErrorCode,
  foldName,
  type JoinRoom,
  type LoginResult,
  listAllMembers,
  listAllRooms,
  logInResuming,
  MessageKind,
  PresenceKind,
  type ProtocolClient,
  ResumePoints,
  type ServerAddress,
  ServerError,
  sameName,
  type TlsClientOptions,
  TokenBucket,
} from "@parley/protocol";
import type { BackoffOptions } from "./backoff.js";
import { describeError } from "./errors.js";
import {
  historyEvent,
  joinedEvent,
  mapEnvelope,
  pageEvent,
  type SessionAction,
  unreadCounts,
} from "./event-mapper.js";
import type { ClientEvent, Target } from "./events.js";
import { ReconnectLoop } from "./reconnect-loop.js";
import type { StatusFeed } from "./status-feed.js";

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
  /** Loads messages older than `beforeSeq` (scrolling back past what is held). */
  loadOlder(target: Target, beforeSeq: number): void;
  /** Loads messages newer than `afterSeq` (scrolling forward in a window left in the past). */
  loadNewer(target: Target, afterSeq: number): void;
  /** Loads the newest page, to replace a window left in the past. */
  loadLatest(target: Target): void;
  closeDirect(nick: string): void;
  /**
   * Searches stored history for the words of `query`, in `scope` or everywhere readable (null);
   * `cursor` 0 starts over, else continues from the page before. Reported as "searchResults".
   */
  search(query: string, scope: Target | null, cursor: number): void;
  /** Loads the messages around `seq` (before and after it), then reports "reveal" to show it. */
  loadAround(target: Target, seq: number): void;
  setNick(nick: string): void;
  /**
   * The person has seen `target` up to `seq`: stored as the account's read marker (sent at most once
   * every READ_MARKER_INTERVAL_MS, the newest per conversation), so its other clients and the next
   * login know. Nothing for a guest.
   */
  markRead(target: Target, seq: number): void;
  /** Registers the current nick as an account with `password`; the session holds it from then on. */
  register(password: string): void;
  setTopic(room: string, topic: string): void;
  /** Asks who holds `nick`; reported as "whois". */
  whois(nick: string): void;
  /** Goes away with `message` (empty: back); kept, and set again after every reconnect. */
  setAway(message: string): void;
  listRooms(): void;
  listMembers(room: string): void;
  /** Says goodbye to the server and stops reconnecting. Resolves when the socket is closed. */
  quit(reason: string): Promise<void>;
}

export interface ChatClientOptions {
  host: string;
  port: number;
  /** Several servers to connect to in turn (the nodes of a cluster); default: host and port alone. */
  servers?: readonly ServerAddress[];
  nick: string;
  clientVersion: string;
  /** Messages loaded when joining a room or opening a conversation. */
  historyLimit?: number;
  /** How often to measure lag, in ms. A ping unanswered for two intervals drops the connection. */
  pingIntervalMs?: number;
  backoff?: BackoffOptions;
  /** Time a request may wait for its reply, in ms. */
  requestTimeoutMs?: number;
  /** Connect with TLS, trusting the certificate as these options say; undefined: plaintext. */
  tls?: TlsClientOptions;
  /**
   * What was open when the client last ran on this server: joined (rooms) and reopened (direct
   * conversations) by the first login, instead of the server's default room.
   */
  restore?: { rooms: readonly string[]; directs: readonly string[] };
  /** The password of the account owning `nick`: logins to that nick use it (SCRAM). */
  password?: string;
}

type Outgoing = { target: Target; text: string; action: boolean };

/** Login refusals answered by trying the nick with "_" appended, and how the client words them. */
const NICK_REFUSALS = new Map<ErrorCode, string>([
  [ErrorCode.ERROR_CODE_NICK_IN_USE, "is in use"],
  [
    ErrorCode.ERROR_CODE_NICK_REGISTERED,
    "is registered (log in to it with PARLEY_PASSWORD or parley --ask-password)",
  ],
  [ErrorCode.ERROR_CODE_AUTH_FAILED, "was refused: wrong password"],
]);

/** Tries with "_" appended when the nick is taken at login, this many times. */
const MAX_NICK_RETRIES = 3;
/** Shortest wait before retrying a message refused for rate, in ms, whatever the server said. */
const MIN_RETRY_MS = 50;

/** A timer that does not keep the process alive by itself. */
function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}

/**
 * Read markers are sent at most this often, in ms: reading a busy room moves the marker with every
 * message, and each SetReadMarker costs a token of the rate limit the person's own messages need.
 */
export const READ_MARKER_INTERVAL_MS = 1000;

/** Messages loaded on each side of a search match when jumping to it. */
const AROUND_MESSAGES = 10;

/** Messages loaded on joining or opening a conversation, unless configured. */
const DEFAULT_HISTORY_LIMIT = 100;

export class ChatClient implements ChatConnection {
  private readonly historyLimit: number;
  private readonly clientVersion: string;
  private readonly listeners = new Set<(event: ClientEvent) => void>();
  private readonly loop: ReconnectLoop;
  /** Rooms and direct conversations with the newest seq seen in each; also holds our nick. */
  private readonly points: ResumePoints;
  /**
   * Lines typed and not yet stored by the server, oldest first. Sent one at a time, paced under the
   * server's rate limit; kept through refusals for rate (retried after retry_after_ms) and lost
   * connections (resent with the same client id, which the server stores once). Only a refusal
   * that retrying cannot fix (too long, no such user …) takes a line out unsent.
   */
  private readonly outbox = new Map<string, Outgoing>();
  /** Paces sends like the server's own limit (Welcome.limits), so the queue drains without refusals. */
  private pacer: TokenBucket | null = null;
  /** The send loop is running (it runs until the outbox is empty or the connection is gone). */
  private pumping = false;
  /** Rooms asked for with /join while offline: joined by the next login. */
  private readonly wanted = new Set<string>();
  /** Pages of history in flight by direction and conversation, so PgUp held down asks once. */
  private readonly loadingPages = new Set<string>();
  private readonly idPrefix = randomUUID().slice(0, 8);
  private nextMsgId = 1;
  private everLoggedIn = false;
  /** Started from saved state: the first login joins what was open, not the default room. */
  private readonly restored: boolean;
  /** The account's password (kept in memory only), and the nick it belongs to. */
  private password: string | undefined;
  private accountNick: string;
  /** The account logged in to ("" for a guest): only an account keeps read markers. */
  private account = "";
  /** Read markers waiting to be sent, the newest per conversation, and the timer that sends them. */
  private readonly unsentMarkers = new Map<string, { target: Target; seq: number }>();
  private markerTimer: NodeJS.Timeout | undefined;
  /** Our away message ("" while not away): the server forgets it with the session, so logins repeat it. */
  private awayMessage = "";
  /** File transfers waiting for the next login (see whenOnline). */
  private onlineWaiters: { resolve(conn: ProtocolClient): void; reject(error: Error): void }[] = [];

  constructor(options: ChatClientOptions) {
    this.historyLimit = options.historyLimit ?? DEFAULT_HISTORY_LIMIT;
    this.clientVersion = options.clientVersion;
    this.points = new ResumePoints(options.nick);
    this.restored = options.restore !== undefined;
    for (const room of options.restore?.rooms ?? []) this.wanted.add(room);
    for (const nick of options.restore?.directs ?? []) this.points.openDirect(nick);
    this.password = options.password;
    this.accountNick = options.nick;
    this.loop = new ReconnectLoop(
      {
        host: options.host,
        port: options.port,
        servers: options.servers,
        pingIntervalMs: options.pingIntervalMs ?? 5000,
        backoff: options.backoff,
        requestTimeoutMs: options.requestTimeoutMs ?? 10_000,
        tls: options.tls,
      },
      {
        logIn: (conn) => this.logIn(conn),
        online: (conn) => this.onOnline(conn),
        envelope: (envelope) => this.onEnvelope(envelope),
        offline: () => {},
        refused: (error) => {
          const text = describeError(error, { nick: this.points.nick });
          this.emit({ type: "error", text });
          return text;
        },
        lag: (lagMs) => this.emit({ type: "lag", lagMs }),
      },
    );
    this.loop.status.onStatus((status) => this.emit({ type: "status", status }));
  }

  /** The connection status: current, listened to, or iterated with `for await`. */
  get status(): StatusFeed {
    return this.loop.status;
  }

  onEvent(listener: (event: ClientEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  start(): void {
    this.loop.start();
  }

  send(target: Target, text: string, action: boolean): string {
    const clientMsgId = `${this.idPrefix}-${this.nextMsgId++}`;
    this.outbox.set(clientMsgId, { target, text, action });
    void this.pump();
    return clientMsgId;
  }

  join(room: string): void {
    const conn = this.loop.online;
    if (!conn) {
      // Offline: the next login joins it.
      this.wanted.add(room);
      this.emit({
        type: "info",
        text: `Not connected: #${room} will be joined once the connection is back.`,
      });
      return;
    }
    // The History that follows the reply reaches onEnvelope only after this handler has run.
    conn
      .request({ joinRoom: { room, historyLimit: this.historyLimit } })
      .then((reply) => {
        this.points.observe(reply);
        this.emit(joinedEvent({ ...reply.joined, room: reply.joined?.room || room }, false));
        this.completeMembers(conn, reply);
      })
      .catch((error: unknown) => this.emit({ type: "error", text: describeError(error, { room }) }));
  }

  part(room: string, reason: string): void {
    const conn = this.loop.online;
    this.points.leave(room);
    if (!conn) {
      this.emit({ type: "left", room });
      return;
    }
    conn
      .request({ leaveRoom: { room, reason } })
      .then(() => this.emit({ type: "left", room }))
      .catch((error: unknown) => {
        if (error instanceof ServerError && error.code === ErrorCode.ERROR_CODE_NOT_IN_ROOM)
          this.emit({ type: "left", room });
        else this.emit({ type: "error", text: describeError(error, { room }) });
      });
  }

  openDirect(nick: string): void {
    if (!this.points.openDirect(nick)) return;
    const conn = this.loop.online;
    if (conn) void this.fetchDirect(conn, nick, 0, false);
  }

  loadOlder(target: Target, beforeSeq: number): void {
    this.loadPage(target, "older", { beforeSeq });
  }

  loadNewer(target: Target, afterSeq: number): void {
    this.loadPage(target, "newer", { afterSeq });
  }

  loadLatest(target: Target): void {
    this.loadPage(target, "latest", { beforeSeq: Number.MAX_SAFE_INTEGER });
  }

  /** One page of history for scrolling, at most one per conversation and direction in flight. */
  private loadPage(
    target: Target,
    page: "older" | "newer" | "latest",
    range: { beforeSeq: number } | { afterSeq: number },
  ): void {
    const conn = this.loop.online;
    const key = `${page}:${"room" in target ? `room:${target.room}` : `dm:${foldName(target.nick)}`}`;
    if (!conn || this.loadingPages.has(key)) return;
    this.loadingPages.add(key);
    const query = "room" in target ? { room: target.room } : { withNick: target.nick };
    conn
      .request({ fetchHistory: { ...query, ...range, limit: this.historyLimit } })
      .then((reply) => {
        // Done before the page is told: whoever reads it may ask for the next one at once.
        this.loadingPages.delete(key);
        this.points.observe(reply);
        this.emit(pageEvent(target, reply.history ?? {}, page));
      })
      .catch((error: unknown) => {
        this.loadingPages.delete(key);
        this.emit({ type: "error", text: describeError(error), target });
      });
  }

  closeDirect(nick: string): void {
    this.points.closeDirect(nick);
  }

  search(query: string, scope: Target | null, cursor: number): void {
    const where = scope === null ? {} : "room" in scope ? { room: scope.room } : { withNick: scope.nick };
    this.onlineOrSay()
      ?.request({ searchHistory: { query, ...where, cursor } })
      .then((reply) => {
        const results = reply.searchResults ?? {};
        this.emit({
          type: "searchResults",
          query,
          scope,
          messages: results.messages ?? [],
          terms: results.terms ?? [],
          nextCursor: Number(results.nextCursor ?? 0),
          more: cursor > 0,
        });
      })
      .catch((error: unknown) => this.emit({ type: "error", text: describeError(error) }));
  }

  loadAround(target: Target, seq: number): void {
    const query = "room" in target ? { room: target.room } : { withNick: target.nick };
    this.onlineOrSay()
      ?.request({
        fetchHistory: { ...query, beforeSeq: seq + AROUND_MESSAGES + 1, limit: 2 * AROUND_MESSAGES + 1 },
      })
      .then((reply) => {
        this.points.observe(reply);
        this.emit(historyEvent(target, reply.history ?? {}, false));
        this.emit({ type: "reveal", target, seq });
      })
      .catch((error: unknown) => this.emit({ type: "error", text: describeError(error), target }));
  }

  setNick(nick: string): void {
    const conn = this.loop.online;
    if (!conn) {
      // Offline: the new nick is used for the next login, at once if we had given up.
      this.points.nick = nick;
      this.emit({ type: "nickChanged", nick });
      this.loop.retryNowIfRefused();
      return;
    }
    conn
      .request({ setNick: { nick } })
      .then(() => {
        this.points.nick = nick;
        this.emit({ type: "nickChanged", nick });
      })
      .catch((error: unknown) => this.emit({ type: "error", text: describeError(error, { nick }) }));
  }

  register(password: string): void {
    const nick = this.points.nick;
    this.onlineOrSay()
      ?.request({ register: { nick: "", password } })
      .then(() => {
        // Later logins (reconnects) prove the account with the same password.
        this.accountNick = nick;
        this.password = password;
        this.emit({
          type: "info",
          text: `Registered ${nick}: this nick is yours now, protected by that password.`,
        });
      })
      .catch((error: unknown) => this.emit({ type: "error", text: describeError(error, { nick }) }));
  }

  setTopic(room: string, topic: string): void {
    this.onlineOrSay()
      ?.request({ setTopic: { room, topic } })
      .catch((error: unknown) =>
        this.emit({ type: "error", text: describeError(error, { room }), target: { room } }),
      );
  }

  whois(nick: string): void {
    this.onlineOrSay()
      ?.request({ whois: { nick } })
      .then((reply) => this.emit({ type: "whois", info: reply.userInfo ?? {} }))
      .catch((error: unknown) => this.emit({ type: "error", text: describeError(error, { nick }) }));
  }

  setAway(message: string): void {
    const conn = this.loop.online;
    if (!conn) {
      // Offline: the next login sets it.
      this.awayMessage = message;
      this.emit({ type: "away", message });
      return;
    }
    conn
      .request({ setAway: { message } })
      .then(() => {
        this.awayMessage = message;
        this.emit({ type: "away", message });
      })
      .catch((error: unknown) => this.emit({ type: "error", text: describeError(error) }));
  }

  listRooms(): void {
    const conn = this.onlineOrSay();
    if (!conn) return;
    listAllRooms(conn)
      .then((rooms) => this.emit({ type: "roomList", rooms }))
      .catch((error: unknown) => this.emit({ type: "error", text: describeError(error) }));
  }

  listMembers(room: string): void {
    const conn = this.onlineOrSay();
    if (!conn) return;
    listAllMembers(conn, room)
      .then((members) => this.emit({ type: "members", room, members }))
      .catch((error: unknown) => this.emit({ type: "error", text: describeError(error, { room }) }));
  }

  /**
   * The logged-in connection, for file transfers that share it: at once when online, else after
   * the next login. Rejects once the client has quit.
   */
  whenOnline(): Promise<ProtocolClient> {
    if (this.loop.isStopped) return Promise.reject(new ConnectionClosedError("the client has quit"));
    const conn = this.loop.online;
    if (conn) return Promise.resolve(conn);
    return new Promise((resolve, reject) => this.onlineWaiters.push({ resolve, reject }));
  }

  async quit(reason: string): Promise<void> {
    for (const waiter of this.onlineWaiters.splice(0))
      waiter.reject(new ConnectionClosedError("the client has quit"));
    // What was read goes before the Quit: the next client shows it as read.
    if (this.markerTimer) {
      clearTimeout(this.markerTimer);
      this.sendMarkers();
    }
    await this.loop.stop({ quit: { reason } });
  }

  /**
   * Hello, then Login resuming every room we were in, with an underscore added while the nick is
   * taken. The Login goes right behind the Hello (one round trip) unless it must name the server's
   * default room, which only the Welcome tells: on a first login with nothing to resume.
   */
  private async logIn(conn: ProtocolClient): Promise<void> {
    const greeting = conn.hello({ clientName: "parley", clientVersion: this.clientVersion });
    const resumed = this.points.loginRooms();
    // Rooms asked for while offline; on a first login they come on top of the default room.
    const fresh = [...this.wanted].filter((room) => !this.points.has(room));
    // The first login names the default room too, so its history is as long as any other join's
    // (left to the server, it would replay its own, shorter, default).
    const landing = !this.everLoggedIn && !this.restored && resumed.length === 0;
    const result = await logInResuming(greeting, {
      rooms: () => [...resumed, ...fresh.map((room) => ({ room, historyLimit: this.historyLimit }))],
      login: (rooms) => this.sendLogin(conn, rooms),
      awaitWelcome: landing,
      welcomed: (welcome) => {
        const ratePerSecond = welcome.limits?.ratePerSecond ?? 0;
        this.pacer =
          ratePerSecond > 0
            ? new TokenBucket(ratePerSecond, Math.max(1, welcome.limits?.rateBurst ?? 1), Date.now())
            : null;
        this.emit({
          type: "welcome",
          serverName: welcome.serverName ?? "",
          motd: this.everLoggedIn ? "" : (welcome.motd ?? ""),
          defaultRoom: welcome.defaultRoom ?? "",
          maxMessageChars: welcome.limits?.maxMessageChars ?? 0,
        });
        const defaultRoom = welcome.defaultRoom ?? "";
        if (landing && defaultRoom && !fresh.includes(defaultRoom)) fresh.unshift(defaultRoom);
      },
      retry: (error, attempt) => {
        const why = error instanceof ServerError ? NICK_REFUSALS.get(error.code) : undefined;
        if (!why || attempt >= MAX_NICK_RETRIES) return false;
        // A wrong password is not retried: that would only lock the account.
        if (error instanceof ServerError && error.code === ErrorCode.ERROR_CODE_AUTH_FAILED)
          this.password = undefined;
        const taken = this.points.nick;
        this.points.nick = `${taken}_`;
        this.emit({ type: "info", text: `The nick ${taken} ${why}; trying ${this.points.nick}.` });
        return true;
      },
    });
    for (const room of fresh) this.wanted.delete(room);
    this.points.nick = result.nick;
    this.account = result.loggedIn.account ?? "";
    const unread = unreadCounts(result.loggedIn.unread);
    // Direct conversations with unread messages open, and load their history once online.
    for (const { target } of unread) if ("nick" in target) this.points.openDirect(target.nick);
    this.emit({ type: "loggedIn", nick: result.nick, unread });
    this.everLoggedIn = true;
  }

  /** One Login with our nick (and password, for the account's own nick), joining `rooms`. */
  private sendLogin(conn: ProtocolClient, rooms: JoinRoom[]): Promise<LoginResult> {
    const ownNick = this.password !== undefined && sameName(this.points.nick, this.accountNick);
    return conn.login({
      clientName: "parley",
      clientVersion: this.clientVersion,
      nick: this.points.nick,
      rooms,
      password: ownNick ? this.password : undefined,
    });
  }

  /** Logged in: catch up on what waited for the connection. */
  private onOnline(conn: ProtocolClient): void {
    // Asked for while the login was already on its way: join them now.
    for (const room of [...this.wanted]) {
      this.wanted.delete(room);
      this.join(room);
    }
    for (const waiter of this.onlineWaiters.splice(0)) waiter.resolve(conn);
    if (this.awayMessage)
      conn
        .request({ setAway: { message: this.awayMessage } })
        .catch((error: unknown) => this.emit({ type: "error", text: describeError(error) }));
    void this.pump();
    for (const direct of this.points.directs)
      void this.fetchDirect(conn, direct.nick, direct.lastSeq, direct.lastSeq > 0);
  }

  /** Every envelope that is not a reply to one of our requests. */
  private onEnvelope(envelope: DecodedEnvelope): void {
    const left = envelope.presence;
    if (
      left?.kind === PresenceKind.PRESENCE_KIND_LEAVE &&
      left.room &&
      sameName(left.nick ?? "", this.points.nick) &&
      this.points.has(left.room)
    ) {
      // Another client of our account left the room, taking this one along.
      this.points.leave(left.room);
      this.emit({ type: "left", room: left.room });
      return;
    }
    const note = this.points.observe(envelope);
    const clientMsgId = envelope.message?.clientMsgId;
    if (clientMsgId) this.outbox.delete(clientMsgId);
    const { events, action } = mapEnvelope(envelope, note);
    for (const event of events) this.emit(event);
    if (action) this.act(action);
    const conn = this.loop.online;
    if (conn) this.completeMembers(conn, envelope);
  }

  /** A Joined whose member list did not fit in one frame: fetch the rest, and show the whole list. */
  private completeMembers(conn: ProtocolClient, envelope: DecodedEnvelope): void {
    const joined = envelope.joined;
    if (!joined?.membersNextCursor) return;
    const room = joined.room ?? "";
    listAllMembers(conn, room, joined.membersNextCursor)
      .then((rest) =>
        this.emit({ type: "members", room, members: [...(joined.members ?? []), ...rest], quiet: true }),
      )
      .catch((error: unknown) => this.emit({ type: "error", text: describeError(error, { room }) }));
  }

  private act(action: SessionAction): void {
    switch (action.type) {
      case "kicked":
        this.loop.kicked(action.reason, action.by, action.banPermanent ? null : action.banUntilMs);
        return;
      case "banned":
        this.loop.banned(action.reason, action.banUntilMs);
        return;
      case "catchUp": {
        const conn = this.loop.online;
        if (conn) void this.fetchRest(conn, action.room, action.afterSeq);
        return;
      }
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
        const conn = this.loop.online;
        const next = this.outbox.keys().next();
        if (!conn || next.done) return;
        const waitMs = this.pacer?.take(Date.now()) ?? 0;
        if (waitMs > 0) {
          await sleep(waitMs);
          continue;
        }
        const outcome = await this.deliver(conn, next.value);
        if (outcome === "lost") return;
        if (outcome > 0) await sleep(outcome);
      }
    } finally {
      this.pumping = false;
    }
  }

  /**
   * Sends one message. Resolves 0 when it is done with (stored, or refused for good), a delay in ms
   * when the server asked to wait before trying it again, or "lost" when the connection went.
   */
  private async deliver(conn: ProtocolClient, clientMsgId: string): Promise<number | "lost"> {
    const outgoing = this.outbox.get(clientMsgId);
    if (!outgoing) return 0;
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
      this.outbox.delete(clientMsgId);
      if (reply.message) {
        this.points.observe(reply);
        this.emit({ type: "message", message: reply.message as ChatMessage });
      }
      return 0;
    } catch (error) {
      // A lost or closing connection keeps the message queued for the resend after reconnecting.
      if (!(error instanceof ServerError) || error.fatal) return "lost";
      if (error.code === ErrorCode.ERROR_CODE_RATE_LIMITED) return Math.max(MIN_RETRY_MS, error.retryAfterMs);
      this.outbox.delete(clientMsgId);
      const nick = "nick" in outgoing.target ? outgoing.target.nick : undefined;
      const room = "room" in outgoing.target ? outgoing.target.room : undefined;
      this.emit({ type: "sendFailed", clientMsgId, reason: describeError(error, { nick, room }) });
      return 0;
    }
  }

  /** Pages forward through a room's resume replay after `afterSeq` until the server has no more. */
  private async fetchRest(conn: ProtocolClient, room: string, afterSeq: number): Promise<void> {
    // Live messages arriving meanwhile move the room's resume point past the part still being
    // fetched; until it is all here, a reconnect resumes from the fetch's cursor instead.
    this.points.catchUp(room, afterSeq);
    try {
      for (let cursor = afterSeq; ; ) {
        const reply = await conn.request({
          fetchHistory: { room, afterSeq: cursor, limit: this.historyLimit },
        });
        this.points.observe(reply);
        const history = reply.history ?? {};
        this.emit(historyEvent({ room }, history, true));
        const last = history.messages?.at(-1)?.seq ?? cursor;
        if (!history.hasMore || last <= cursor) {
          this.points.caughtUp(room);
          return;
        }
        cursor = last;
        this.points.catchUp(room, cursor);
      }
    } catch (error) {
      if (error instanceof ServerError) {
        this.points.caughtUp(room);
        this.emit({ type: "error", text: describeError(error, { room }), target: { room } });
      }
    }
  }

  /** Loads a direct conversation: the newest page at first, else every page after the resume point. */
  private async fetchDirect(
    conn: ProtocolClient,
    nick: string,
    afterSeq: number,
    fresh: boolean,
  ): Promise<void> {
    try {
      for (let cursor = afterSeq; ; ) {
        const query = fresh ? { afterSeq: cursor } : { beforeSeq: Number.MAX_SAFE_INTEGER };
        const reply = await conn.request({
          fetchHistory: { withNick: nick, ...query, limit: this.historyLimit },
        });
        this.points.observe(reply);
        const history = reply.history ?? {};
        this.emit(historyEvent({ nick }, history, fresh));
        const last = history.messages?.at(-1)?.seq ?? cursor;
        if (!fresh || !history.hasMore || last <= cursor) return;
        cursor = last;
      }
    } catch (error) {
      if (error instanceof ServerError)
        this.emit({ type: "error", text: describeError(error, { nick }), target: { nick } });
    }
  }

  markRead(target: Target, seq: number): void {
    if (!this.account || seq <= 0) return;
    const key = "room" in target ? `#${target.room}` : `@${foldName(target.nick)}`;
    if ((this.unsentMarkers.get(key)?.seq ?? 0) >= seq) return;
    this.unsentMarkers.set(key, { target, seq });
    this.markerTimer ??= setTimeout(() => this.sendMarkers(), READ_MARKER_INTERVAL_MS).unref();
  }

  /** Sends the markers waiting; offline, they wait for the next call after the reconnect. */
  private sendMarkers(): void {
    this.markerTimer = undefined;
    const conn = this.loop.online;
    if (!conn) return;
    for (const { target, seq } of this.unsentMarkers.values()) {
      const named = "room" in target ? { room: target.room } : { withNick: target.nick };
      // A refusal (the room is gone, the peer deleted its account) changes nothing worth telling.
      conn.request({ setReadMarker: { ...named, seq } }).catch(() => {});
    }
    this.unsentMarkers.clear();
  }

  /** The logged-in connection, or null after telling the person there is none. */
  private onlineOrSay(): ProtocolClient | null {
    const conn = this.loop.online;
    if (!conn) this.emit({ type: "error", text: "Not connected; try again once online." });
    return conn;
  }

  private emit(event: ClientEvent): void {
    for (const listener of this.listeners) listener(event);
  }
}
