// One client connection: reads envelopes, dispatches them to handlers, writes replies and events,
// enforces per-session limits (rate, send queue) and records why it closed. The only owner of its
// transport (a TCP socket or a WebSocket): handlers see it as a ChatSession, rooms and the registry as
// a Member.
import { randomBytes } from "node:crypto";
import {
  type DecodedEnvelope,
  type Envelope,
  ErrorCode,
  encodeFrame,
  FrameTooLargeError,
  InputBudgetError,
  nameSkeleton,
  PresenceKind,
  type ProtocolError,
  type SessionInfo,
  SessionState,
  SessionTransport,
  TokenBucket,
} from "@parley/protocol";
import type { Timer } from "./clock.js";
import type { SessionRecord } from "./cluster/backplane.js";
import type { ServerContext } from "./context.js";
import { Transfers } from "./files/transfers.js";
import { announceAwayChange, awayMessageOf, clientsElsewhere } from "./handlers/away-presence.js";
import type { ChatSession, EventHold, PendingAuth, SessionPhase } from "./handlers/handler.js";
import { dispatch } from "./handlers/index.js";
import { onlineClients } from "./handlers/user-lookup.js";
import { isLoopback } from "./net/address-limits.js";
import type { ChatTransport, OpenTransport, Peer, TransportKind } from "./net/transport.js";
import { errorReply, RequestError } from "./request-error.js";
import { expireRoomIfUnused } from "./room-expiry.js";
import { AwayNotices, AwayState, NEVER_AWAY } from "./state/away.js";
import type { PresenceHolder, WaitingPresence } from "./state/presence-batch.js";
import { presenceFrame } from "./state/presence-frame.js";

export type { SessionPhase };

const PHASE_STATE: Record<SessionPhase, SessionState> = {
  handshake: SessionState.SESSION_STATE_HANDSHAKE,
  login: SessionState.SESSION_STATE_LOGIN,
  online: SessionState.SESSION_STATE_ONLINE,
  closing: SessionState.SESSION_STATE_CLOSING,
};

const TRANSPORT: Record<TransportKind, SessionTransport> = {
  tcp: SessionTransport.SESSION_TRANSPORT_TCP,
  tls: SessionTransport.SESSION_TRANSPORT_TLS,
  ws: SessionTransport.SESSION_TRANSPORT_WEBSOCKET,
  wss: SessionTransport.SESSION_TRANSPORT_WEBSOCKET_TLS,
};

