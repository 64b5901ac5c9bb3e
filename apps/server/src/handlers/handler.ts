// What a chat handler sees: the session narrowed to what requests need (identity, limits through the
// server state, reply and events, back-pressure, closing), never its socket. A handler refuses a
// request by throwing (or rejecting with) RequestError; `dispatch` (index.ts) answers it.
import type { DecodedEnvelope, Envelope, JoinRoom, ScramServer } from "@parley/protocol";
import type { ServerContext } from "../context.js";
import type { Transfers } from "../files/transfers.js";
import type { AwayNotices, AwayState } from "../state/away.js";
import type { Member } from "../state/member.js";

/** handshake → login (after Hello) → online (after Login) → closing. */
export type SessionPhase = "handshake" | "login" | "online" | "closing";

/** A SCRAM login waiting for the client's proof (AuthResponse). */
export interface PendingAuth {
  nick: string;
  foldedNick: string;
  rooms: JoinRoom[];
  /** The server half of the exchange, holding the challenge it sent. */
  scram: ScramServer;
  /** True once a wrong proof arrived: the refusal is on its way, after the delay. */
  failed: boolean;
}

export interface ChatSession extends Member {
  /** The shared server state: settings and limits (`ctx.config`), stores, rooms, registry, clock. */
  readonly ctx: ServerContext;
  readonly state: SessionPhase;
  /** Peer address, IPv4-mapped IPv6 unwrapped (what bans match). */
  readonly remoteAddress: string;
  /** When the server last pinged this session (0: never). */
  readonly lastPingSentAtMs: number;
  /** The connection is TLS, or from loopback: passwords may cross it. */
  readonly secureTransport: boolean;
  /** Account name logged in to ("" for a guest); set by Login, Register, DropAccount. */
  account: string;
  /** Who the session is in direct conversations: "~account", or a guest name no one else gets. */
  readonly party: string;
  /** Becomes a guest, with a fresh party. */
  leaveAccount(): void;
  /** A SCRAM login between challenge and proof. */
  pendingAuth: PendingAuth | undefined;
  /** A password hash is being made or checked for this session: a second request waits its turn. */
  passwordWorkPending: boolean;
  /** Round trip measured from the answer to the server's last Ping (0 before the first). */
  rttMs: number;
  /** Chat messages this session sent. */
  messagesIn: number;
  /** When the session connected, ms since the epoch (Whois shows it). */
  readonly connectedAtMs: number;
  /** When the session last sent a chat message (its login until then): Whois's idle time counts from it. */
  lastMessageAtMs: number;
  /** Away or not, with the message and whom it was told (SetAway); read-only (see setAway). */
  readonly away: AwayState;
  /** Goes away with `message`, or comes back with ""; false when nothing changed (see AwayState.set). */
  setAway(message: string, nowMs: number): boolean;
  /** Sends a reply or an event, encoded once. */
  send(envelope: Envelope): void;
  /**
   * Answers `requestId` with the Error for `error` (RequestError as it says, anything else INTERNAL,
   * logged), closing the session for a fatal one: for failures that surface after the handler
   * returned, in a write or read callback.
   */
  fail(requestId: number, error: unknown): void;
  /** Bytes written to this session so far: what a reply added is the difference. */
  readonly bytesOut: number;
  /**
   * Charges `replyBytes` of reply to the rate bucket (see replyBytesPerToken): dispatch does it for
   * replies sent while the handler runs; a handler that answers later charges its reply itself.
   */
  chargeReply(replyBytes: number): void;
  /** Takes `tokens` more from the rate bucket (into debt if need be), for a request heavier than one. */
  chargeTokens(tokens: number): void;
  /** Bytes written to this session that its socket has not taken yet. */
  readonly queuedBytes: number;
  /** Resolves once the send queue has drained below the socket's high-water mark (at once if it has). */
  drained(): Promise<void>;
  /** This session's file transfers (created on first use). */
  transfers(): Transfers;
  /** Hello accepted: records the client and moves on to login. */
  greet(clientName: string, clientVersion: string): void;
  /** Claims the nick in the registry and goes online; false if another session holds it. */
  logIn(nick: string, foldedNick: string): boolean;
  /** Claims a new nick in the registry and takes it; false if another session holds it. */
  rename(nick: string, foldedNick: string): boolean;
  /** Tells the other nodes of a cluster this session's nick and rooms, after they changed. */
  publishRecord(): void;
  /**
   * In a cluster, claims the nick on every node for this session's party (atomically, in the shared
   * directory); false when someone else holds it. Alone: true.
   */
  claimInCluster(nick: string, foldedNick: string): Promise<boolean>;
  /** Lets go of the session's nick in the cluster's directory; idempotent. */
  releaseInCluster(): void;
  /** Records a chat message sent now (Whois's idle time), in the cluster's directory too. */
  noteMessageSent(nowMs: number): void;
  /** Which away periods of people on other nodes this session was told of. */
  readonly toldAway: AwayNotices;
  /**
   * Closes: the outcomes of the session's messages still in the open batch, then `last` if given
   * (Quit's Ok, or a fatal Error), then the end of the stream; the session leaves its rooms at once.
   * `reason` is recorded for operators; `publicReason` (default: the same) is what the rooms see in
   * the QUIT presence.
   */
  close(reason: string, publicReason?: string, last?: Envelope): void;
  /**
   * Holds every frame written to this session from now on (live messages, presence, acknowledgements,
   * notices) until `release`, except what is sent through the hold itself: a join's reply and
   * History go out before any live message the session received meanwhile, even when the History
   * is read from a store that answers later.
   */
  holdEvents(): EventHold;
}

/** A session's output held back while a reply is prepared (ChatSession.holdEvents). */
export interface EventHold {
  /** Writes a reply now, ahead of what is held. */
  send(envelope: Envelope): void;
  /** Writes an encoded reply frame now, ahead of what is held. */
  sendFrame(frame: Uint8Array): void;
  /** Writes what was held, in order, and stops holding. Idempotent. */
  release(): void;
}

export interface Handler {
  /**
   * Serves one request; throws RequestError to refuse it. A handler that waits for the store returns
   * a promise: the session's next request is served only once it settles, so requests are answered
   * in order.
   */
  run(session: ChatSession, envelope: DecodedEnvelope): void | Promise<void>;
  /** Refused with NOT_LOGGED_IN before Login. */
  needsLogin: boolean;
  /** Takes a token from the session's rate bucket. */
  rateLimited: boolean;
}
