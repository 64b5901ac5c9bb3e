// The backplane over Redis (ioredis): one connection for commands and publishing, one subscribed to
// the rooms with local members plus the presence and command channels; heartbeats in a sorted set,
// and the first node to see a node silent for nodeTimeoutMs mourns its sessions. After a broken link
// it resubscribes, writes its session records again and asks the node to resync every room.
import { Redis } from "ioredis";
import type { Clock, Timer } from "../../clock.js";
import type { Logger } from "../../logger.js";
import type {
  Backplane,
  ClusterCommand,
  CommandBus,
  NodeInbox,
  PresenceBus,
  RoomBroker,
  RoomPublication,
  SessionDirectory,
  SessionRecord,
} from "../backplane.js";
import {
  BusMessageError,
  decodeBusMessage,
  encodeCommand,
  encodePresence,
  encodeRoomMessages,
} from "./codec.js";
import {
  COMMAND_CHANNEL,
  NODE_COUNTER,
  NODES,
  nodeSessions,
  PREFIX,
  PRESENCE_CHANNEL,
  roomChannel,
} from "./keys.js";

export interface RedisBackplaneOptions {
  /** redis://host:port[/db] */
  url: string;
  /** How often this node records that it is alive, in ms. */
  heartbeatIntervalMs: number;
  /** A node whose last heartbeat is older than this is dead, in ms. */
  nodeTimeoutMs: number;
  clock: Clock;
  logger: Logger;
}

/** Session ids of node n are n·2³² + 1, n·2³² + 2, ...: no two nodes hand out the same id. */
const SESSION_ID_RANGE = 2 ** 32;
/** Reconnect back-off after a broken link, in ms: 100, 200, ... at most 1000. */
const retryStrategy = (times: number) => Math.min(times * 100, 1000);

/**
 * One heartbeat, atomically: refuse if this node was declared dead; record the beat; keep the node
 * counter at or above this node's number (a restarted Redis must not hand the number out again).
 */
const BEAT = `
if redis.call('EXISTS', KEYS[3]) == 1 then return 0 end
redis.call('ZADD', KEYS[1], ARGV[2], ARGV[1])
if tonumber(redis.call('GET', KEYS[2]) or '0') < tonumber(ARGV[1]) then redis.call('SET', KEYS[2], ARGV[1]) end
return 1`;

/**
 * Declares a node dead if its last beat is still older than the cutoff: removes it, marks it dead for
 * a day (so it closes its sessions if it comes back), and returns its session records. Nil when
 * another node got there first.
 */
const MOURN = `
local beat = redis.call('ZSCORE', KEYS[1], ARGV[1])
if not beat or tonumber(beat) >= tonumber(ARGV[2]) then return nil end
redis.call('ZREM', KEYS[1], ARGV[1])
redis.call('SET', KEYS[3], '1', 'EX', 86400)
local sessions = redis.call('HVALS', KEYS[2])
redis.call('DEL', KEYS[2])
return sessions`;

/** The Redis a node was told to join cannot be reached at start: the node does not start. */
export class RedisUnavailableError extends Error {
  override name = "RedisUnavailableError";
}

const deadMark = (node: number) => `${PREFIX}node:${node}:dead`;

export class RedisBackplane implements Backplane {
  readonly solo = false;
  private node = 0;
  /** Commands and publishing. */
  private readonly redis: Redis;
  /** Subscriber mode only. */
  private readonly sub: Redis;
  private inbox: NodeInbox | undefined;
  /** Rooms this node is subscribed to (rooms with local members). */
  private readonly subscribed = new Set<string>();
  /** This node's session records, written again after Redis lost them. */
  private readonly mine = new Map<number, SessionRecord>();
  private others: SessionRecord[] = [];
  private heartbeat: Timer | undefined;
  private beating = false;
  private subscriberWasReady = false;
  private closed = false;
  /** The last connection error, which says more than the "Connection is closed" a failed connect gives. */
  private lastError = "";