export class Session implements ChatSession, PresenceHolder {
  readonly id: number;
  readonly ctx: ServerContext;
  readonly conn: ChatTransport;
  readonly remoteAddress: string;
  readonly remotePort: number;
  /** How the peer reached the server (TCP, TLS, WebSocket …). */
  readonly transport: TransportKind;
  /** Settles `ended`; made with it, on first use (most sessions end without anyone waiting). */
  private markEnded: (() => void) | undefined;
  private endedPromise: Promise<void> | undefined;
  readonly connectedAtMs: number;
  /** handshake → login (after Hello) → online (after Login) → closing. */
  state: SessionPhase = "handshake";
  nick = "";
  /** Case-folded nick: the registry key. */
  foldedNick = "";
  /** Case-folded name of the account logged in to; empty for a guest (see `account`). */
  private accountName = "";
  /** The connection is TLS, or from loopback: passwords may cross it. */
  readonly secureTransport: boolean;
  /** A SCRAM login between its challenge and the client's proof. */
  pendingAuth: PendingAuth | undefined;
  /** A registration or password check waiting for its hash. */
  passwordWorkPending = false;
  /** Names this session as a guest in direct conversations; made on first use, never reused. */
  private guestParty: string | undefined;
  clientName = "";
  clientVersion = "";
  /** Last time anything arrived (heartbeat) and last request other than ping/pong (idle time). */
  lastReceivedAtMs: number;
  lastActiveAtMs: number;
  /** When the server last pinged, and the round trip it measured (0 before the first). */
  lastPingSentAtMs = 0;
  rttMs = 0;
  /** Chat messages sent by and delivered to this session. */
  messagesIn = 0;
  messagesOut = 0;
  /** Last chat message sent (the connection until then): what Whois counts idle time from. */
  lastMessageAtMs: number;
  /**
   * Away or back (SetAway), and which direct-message senders were told; made on the first SetAway
   * (most sessions never go away: 48 bytes each saved).
   */
  private awayState: AwayState | undefined;
  /** Which away periods of people on other nodes this session was told of; made on first use. */
  private awayNotices: AwayNotices | undefined;
  /** In a cluster: the skeleton this session's nick is claimed under on every node (undefined: none). */
  private clusterNick: string | undefined;
  /** When this session's record was last written to the cluster's directory (0: never). */
  private recordWrittenAtMs = 0;
  /** Requests refused for rate in a row; past `floodDisconnectAfter` the session is closed. */
  rateRefusedInARow = 0;
  /** Requests refused in a row for anything but rate; past `maxErrorsInARow` the session is closed. */
  errorsInARow = 0;
  /** Why the session closed, once it has. */
  closeReason = "";
  private readonly bucket: TokenBucket;
  /** Every frame costs one token here, whatever its kind: nothing a peer sends is free. */
  private readonly frameBucket: TokenBucket;
  /** Reading is paused until the frame allowance refills. */
  private readingPaused = false;
  /** Presence frames waiting to be written together (see sendPresence). */
  private presence: WaitingPresence[] | undefined;
  /** File transfers in progress; created on first use. */
  private transfersInProgress: Transfers | undefined;
  /** Set while a request waits for the store: envelopes read meanwhile wait here, in order. */
  private serving: Promise<void> | undefined;
  private waiting: DecodedEnvelope[] | undefined;
  /** Frames held while a reply is prepared (holdEvents), with how many holds are open. */
  private held: Uint8Array[] | undefined;
  private heldBytes = 0;
  private holds = 0;
  /** Set while the open batch commits before a close (PostgreSQL): the close finishes after. */
  private shutting = false;

  constructor(ctx: ServerContext, peer: Peer, open: OpenTransport) {
    this.ctx = ctx;
    this.id = ctx.nextSessionId++;
    const now = ctx.now();
    this.connectedAtMs = now;
    this.lastReceivedAtMs = now;
    this.lastActiveAtMs = now;
    this.lastMessageAtMs = now;
    this.remoteAddress = peer.address;
    this.remotePort = peer.port;
    this.transport = peer.transport;
    this.secureTransport =
      peer.transport === "tls" || peer.transport === "wss" || isLoopback(this.remoteAddress);
    this.bucket = new TokenBucket(ctx.config.ratePerSecond, ctx.config.rateBurst, now);
    this.frameBucket = new TokenBucket(ctx.config.framesPerSecond, ctx.config.framesBurst, now);
    // Until Login succeeds only small frames are accepted, so an anonymous peer holds little memory.
    this.conn = open(this, {
      maxFrameBytes: Math.min(ctx.config.maxPreLoginFrameBytes, ctx.config.maxFrameBytes),
      inputBudget: ctx.inputBudget,
    });
  }

  /** Resolves once the session has finished: its transport is closed or abandoned. */
  get ended(): Promise<void> {
    if (!this.endedPromise)
      this.endedPromise = this.finished
        ? Promise.resolve()
        : new Promise((resolve) => {
            this.markEnded = resolve;
          });
    return this.endedPromise;
  }

  /**
   * Who this session is in a direct conversation: its account ("~ana"), or as a guest a name no later
   * session gets ("!" and random), so a guest's direct messages are not readable by the next holder
   * of the nick.
   */
  get party(): string {
    if (this.account) return `~${this.account}`;
    // In a cluster the other nodes name a guest by its node and session id, which no later session
    // gets there either: both sides of a direct conversation across nodes then key it alike.
    const { cluster } = this.ctx;
    this.guestParty ??= cluster.solo
      ? `!${randomBytes(12).toString("base64url")}`
      : `!${cluster.nodeId}:${this.id}`;
    return this.guestParty;
  }

