// The seam between one node and the rest of a cluster: small interfaces the node calls without knowing
// which engine is behind them (memory.ts keeps one node as it always was; redis/ joins many nodes).
// Modelled on centrifuge's Broker and PresenceManager: publish with a position, subscribe per channel.
import type { Ban } from "@parley/protocol";

/** One room's messages of one commit, as they travel between nodes: stored, sequenced, encoded once. */
export interface RoomPublication {
  /** Canonical room name. */
  readonly room: string;
  /** Seq of the first message in `frames`; the frames carry firstSeq..lastSeq with no gap. */
  readonly firstSeq: number;
  /** Seq of the last message in `frames`. */
  readonly lastSeq: number;
  /** The messages' frames joined in seq order: the same bytes the storing node's members got. */
  readonly frames: Uint8Array;
}

/**
 * Room traffic between nodes. The storing node publishes once per room after the commit; a node
 * receives only the rooms it subscribed to, which are the rooms with members on it.
 */
export interface RoomBroker {
  /** Hands a committed publication to the other nodes; never throws (a lost one is a gap, filled later). */
  publish(publication: RoomPublication): void;
  /**
   * The first local member joined `room`: start receiving its publications and presence. Resolves
   * once they flow (or the attempt failed: a relink subscribes again and resyncs), so the node can
   * read what was committed before that from the store.
   */
  subscribe(room: string): Promise<void>;
  /** The last local member left `room`. */
  unsubscribe(room: string): void;
}

/** Join, leave, quit, kick and nick presence for members on other nodes. */
export interface PresenceBus {
  /** Sends an encoded presence frame to members of `rooms` on the other nodes, each member once. */
  publishPresence(rooms: readonly string[], frame: Uint8Array): void;
}

/**
 * What every node must apply to its own sessions (or its copy of the bans): an operator's command, or
 * a direct message for a session that may be here.
 */
export type ClusterCommand =
  | { kind: "announce"; text: string }
  /** Bans stored (in the shared store) by another node: in force on every node from now on. */
  | { kind: "bans-added"; bans: Ban[] }
  /** Another node stored a change to this account (case-folded name), or deleted it: read it again. */
  | { kind: "account-changed"; name: string }
  /** Bans removed from the shared store by another node. */
  | { kind: "bans-removed"; ids: number[] }
  /**
   * A stored direct message: its frame, base64, for the recipient's sessions on every node (an
   * account's clients, or a guest's one session), copied to the sender's account's clients there
   * (`echoAccount`, "" for none); and its conversation and seq, so every node's history reads reach it.
   */
  | {
      kind: "direct";
      to: DirectRecipient;
      /** The sender's account (case-folded), whose clients get a copy; "" for a guest or a note to self. */
      echoAccount: string;
      frame: string;
      conversation: string;
      seq: number;
    }
  | {
      kind: "kick";
      /** Which sessions: by id, by case-folded nick, or by (lower-case) address. */
      match: SessionMatch;
      reason: string;
      by: string;
      /** Ban end given to the kicked sessions whose nick or address the kick banned (0: none). */
      banUntilMs: number;
      banPermanent: boolean;
      /** Case-folded nicks and lower-case addresses the kick banned. */
      bannedNicks: string[];
      bannedAddresses: string[];
    };

/** Who a direct message is for on every node: an account's sessions, or a guest's session by id (0: none). */
export type DirectRecipient = { account: string } | { sessionId: number };

/** Selects sessions for a command. */
export type SessionMatch =
  | { sessionId: number }
  | { nick: string }
  | { address: string }
  /** Every session logged in to the account (case-folded name). */
  | { account: string };

/** Commands for every node, the sender included (it applies its own locally, at once). */
export interface CommandBus {
  /** Sends `command` to the other nodes. */
  broadcast(command: ClusterCommand): void;
}