  constructor(private readonly options: RedisBackplaneOptions) {
    const common = { lazyConnect: true, retryStrategy, maxRetriesPerRequest: null } as const;
    this.redis = new Redis(options.url, { ...common, connectionName: "parley" });
    this.sub = new Redis(options.url, { ...common, autoResubscribe: false, connectionName: "parley-sub" });
    for (const connection of [this.redis, this.sub])
      connection.on("error", (error: Error) => {
        this.lastError = error.message;
        options.logger.warn({ err: error.message }, "Redis connection error; reconnecting");
      });
  }

  get nodeId(): string {
    return `n${this.node}`;
  }

  get firstSessionId(): number {
    return this.node * SESSION_ID_RANGE + 1;
  }

  async start(inbox: NodeInbox): Promise<void> {
    this.inbox = inbox;
    try {
      await Promise.all([this.redis.connect(), this.sub.connect()]);
    } catch (error) {
      this.redis.disconnect();
      this.sub.disconnect();
      throw new RedisUnavailableError(
        `cannot reach Redis at ${this.options.url}: ${this.lastError || (error as Error).message}`,
        { cause: error },
      );
    }
    this.node = await this.redis.incr(NODE_COUNTER);
    this.sub.on("messageBuffer", (channel: Buffer, message: Buffer) => this.receive(channel, message));
    await this.sub.subscribe(PRESENCE_CHANNEL, COMMAND_CHANNEL);
    this.sub.on("ready", () => void this.relink());
    this.subscriberWasReady = true;
    await this.beat();
    this.heartbeat = this.options.clock.setInterval(() => void this.beat(), this.options.heartbeatIntervalMs);
    this.options.logger.info({ node: this.nodeId }, "joined the cluster");
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.heartbeat?.cancel();
    if (this.node) {
      // A clean leave: nobody needs to mourn this node's sessions (they closed and said so).
      await this.redis
        .multi()
        .zrem(NODES, this.node)
        .del(nodeSessions(this.node))
        .exec()
        .catch(() => undefined);
    }
    this.sub.disconnect();
    await this.redis.quit().catch(() => this.redis.disconnect());
  }

  // What the node calls ---------------------------------------------------------------------------

  readonly rooms: RoomBroker = {
    publish: (publication: RoomPublication) => {
      this.send(roomChannel(publication.room), encodeRoomMessages(this.node, publication));
    },
    subscribe: async (room: string) => {
      if (this.subscribed.has(room)) return;
      this.subscribed.add(room);
      await this.sub.subscribe(roomChannel(room)).catch(this.quietly("subscribe"));
    },
    unsubscribe: (room: string) => {
      if (!this.subscribed.delete(room)) return;
      this.sub.unsubscribe(roomChannel(room)).catch(this.quietly("unsubscribe"));
    },
  };

  readonly presence: PresenceBus = {
    publishPresence: (rooms: readonly string[], frame: Uint8Array) => {
      this.send(PRESENCE_CHANNEL, encodePresence(this.node, rooms, frame));
    },
  };

  readonly commands: CommandBus = {
    broadcast: (command: ClusterCommand) => {
      this.send(COMMAND_CHANNEL, encodeCommand(this.node, command));
    },
  };

  readonly sessions: SessionDirectory = {
    put: (record: SessionRecord) => {
      this.mine.set(record.id, record);
      this.redis
        .hset(nodeSessions(this.node), String(record.id), JSON.stringify(record))
        .catch(this.quietly("hset"));
    },
    remove: (sessionId: number) => {
      if (!this.mine.delete(sessionId)) return;
      this.redis.hdel(nodeSessions(this.node), String(sessionId)).catch(this.quietly("hdel"));
    },
    elsewhere: () => this.others,
  };

  /**
   * Publishes without waiting: while Redis is away ioredis queues it (sent in order on reconnect);
   * one that is lost anyway shows as a seq gap on the receiving nodes, which fill it from the store.
   */
  private send(channel: string, message: Buffer): void {
    this.redis.publish(channel, message).catch(this.quietly("publish"));
  }

  private quietly(what: string) {
    return (error: Error) => this.options.logger.debug({ err: error.message, what }, "Redis command failed");
  }

  // Node side ------------------------------------------------------------------------------------