  /** Case-folded name of the account logged in to; empty for a guest. The registry lists the account's sessions. */
  get account(): string {
    return this.accountName;
  }

  set account(name: string) {
    this.ctx.registry.changeAccount(this, this.accountName, name);
    this.ctx.rooms.changeAccount(this, this.accountName, name);
    this.accountName = name;
  }

  /** Becomes a guest (the account was dropped or deleted): a fresh party, so its history stays behind. */
  leaveAccount(): void {
    this.account = "";
    this.guestParty = undefined;
    this.publishRecord();
  }

  get away(): AwayState {
    return this.awayState ?? NEVER_AWAY;
  }

  setAway(message: string, nowMs: number): boolean {
    this.awayState ??= new AwayState();
    return this.awayState.set(message, nowMs);
  }

  /** Which away periods of people on other nodes of a cluster this session was told of. */
  get toldAway(): AwayNotices {
    this.awayNotices ??= new AwayNotices();
    return this.awayNotices;
  }

  /** This session's file transfers (created on first use). */
  transfers(): Transfers {
    this.transfersInProgress ??= new Transfers();
    return this.transfersInProgress;
  }

  // FramedSocketHandlers ------------------------------------------------------------------------

  onEnvelope(envelope: DecodedEnvelope): void {
    const now = this.ctx.now();
    this.lastReceivedAtMs = now;
    if (!this.chargeFrame(now)) return;
    if (!this.serving) this.serve(envelope);
    else if (this.waiting) this.waiting.push(envelope);
    else this.waiting = [envelope];
  }

  /**
   * Dispatches one envelope. A handler that waits for the store pauses reading, and what was read
   * already waits its turn: the session's requests are answered in the order they came.
   */
  private serve(envelope: DecodedEnvelope): void {
    const served = dispatch(this, envelope);
    if (!served) return;
    this.conn.pauseReading();
    const serving = served.then(() => {
      this.serving = undefined;
      while (!this.serving && this.waiting && this.waiting.length > 0) this.serve(this.waiting.shift()!);
      if (!this.serving && !this.readingPaused) this.conn.resumeReading();
    });
    this.serving = serving;
  }

  /**
   * Charges one frame. Past the burst, reading pauses until the allowance is back (the peer's sends
   * back up in TCP, as a server's "fake lag" does); frames already read still count, and a peer more
   * than `framesBurst` frames in debt is closed for flooding. False if the frame must not be served.
   */
  private chargeFrame(now: number): boolean {
    const balance = this.frameBucket.charge(now);
    if (balance >= 0) return true;
    const { framesPerSecond, framesBurst } = this.ctx.config;
    if (balance < -framesBurst) {
      this.ctx.stats.rateLimitedTotal++;
      this.fail(
        0,
        new RequestError(ErrorCode.ERROR_CODE_RATE_LIMITED, "disconnected for flooding", {
          closeReason: "flooding",
        }),
      );
      return false;
    }
    if (!this.readingPaused) {
      this.readingPaused = true;
      this.conn.pauseReading();
      this.ctx.clock.setTimeout(() => this.resumeReading(), Math.ceil((-balance * 1000) / framesPerSecond));
    }
    return true;
  }

  private resumeReading(): void {
    this.readingPaused = false;
    if (!this.serving) this.conn.resumeReading();
  }

