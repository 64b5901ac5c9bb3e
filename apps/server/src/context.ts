// ServerContext: the shared state every handler and the admin listener work on, built once per server.
import { encodeFrame, InputBudget, type NoticeKind } from "@parley/protocol";
import { Accounts } from "./accounts/accounts.js";
import { OfflineQueue } from "./accounts/offline-queue.js";
import { AuditLog } from "./admin/audit.js";
import { type Clock, systemClock } from "./clock.js";
import type { Backplane } from "./cluster/backplane.js";
import { MemoryBackplane } from "./cluster/memory.js";
import { RemoteMembers } from "./cluster/remote-members.js";
import { createRoomOrder } from "./cluster/room-order.js";
import type { RoomSequencer } from "./cluster/sequencer.js";
import type { ServerConfig } from "./config.js";
import type { Delivery } from "./delivery.js";
import { FileStore } from "./files/store.js";
import type { ChatSession } from "./handlers/handler.js";
import type { Logger } from "./logger.js";
import { ServerMetrics } from "./metrics.js";
import type { ConnectionLimits } from "./net/address-limits.js";
import { WindowCounter } from "./net/address-limits.js";
import { Readiness } from "./net/readiness.js";
import type { TlsCertificate } from "./net/tls.js";
import type { Session } from "./session.js";
import { ClosedSessions } from "./state/closed.js";
import { Interned } from "./state/interned.js";
import { PresenceBatch } from "./state/presence-batch.js";
import { LocalSessionRegistry, type SessionRegistry } from "./state/registry.js";
import { LocalRoomDirectory, type RoomDirectory } from "./state/rooms.js";
import { Stats } from "./state/stats.js";
import { BanStore } from "./store/bans.js";
import { type CommitHandler, loadHistoryState, MessageStore, type StoredMessage } from "./store/messages.js";
import { type Awaitable, isPromise, type Store } from "./store/store.js";

export interface ServerContext {
  readonly config: ServerConfig;
  readonly logger: Logger;
  /** Where everything lasting is kept (SQLite or PostgreSQL); handlers reach it through the stores below. */
  readonly store: Store;
  /** Open sessions; shared state knows them only as members (state/member.ts). */
  readonly registry: SessionRegistry<Session>;
  /** The other nodes of a cluster (none: MemoryBackplane); the node calls it without knowing the engine. */
  readonly cluster: Backplane;
  /**
   * In a cluster: each room's delivery order (local commits and other nodes' publications), gap-free
   * for local members. Absent on a node alone, where commits are delivered in seq order as they are.
   */
  readonly roomOrder: RoomSequencer<StoredMessage> | undefined;
  /** In a cluster: each room's members on the other nodes, for member lists and counts; none alone. */
  readonly remoteMembers: RemoteMembers | undefined;
  /** Rooms and the only way to reach their members. */
  readonly rooms: RoomDirectory<ChatSession>;
  readonly messages: MessageStore<Delivery>;
  /** Bans in force, kept in memory and in the store. */
  readonly bans: BanStore;
  /** Registered accounts: owned nicks, verifiers, password lockouts. */
  readonly accounts: Accounts;
  /** Direct messages waiting for offline accounts (maxQueuedMessagesPerAccount). */
  readonly offline: OfflineQueue;
  /** Accounts registered per IP address in the running hour (maxRegistrationsPerAddressPerHour). */
  readonly registrations: WindowCounter;
  /** Operator actions and security events (wrong passwords), in the store and the log. */
  readonly audit: AuditLog;
  /** Files held for transfer between users. */
  readonly files: FileStore;
  readonly closed: ClosedSessions;
  /** Presence frames waiting to be written together. */
  readonly presenceBatch: PresenceBatch;
  readonly stats: Stats;
  /** Rooms created per IP address in the running minute (maxNewRoomsPerAddressPerMinute). */
  readonly roomCreations: WindowCounter;
  /** Bytes of unfinished frames held across chat connections, bounded by maxBufferedInputBytes. */
  readonly inputBudget: InputBudget;
  /** Client names and versions (from Hello), one copy each for all the sessions that send them. */
  readonly clientStrings: Interned;
  /** What /readyz checks; other layers add theirs (a backplane reachable). */
  readonly readiness: Readiness;
  /** What /metrics reports. */
  readonly metrics: ServerMetrics;
  /** Next session id; ids are never reused within a run. */
  nextSessionId: number;
  /** Set once shutdown starts: new connections and logins are refused. */
  shuttingDown: boolean;
  /** The TLS certificate the listeners serve, when tlsCert is set; reloaded by SIGHUP and the admin. */
  tls?: TlsCertificate;
  /**
   * Connections counted per address (set by createServer): a session gives its address back when it
   * finishes (Session.finish), with no listener of its own on the socket.
   */
  connectionLimits?: ConnectionLimits;
  /** Sends a notice to every logged-in session; returns how many got it. */
  broadcastNotice(kind: NoticeKind, text: string): number;
  /** The clock and timers every time-based behaviour uses (real unless the server was given one). */
  readonly clock: Clock;
  /** The time in ms since the epoch: `clock.now()`, the one place the server reads it. */
  now(): number;
  /**
   * The last seq of `room` its local members were given (or will be, for a room nobody here is in):
   * what Joined.last_seq says and History stops at. Alone, the last committed seq.
   */
  deliveredSeq(room: string): number;
}