  private receive(channelBytes: Buffer, message: Buffer): void {
    const channel = channelBytes.toString();
    let room = "";
    if (channel.startsWith(ROOM_PREFIX)) room = channel.slice(ROOM_PREFIX.length);
    let decoded: ReturnType<typeof decodeBusMessage>;
    try {
      decoded = decodeBusMessage(message, room);
    } catch (error) {
      if (!(error instanceof BusMessageError)) throw error;
      this.options.logger.warn({ channel, err: error.message }, "dropped a bus message");
      return;
    }
    if (decoded.origin === this.node || !this.inbox) return;
    if (decoded.kind === "room") {
      if (this.subscribed.has(room)) this.inbox.roomMessages(decoded.publication);
    } else if (decoded.kind === "presence") this.inbox.roomPresence(decoded.rooms, decoded.frame);
    else this.inbox.command(decoded.command);
  }

  /**
   * The subscriber is back after a broken link: subscribe again, write this node's sessions and beat
   * (a restarted Redis lost them), then have every room checked against the store.
   */
  private async relink(): Promise<void> {
    if (!this.subscriberWasReady || this.closed) return;
    try {
      await this.sub.subscribe(PRESENCE_CHANNEL, COMMAND_CHANNEL, ...[...this.subscribed].map(roomChannel));
      await this.rewriteSessions();
      // A restarted Redis has forgotten every node: be among the living again at once.
      await this.beat();
      this.options.logger.info(
        { node: this.nodeId, rooms: this.subscribed.size },
        "Redis link back; resyncing rooms",
      );
      this.inbox?.resync();
    } catch (error) {
      this.options.logger.warn(
        { err: (error as Error).message },
        "resubscribing failed; retrying on the next reconnect",
      );
    }
  }

  private async rewriteSessions(): Promise<void> {
    if (this.mine.size === 0) return;
    const fields: string[] = [];
    for (const [id, record] of this.mine) fields.push(String(id), JSON.stringify(record));
    await this.redis.hset(nodeSessions(this.node), ...fields);
  }

  /** Records this node's heartbeat, mourns nodes that stopped, and refreshes the others' sessions. */
  private async beat(): Promise<void> {
    if (this.beating || this.closed) return;
    this.beating = true;
    try {
      const now = this.options.clock.now();
      const alive = await this.redis.eval(BEAT, 3, NODES, NODE_COUNTER, deadMark(this.node), this.node, now);
      if (alive === 0) {
        this.options.logger.error(
          { node: this.nodeId },
          "the cluster declared this node dead; closing its sessions",
        );
        this.inbox?.declaredDead();
        this.mine.clear();
        await this.redis.del(deadMark(this.node));
        return;
      }
      const cutoff = now - this.options.nodeTimeoutMs;
      for (const node of await this.redis.zrangebyscore(NODES, "-inf", `(${cutoff}`)) {
        if (Number(node) === this.node) continue;
        const records = (await this.redis.eval(
          MOURN,
          3,
          NODES,
          nodeSessions(Number(node)),
          deadMark(Number(node)),
          node,
          cutoff,
        )) as string[] | null;
        if (!records) continue;
        const sessions = records.flatMap(parseRecord);
        this.options.logger.warn(
          { node: `n${node}`, sessions: sessions.length },
          "a node stopped beating: its sessions are gone",
        );
        this.inbox?.nodeDied(sessions);
      }
      const live = (await this.redis.zrange(NODES, "0", "-1"))
        .map(Number)
        .filter((node) => node !== this.node);
      const pipeline = this.redis.pipeline();
      for (const node of live) pipeline.hvals(nodeSessions(node));
      const replies = live.length ? ((await pipeline.exec()) ?? []) : [];
      this.others = replies.flatMap(([, values]) => ((values as string[] | null) ?? []).flatMap(parseRecord));
    } catch (error) {
      this.options.logger.warn({ err: (error as Error).message }, "heartbeat failed");
    } finally {
      this.beating = false;
    }
  }
}

const ROOM_PREFIX = roomChannel("");

function parseRecord(json: string): SessionRecord[] {
  try {
    return [JSON.parse(json) as SessionRecord];
  } catch {
    return [];
  }
}