  /**
   * Records how a request ended: a refusal other than for rate (those have floodDisconnectAfter)
   * counts towards `maxErrorsInARow`, and a session that only produces errors is closed.
   */
  noteOutcome(error?: unknown): void {
    if (error === undefined) {
      this.errorsInARow = 0;
      return;
    }
    if (error instanceof RequestError && error.code === ErrorCode.ERROR_CODE_RATE_LIMITED) {
      this.ctx.stats.rateLimitedTotal++;
      return;
    }
    const limit = this.ctx.config.maxErrorsInARow;
    if (limit > 0 && ++this.errorsInARow >= limit && this.state !== "closing")
      this.close("too many errors", "too many errors", {
        error: {
          code: ErrorCode.ERROR_CODE_BAD_REQUEST,
          message: `${limit} requests refused in a row; disconnected`,
          fatal: true,
        },
      });
  }

  onProtocolError(error: ProtocolError): void {
    const code =
      error instanceof FrameTooLargeError
        ? ErrorCode.ERROR_CODE_FRAME_TOO_LARGE
        : error instanceof InputBudgetError
          ? ErrorCode.ERROR_CODE_SERVER_FULL
          : ErrorCode.ERROR_CODE_MALFORMED_FRAME;
    this.ctx.logger.debug({ session: this.id, err: error.message }, "protocol error");
    this.fail(0, new RequestError(code, error.message, { closeReason: `protocol error: ${error.message}` }));
  }

  onClose(): void {
    this.finish(this.closeReason || "connection closed by client");
  }

  /**
   * The peer sent all it will: answer what it asked (requests still waiting for the store, messages
   * not yet committed), then end our side too.
   */
  onPeerEnd(): void {
    // It can ask nothing more: its nick is free at once for the connection it is likely opening.
    this.ctx.registry.releaseNick(this);
    this.releaseInCluster();
    const end = () => {
      const flushed = this.settleOutcomes();
      if (flushed) void flushed.then(() => this.endWriting());
      else this.endWriting();
    };
    if (this.serving) void this.serving.then(end);
    else end();
  }

  private endWriting(): void {
    if (this.serving) {
      void this.serving.then(() => this.endWriting());
      return;
    }
    this.conn.end(this.ctx.config.shutdownGraceMs);
  }

  // Sending ---------------------------------------------------------------------------------------

  /**
   * Writes an encoded frame. Disconnects the session when what it left unread from earlier turns
   * passes `sendQueueLimitBytes`: memory per session stays under the limit plus one turn's output.
   */
  sendFrame(frame: Uint8Array): boolean {
    if (this.state === "closing") return false;
    if (this.presence) this.flushPresence();
    this.write(frame);
    return true;
  }

  /**
   * Every write checks both limits: what earlier turns left unread (a peer that stopped reading), and
   * everything queued, this turn included, so no single request can build unbounded output.
   */
  private write(frame: Uint8Array): void {
    if (this.held) {
      this.held.push(frame);
      this.heldBytes += frame.length;
      if (this.heldBytes > this.ctx.config.sendQueueHardLimitBytes) this.overflow();
      return;
    }
    this.conn.sendFrame(frame);
    const { sendQueueLimitBytes, sendQueueHardLimitBytes } = this.ctx.config;
    if (this.conn.backlogBytes > sendQueueLimitBytes || this.conn.writableBytes > sendQueueHardLimitBytes)
      this.overflow();
  }

  /**
   * Queues a presence frame; it is written with others within `presenceFlushMs`, or before the next
   * frame of any other kind, whichever comes first, after the collapsing of PresenceBatch.
   */
  sendPresence(frame: Uint8Array, firstSight = false): void {
    if (this.state === "closing") return;
    if (this.ctx.config.presenceFlushMs === 0) {
      this.sendFrame(frame);
      return;
    }
    if (this.presence) {
      this.presence.push({ frame, firstSight });
      return;
    }
    this.presence = [{ frame, firstSight }];
    this.ctx.presenceBatch.add(this);
  }

  /** Writes waiting presence frames now, collapsed, in one write. */
  flushPresence(): void {
    const waiting = this.presence;
    if (!waiting) return;
    this.presence = undefined;
    this.ctx.presenceBatch.delete(this);
    if (this.state === "closing") return;
    const frames = waiting.length === 1 ? [waiting[0]!.frame] : this.ctx.presenceBatch.collapse(waiting);
    if (frames.length > 0) this.write(frames.length === 1 ? frames[0]! : Buffer.concat(frames));
  }