export function createContext(
  config: ServerConfig,
  logger: Logger,
  store: Store,
  onCommitted: CommitHandler<Delivery>,
  clock: Clock = systemClock,
  cluster: Backplane = new MemoryBackplane(),
): ServerContext {
  const registry = new LocalSessionRegistry<Session>();
  let roomOrder: RoomSequencer<StoredMessage> | undefined;
  const rooms = new LocalRoomDirectory<ChatSession>(
    cluster.solo
      ? undefined
      : {
          occupied: (room) => {
            // Ordered from what is committed now; anything later comes by publication or by a fill.
            roomOrder?.track(room, ctx.messages.committedSeq(room));
            // Commits made elsewhere between that seq and the subscription come from the store.
            void cluster.rooms.subscribe(room).then(() => roomOrder?.catchUp(room));
          },
          vacated: (room) => {
            cluster.rooms.unsubscribe(room);
            roomOrder?.untrack(room);
          },
          presence: (names, frame) => cluster.presence.publishPresence(names, frame),
          heldElsewhere: (room, account) =>
            cluster.sessions.ofAccount(account).some((record) => record.rooms.includes(room)),
        },
  );
  const metrics = new ServerMetrics(() => ctx);
  const ctx: ServerContext = {
    config,
    logger,
    store,
    registry,
    cluster,
    get roomOrder() {
      return roomOrder;
    },
    rooms,
    remoteMembers: cluster.solo ? undefined : new RemoteMembers(),
    messages: new MessageStore<Delivery>(
      store.messages,
      onCommitted,
      config.historyRetentionBytes,
      (seconds) => metrics.storeCommitSeconds.observe(seconds),
    ),
    bans: new BanStore(store.bans),
    accounts: new Accounts(
      store.accounts,
      config,
      (error) => logger.error({ err: error }, "storing an account failed"),
      cluster.solo
        ? undefined
        : { announce: (name) => cluster.commands.broadcast({ kind: "account-changed", name }) },
    ),
    offline: new OfflineQueue(store.offlineQueue, config.maxQueuedMessagesPerAccount, logger),
    registrations: new WindowCounter(config.maxRegistrationsPerAddressPerHour, 3_600_000),
    audit: new AuditLog(store.audit, logger),
    files: new FileStore(store.files, config.dataDir, config.fileDir),
    closed: new ClosedSessions(500),
    presenceBatch: new PresenceBatch(config.presenceFlushMs, clock, config.presenceFlushMaxMs),
    stats: new Stats(clock.now()),
    roomCreations: new WindowCounter(config.maxNewRoomsPerAddressPerMinute, 60_000),
    inputBudget: new InputBudget(config.maxBufferedInputBytes),
    clientStrings: new Interned(),
    readiness: new Readiness(),
    metrics,
    nextSessionId: 1,
    shuttingDown: false,
    clock,
    now: () => clock.now(),
    deliveredSeq: (room) => roomOrder?.delivered(room) ?? ctx.messages.committedSeq(room),
    broadcastNotice(kind, text) {
      return registry.sendToLoggedIn(encodeFrame({ notice: { kind, text, atMs: ctx.now() } }));
    },
  };
  if (!cluster.solo) roomOrder = createRoomOrder(ctx);
  return ctx;
}

/**
 * Fills the context with what the store holds: rooms and topics, bans, accounts, each conversation's
 * last seq and the history's size, and how many direct messages each offline account has waiting. Synchronous on SQLite; a promise on PostgreSQL, awaited before listening.
 */
export function loadContext(ctx: ServerContext): Awaitable<void> {
  const opened = ctx.store.open();
  return isPromise(opened) ? opened.then(() => loadState(ctx)) : loadState(ctx);
}

function loadState(ctx: ServerContext): Awaitable<void> {
  const { store } = ctx;
  const loaded = [
    store.rooms.load(),
    store.bans.load(),
    loadHistoryState(store.messages),
    store.accounts.loadAll(),
    store.offlineQueue.counts(),
  ] as const;
  const apply = ([storedRooms, bans, history, accounts, queued]: [
    Awaited<(typeof loaded)[0]>,
    Awaited<(typeof loaded)[1]>,
    Awaited<(typeof loaded)[2]>,
    Awaited<(typeof loaded)[3]>,
    Awaited<(typeof loaded)[4]>,
  ]) => {
    for (const stored of storedRooms) {
      const { room } = ctx.rooms.getOrCreate(stored.name);
      room.topic = stored.topic;
      room.topicBy = stored.topicBy;
      room.topicAtMs = stored.topicAtMs;
    }
    ctx.bans.load(bans);
    ctx.messages.load(history);
    ctx.accounts.load(accounts);
    ctx.offline.load(queued);
  };
  if (loaded.some(isPromise)) return Promise.all(loaded).then(apply);
  return apply(loaded as unknown as Parameters<typeof apply>[0]);
}

export type { Session };