/** What the other nodes deliver to this one; the node implements it and hands it to `start`. */
export interface NodeInbox {
  /** A publication for a room this node subscribed to; may arrive out of order or after a gap. */
  roomMessages(publication: RoomPublication): void;
  /** A presence frame for the local members of `rooms`. */
  roomPresence(rooms: readonly string[], frame: Uint8Array): void;
  /** A command another node broadcast. */
  command(command: ClusterCommand): void;
  /**
   * The link to the other nodes was broken and is back: publications may have been lost in between,
   * so every subscribed room is checked against the store.
   */
  resync(): void;
  /**
   * A node stopped beating and was declared dead (by this node, which alone handles it): its sessions
   * are gone, and the rooms they were in must be told.
   */
  nodeDied(sessions: readonly SessionRecord[]): void;
  /**
   * The other nodes declared this one dead (it missed heartbeats for nodeTimeoutMs) and told its rooms
   * its sessions quit: they must close, so their clients reconnect and are seen again.
   */
  declaredDead(): void;
  /**
   * The other nodes' session records were read again (what `elsewhere` answers now), the read having
   * begun at `readFromMs`: presences heard before that are in it.
   */
  sessionsRead(readFromMs: number): void;
}

/** What the cluster knows of a logged-in session on some node: enough to list it and to mourn it. */
export interface SessionRecord {
  /** Session id, unique across the cluster. */
  id: number;
  /** The node holding it. */
  nodeId: string;
  nick: string;
  /** Canonical names of the rooms it is in. */
  rooms: string[];
  remoteAddress: string;
  clientName: string;
  connectedAtMs: number;
  /** Case-folded account logged in to; "" for a guest. */
  account?: string;
  /** Who it is in direct conversations (Session.party): both nodes key a conversation alike. */
  party?: string;
  /** The nick's confusable skeleton: the key its claim is held under (see claim). */
  nickKey?: string;
  /** Its own away message ("" when not away) and since when (ms). */
  awayMessage?: string;
  awaySinceMs?: number;
  /** When it last sent a chat message (its login until then), as of the record's last write. */
  lastMessageAtMs?: number;
}

/**
 * Who is online where: each node records its own sessions, and can see the others'. A nick is held
 * under its confusable skeleton by one party (an account's clients, on any nodes, or one guest), claimed
 * atomically, so two logins with one nick on two nodes cannot both win.
 */
export interface SessionDirectory {
  /**
   * Claims `record.nick` (under `record.nickKey`) for `record.party` and records the session under it,
   * letting go of `previousKey` (a rename). False when a session of another party on a live node
   * holds it; a holder on a node whose heartbeat is older than the node timeout does not count.
   * Rejects with ClusterUnavailableError when the cluster does not answer within the node timeout.
   */
  claim(record: SessionRecord, previousKey?: string): Promise<boolean>;
  /** Updates one of this node's claimed sessions (rooms, away, party, last message). */
  put(record: SessionRecord): void;
  /** Forgets one of this node's sessions and lets go of its nick. */
  remove(sessionId: number): void;
  /**
   * The sessions holding the nick whose skeleton is `nickKey`, on every node, read from the shared
   * directory now (not as of a heartbeat). Rejects with ClusterUnavailableError as `claim` does.
   */
  holders(nickKey: string): Promise<SessionRecord[]>;
  /** Sessions on the other nodes, as of the last heartbeat (at most heartbeatIntervalMs old). */
  elsewhere(): readonly SessionRecord[];
  /** The sessions of `account` (case-folded) on the other nodes, as `elsewhere` (or `learn`) has them. */
  ofAccount(account: string): readonly SessionRecord[];
  /**
   * Takes records read from the directory just now (a login's look-up) into what `elsewhere` and
   * `ofAccount` answer until the next heartbeat.
   */
  learn(records: readonly SessionRecord[]): void;
}

/** The cluster's shared directory did not answer in time (Redis is away): the request is refused, not held. */
export class ClusterUnavailableError extends Error {
  override name = "ClusterUnavailableError";
}

/** The cluster as one node sees it. */
export interface Backplane {
  /** This node's name among the others (unique while it runs). */
  readonly nodeId: string;
  /** True when this node is the whole system: there is nobody to publish to or hear from. */
  readonly solo: boolean;
  readonly rooms: RoomBroker;
  readonly presence: PresenceBus;
  readonly commands: CommandBus;
  readonly sessions: SessionDirectory;
  /**
   * The first session id this node may hand out: ids must not collide across nodes, since admins and
   * presence name sessions by id. Valid once `start` resolved.
   */
  readonly firstSessionId: number;
  /** Connects and starts delivering to `inbox`. */
  start(inbox: NodeInbox): Promise<void>;
  /** Leaves the cluster: stops heartbeats and subscriptions, closes connections. Idempotent. */
  close(): Promise<void>;
}