  send(envelope: Envelope): void {
    this.sendFrame(encodeFrame(envelope));
  }

  holdEvents(): EventHold {
    this.holds++;
    this.held ??= [];
    let released = false;
    const sendFrame = (frame: Uint8Array) => {
      if (this.state === "closing") return;
      const held = this.held;
      this.held = undefined;
      this.sendFrame(frame);
      // A close while writing (an overflow) dropped what was held.
      if (!this.isClosing()) this.held = held;
    };
    return {
      send: (envelope) => {
        if (this.state !== "closing") sendFrame(encodeFrame(envelope));
      },
      sendFrame,
      release: () => {
        if (released) return;
        released = true;
        if (--this.holds === 0) this.releaseHeld();
      },
    };
  }

  /** True once the session closes (also when it closed during a call that began before). */
  private isClosing(): boolean {
    return this.state === "closing";
  }

  /** Writes the held frames in order and stops holding. */
  private releaseHeld(): void {
    const held = this.held;
    this.held = undefined;
    this.heldBytes = 0;
    this.holds = 0;
    if (held && this.state !== "closing") for (const frame of held) this.write(frame);
  }

  /**
   * Answers `requestId` (0: not tied to a request) with the Error for `error`. A fatal one closes the
   * session with the Error as its last frame (see close), naming the reason so the client can tell it
   * from a crash. Anything but a RequestError is a bug: logged (with the request kind, `body`), and
   * answered INTERNAL so the client is not left waiting.
   */
  fail(requestId: number, error: unknown, body?: string): void {
    const reply = errorReply(requestId, error, (bug) =>
      this.ctx.logger.error({ err: bug, session: this.id, body }, "handler failed"),
    );
    if (error instanceof RequestError && error.closeReason !== undefined)
      this.close(error.closeReason, error.closeReason, reply);
    else this.send(reply);
  }

  get queuedBytes(): number {
    return this.conn.writableBytes;
  }

  drained(): Promise<void> {
    return this.conn.drained();
  }

  /** Bytes read from and written to this session's socket so far. */
  get bytesIn(): number {
    return this.conn.bytesIn;
  }

  get bytesOut(): number {
    return this.conn.bytesOut;
  }

  // Identity --------------------------------------------------------------------------------------

  greet(clientName: string, clientVersion: string): void {
    this.clientName = clientName;
    this.clientVersion = clientVersion;
    this.state = "login";
  }

  logIn(nick: string, foldedNick: string): boolean {
    if (!this.rename(nick, foldedNick)) return false;
    this.state = "online";
    this.conn.setMaxFrameBytes(this.ctx.config.maxFrameBytes);
    this.publishRecord();
    return true;
  }

  rename(nick: string, foldedNick: string): boolean {
    if (!this.ctx.registry.claimNick(this, foldedNick)) return false;
    this.nick = nick;
    this.foldedNick = foldedNick;
    if (this.state === "online") this.publishRecord();
    return true;
  }

  /**
   * In a cluster, claims `nick` on every node for this session's party (its account, or itself as a
   * guest), atomically in the shared directory, before the registry here is asked; false when a
   * session of someone else holds it on a live node. Alone: true, nothing to ask.
   */
  async claimInCluster(nick: string, foldedNick: string): Promise<boolean> {
    const { cluster } = this.ctx;
    if (cluster.solo) return true;
    if (this.isLeaving()) return false;
    const key = nameSkeleton(foldedNick);
    const won = await cluster.sessions.claim(this.record(nick, key), this.clusterNick);
    if (!won) return false;
    this.clusterNick = key;
    // Closed while the claim was on its way: it must not outlive the session.
    if (this.isLeaving()) {
      this.releaseInCluster();
      return false;
    }
    return true;
  }

  /** Closing, or its nick already let go while it winds down: it claims nothing more. */
  private isLeaving(): boolean {
    return this.finished || this.shutting || this.state === "closing";
  }

  /** Lets go of this session's nick (and record) in the cluster's directory; idempotent. */
  releaseInCluster(): void {
    if (this.clusterNick === undefined) return;
    this.clusterNick = undefined;
    this.ctx.cluster.sessions.remove(this.id);
  }

  /** Tells the other nodes of a cluster who this session is and which rooms it is in (alone: nothing). */
  publishRecord(): void {
    const { cluster } = this.ctx;
    if (cluster.solo || this.state !== "online" || this.clusterNick === undefined) return;
    cluster.sessions.put(this.record(this.nick, this.clusterNick));
  }

  /**
   * Writes the record again after a chat message, at most once per heartbeat interval, so another
   * node's Whois counts idle time from a message no older than that.
   */
  noteMessageSent(nowMs: number): void {
    this.lastMessageAtMs = nowMs;
    if (this.ctx.cluster.solo || nowMs - this.recordWrittenAtMs < this.ctx.config.clusterHeartbeatMs) return;
    this.publishRecord();
  }

  private record(nick: string, nickKey: string): SessionRecord {
    const { cluster, rooms } = this.ctx;
    this.recordWrittenAtMs = this.ctx.now();
    return {
      id: this.id,
      nodeId: cluster.nodeId,
      nick,
      rooms: [...rooms.roomsOf(this)].map((room) => room.name),
      remoteAddress: this.remoteAddress,
      clientName: this.clientName,
      connectedAtMs: this.connectedAtMs,
      account: this.account,
      party: this.party,
      nickKey,
      awayMessage: this.away.message,
      awaySinceMs: this.away.sinceMs,
      lastMessageAtMs: this.lastMessageAtMs,
    };
  }

  // Limits ----------------------------------------------------------------------------------------

  /**
   * Takes a rate token, or throws RATE_LIMITED; after `floodDisconnectAfter` refusals in a row the
   * refusal is fatal.
   */
  takeRateToken(): void {
    const waitMs = this.bucket.take(this.ctx.now());
    if (waitMs === 0) {
      this.rateRefusedInARow = 0;
      return;
    }
    this.rateRefusedInARow++;
    if (this.rateRefusedInARow >= this.ctx.config.floodDisconnectAfter)
      throw new RequestError(ErrorCode.ERROR_CODE_RATE_LIMITED, "disconnected for flooding", {
        retryAfterMs: waitMs,
        closeReason: "flooding",
      });
    throw new RequestError(ErrorCode.ERROR_CODE_RATE_LIMITED, `slow down: try again in ${waitMs} ms`, {
      retryAfterMs: waitMs,
    });
  }

  /** Takes `tokens` more from the rate bucket, into debt if need be (a request heavier than one). */
  chargeTokens(tokens: number): void {
    if (tokens > 0) this.bucket.charge(this.ctx.now(), tokens);
  }

  /**
   * Charges the reply a request produced (`replyBytes` written for it) to the rate bucket, one token
   * per `replyBytesPerToken`: a small request with a large answer costs what it costs the server.
   * The bucket may go into debt; later requests wait until it is paid back.
   */
  chargeReply(replyBytes: number): void {
    const perToken = this.ctx.config.replyBytesPerToken;
    if (perToken > 0 && replyBytes >= perToken)
      this.bucket.charge(this.ctx.now(), Math.floor(replyBytes / perToken));
  }

  private overflow(): void {
    this.ctx.logger.info(
      { session: this.id, nick: this.nick, queued: this.conn.writableBytes },
      "send queue overflow",
    );
    this.closeReason = "send-queue overflow";
    this.ctx.stats.sendQueueOverflowsTotal++;
    this.held = undefined;
    this.leaveAll(PresenceKind.PRESENCE_KIND_QUIT, this.closeReason);
    this.state = "closing";
    // Best effort: a peer that is not reading will likely never see this, but one that was only slow
    // can tell the close from a crash.
    this.conn.send({
      error: {
        code: ErrorCode.ERROR_CODE_SEND_QUEUE_OVERFLOW,
        message: "too much left unread; disconnected",
        fatal: true,
      },
    });
    this.conn.flush();
    // It is not reading, so waiting for the queue to drain is pointless: drop it and free the memory now.
    this.conn.destroy();
    this.finish("send-queue overflow");
  }

  // Closing ---------------------------------------------------------------------------------------

  /**
   * Closes the session: first the outcome (acknowledgement or error) of every message it sent that is
   * still in the open batch, then `last` if given (the fatal Error naming the reason, or Quit's Ok),
   * then the end of the stream. The session stops reading and leaves its rooms at once; what is queued
   * gets `shutdownGraceMs` to reach the peer before the socket is destroyed. `reason` is recorded for
   * operators; `publicReason` (default: the same) is what the rooms see in the QUIT presence.
   */
  close(reason: string, publicReason = reason, last?: Envelope): void {
    this.shut(reason, last, PresenceKind.PRESENCE_KIND_QUIT, publicReason);
  }

  /** Sends Kicked (after the outcomes of the session's messages), tells the rooms, and closes. */
  kick(reason: string, by: string, banUntilMs: number, banPermanent = false): void {
    this.shut(
      `kicked by ${by}${reason ? `: ${reason}` : ""}`,
      { kicked: { reason, by, banUntilMs, banPermanent } },
      PresenceKind.PRESENCE_KIND_KICK,
      reason,
      by,
    );
  }

  private shut(
    reason: string,
    last: Envelope | undefined,
    kind: PresenceKind,
    publicReason: string,
    by = "",
  ): void {
    if (this.state === "closing" || this.shutting) return;
    this.conn.stopReading();
    // Read but not yet served: dropped unanswered, as if they had not arrived (none of them is stored).
    this.waiting = undefined;
    // Commit the open batch now, while this session still takes writes: the outcomes of its messages
    // go out before the close. (Flushing writes to others too, and may close this session first.) A
    // request still being served (waiting for the store) goes first: a message it stores is in that batch.
    // In a cluster the outcomes may then wait behind other nodes' seqs: the close waits for those too.
    const inProgress = this.serving;
    const flushed = inProgress ? inProgress.then(() => this.settleOutcomes()) : this.settleOutcomes();
    if (flushed) {
      // The store answers later: the close finishes once the batch is committed and delivered. The
      // nick is free meanwhile, so a reconnect is not refused NICK_IN_USE while this one winds down.
      this.shutting = true;
      this.ctx.registry.releaseNick(this);
      this.releaseInCluster();
      void flushed.then(() => {
        this.shutting = false;
        this.finishShut(reason, last, kind, publicReason, by);
      });
      return;
    }
    this.finishShut(reason, last, kind, publicReason, by);
  }

  /**
   * Commits what is queued; in a cluster the acknowledgements may then wait behind other nodes' seqs,
   * and this waits for those too. Undefined when nothing is left to wait for.
   */
  private settleOutcomes(): Promise<void> | undefined {
    const committed = this.ctx.messages.flushNow();
    return committed ? committed.then(() => this.acknowledged()) : this.acknowledged();
  }

  /**
   * In a cluster, resolves once the acknowledgements the room sequencer holds for this session (in
   * any room, one it has left too) went out; at most shutdownGraceMs (a store that is down does not
   * hold the close). Nothing to wait for: undefined.
   */
  private acknowledged(): Promise<void> | undefined {
    const held = this.ctx.roomOrder?.whenAcknowledged(this);
    if (!held) return undefined;
    let timer: Timer | undefined;
    const cap = new Promise<void>((resolve) => {
      timer = this.ctx.clock.setTimeout(resolve, this.ctx.config.shutdownGraceMs);
    });
    return Promise.race([held, cap]).finally(() => timer?.cancel());
  }

  private finishShut(
    reason: string,
    last: Envelope | undefined,
    kind: PresenceKind,
    publicReason: string,
    by: string,
  ): void {
    if ((this.state as SessionPhase) === "closing") return;
    // What was held (a reply still being read) goes first, then the close.
    this.releaseHeld();
    this.closeReason = reason;
    this.leaveAll(kind, publicReason, by);
    // Let go in the cluster before the last frame, so a client that saw the close finds the nick free.
    this.releaseInCluster();
    if (last) this.send(last);
    else this.flushPresence();
    this.state = "closing";
    this.conn.end(this.ctx.config.shutdownGraceMs);
  }

  /**
   * Leaves every room, telling each peer once with one shared frame. The account's other clients stay:
   * if this was the last of them not away, the person is away from now on, and its rooms are told.
   */
  private leaveAll(kind: PresenceKind, reason: string, by = ""): void {
    if (this.state !== "online") return;
    const others = this.account ? onlineClients(this, this.account) : [];
    const elsewhere = clientsElsewhere(this);
    const stays = others.length + elsewhere.length > 0;
    const awayBefore = stays ? awayMessageOf([this, ...others], elsewhere) : "";
    const rooms = [...this.ctx.rooms.roomsOf(this)];
    this.ctx.rooms.leaveAll(this, () =>
      presenceFrame({ kind, nick: this.nick, reason, by, atMs: this.ctx.now(), sessionId: this.id }),
    );
    for (const room of rooms) expireRoomIfUnused(this.ctx, room);
    if (stays) announceAwayChange(this.ctx, others, awayBefore, elsewhere);
  }

  /** Final bookkeeping, once, when the socket is gone or abandoned. */
  private finished = false;
  private finish(reason: string): void {
    if (this.finished) return;
    this.finished = true;
    if (!this.closeReason) this.closeReason = reason;
    this.transfersInProgress?.closeAll();
    this.presence = undefined;
    this.held = undefined;
    this.waiting = undefined;
    this.ctx.presenceBatch.delete(this);
    this.leaveAll(PresenceKind.PRESENCE_KIND_QUIT, this.closeReason);
    this.state = "closing";
    const { stats, registry, closed } = this.ctx;
    stats.closedBytesIn += this.bytesIn;
    stats.closedBytesOut += this.bytesOut;
    closed.add(this.info(), this.ctx.now(), this.closeReason);
    registry.remove(this);
    this.ctx.connectionLimits?.release(this.remoteAddress);
    this.releaseInCluster();
    this.pendingAuth = undefined;
    const account = this.account ? this.ctx.accounts.get(this.account) : undefined;
    if (account) this.ctx.accounts.seen(account, this.ctx.now());
    this.ctx.logger.debug({ session: this.id, nick: this.nick, reason: this.closeReason }, "session closed");
    this.markEnded?.();
  }

  // Introspection ---------------------------------------------------------------------------------

  /** The admin view of this session. */
  info(): SessionInfo {
    const now = this.ctx.now();
    return {
      id: this.id,
      nick: this.nick,
      remoteAddress: this.remoteAddress,
      remotePort: this.remotePort,
      clientName: this.clientName,
      clientVersion: this.clientVersion,
      connectedAtMs: this.connectedAtMs,
      idleMs: now - this.lastActiveAtMs,
      rooms: [...this.ctx.rooms.roomsOf(this)].map((room) => room.name),
      messagesIn: this.messagesIn,
      messagesOut: this.messagesOut,
      bytesIn: this.bytesIn,
      bytesOut: this.bytesOut,
      sendQueueBytes: this.conn.writableBytes,
      rttMs: this.rttMs,
      state: PHASE_STATE[this.state],
      transport: TRANSPORT[this.transport],
      account: this.account,
    };
  }
}
