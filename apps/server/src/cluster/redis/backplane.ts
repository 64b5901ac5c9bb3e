// The backplane over Redis (ioredis): one connection for commands and publishing, one subscribed to
// the rooms with local members plus the presence and command channels; heartbeats in a sorted set,
// and the first node to see a node silent for nodeTimeoutMs mourns its sessions. After a broken link
// it resubscribes, writes its session records again and asks the node to resync every room.
import { type ChainableCommander, Redis } from "ioredis";
import type { Clock, Timer } from "../../clock.js";
import type { Logger } from "../../logger.js";
import { foldName } from "../../names.js";
import {
  type Backplane,
  type ClusterCommand,
  ClusterUnavailableError,
  type CommandBus,
  type NodeInbox,
  type PresenceBus,
  type RoomBroker,
  type RoomPublication,
  type SessionDirectory,
  type SessionRecord,
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
  NICK_PREFIX,
  NODE_COUNTER,
  NODES,
  nickKey,
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
 * a day (so it closes its sessions if it comes back), lets go of its sessions' nicks, and returns
 * their records. Nil when another node got there first.
 */
const MOURN = `
local beat = redis.call('ZSCORE', KEYS[1], ARGV[1])
if not beat or tonumber(beat) >= tonumber(ARGV[2]) then return nil end
redis.call('ZREM', KEYS[1], ARGV[1])
redis.call('SET', KEYS[3], '1', 'EX', 86400)
local sessions = redis.call('HVALS', KEYS[2])
redis.call('DEL', KEYS[2])
for _, json in ipairs(sessions) do
  local ok, record = pcall(cjson.decode, json)
  if ok and type(record) == 'table' and type(record.nickKey) == 'string' then
    local key = ARGV[3] .. record.nickKey
    redis.call('HDEL', key, tostring(record.id))
    if redis.call('HLEN', key) <= 2 then redis.call('DEL', key) end
  end
end
return sessions`;

/**
 * Claims a nick for a party, atomically: refused (0) while a session of another party on a live node
 * (beat at or after ARGV[5]) holds it; holders on dead nodes are dropped. On success the session is
 * recorded under the nick and in its node's hash, and taken off its previous nick (KEYS[3], a rename).
 * Session ids carry their node: id = node·2³² + n.
 */
const CLAIM = `
local party = redis.call('HGET', KEYS[1], '.party')
if party and party ~= ARGV[2] then
  local live = 0
  for _, field in ipairs(redis.call('HKEYS', KEYS[1])) do
    if string.sub(field, 1, 1) ~= '.' and field ~= ARGV[3] then
      local beat = redis.call('ZSCORE', KEYS[2], tostring(math.floor(tonumber(field) / 4294967296)))
      if beat and tonumber(beat) >= tonumber(ARGV[5]) then live = live + 1
      else redis.call('HDEL', KEYS[1], field) end
    end
  end
  if live > 0 then return 0 end
end
if KEYS[3] ~= KEYS[1] and redis.call('HDEL', KEYS[3], ARGV[3]) == 1 and redis.call('HLEN', KEYS[3]) <= 2 then
  redis.call('DEL', KEYS[3])
end
redis.call('HSET', KEYS[1], '.nick', ARGV[1], '.party', ARGV[2], ARGV[3], ARGV[4])
redis.call('HSET', KEYS[4], ARGV[3], ARGV[4])
return 1`;

/**
 * Updates a session's record: in its node's hash, and under its nick while it still holds it there
 * (a node declared dead lost its claims); its party too when it is the nick's only holder (a guest
 * that registered, an account dropped).
 */
const UPDATE = `
redis.call('HSET', KEYS[2], ARGV[1], ARGV[2])
if redis.call('HEXISTS', KEYS[1], ARGV[1]) == 1 then
  redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
  if redis.call('HLEN', KEYS[1]) == 3 then redis.call('HSET', KEYS[1], '.party', ARGV[3]) end
end
return 1`;

/** Forgets a session: off its node's hash and its nick, which is free once no session holds it. */
const RELEASE = `
redis.call('HDEL', KEYS[2], ARGV[1])
if redis.call('HDEL', KEYS[1], ARGV[1]) == 1 and redis.call('HLEN', KEYS[1]) <= 2 then
  redis.call('DEL', KEYS[1])
end
return 1`;

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
  /** `others` by account, made on first use after each heartbeat. */
  private othersByAccount: Map<string, SessionRecord[]> | undefined;
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
      // A clean leave: nobody needs to mourn this node's sessions (they closed and said so), and
      // nicks still held here are free at once.
      const leave = this.redis.multi();
      for (const record of this.mine.values()) this.release(leave, record);
      await leave
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
    claim: (record: SessionRecord, previousKey?: string) => {
      const previous = this.mine.get(record.id);
      // Recorded at once, so a remove while the claim is on its way releases it (same connection, in order).
      this.mine.set(record.id, record);
      const claimed = this.claimScript(record, previousKey).then((won) => {
        if (!won && this.mine.get(record.id) === record) this.restore(record.id, previous);
        return won;
      });
      return this.inTime(claimed, "claiming a nick", (won) => {
        // Answered too late: the caller was refused, so the claim is undone.
        if (won && this.mine.get(record.id) === record) {
          this.restore(record.id, previous);
          if (previous) void this.claimScript(previous, record.nickKey).catch(this.quietly("claim"));
          else this.releaseNow(record);
        }
      });
    },
    put: (record: SessionRecord) => {
      if (!this.mine.has(record.id)) return;
      this.mine.set(record.id, record);
      this.redis
        .eval(
          UPDATE,
          2,
          nickKey(record.nickKey ?? ""),
          nodeSessions(this.node),
          String(record.id),
          JSON.stringify(record),
          record.party ?? "",
        )
        .catch(this.quietly("update"));
    },
    remove: (sessionId: number) => {
      const record = this.mine.get(sessionId);
      if (!record) return;
      this.mine.delete(sessionId);
      this.releaseNow(record);
    },
    holders: (key: string) =>
      this.inTime(
        this.redis.hgetall(nickKey(key)).then((fields) => {
          const records: SessionRecord[] = [];
          for (const [field, json] of Object.entries(fields))
            if (!field.startsWith(".")) records.push(...parseRecord(json));
          return records;
        }),
        "reading the session directory",
      ),
    elsewhere: () => this.others,
    ofAccount: (account: string) => {
      if (!this.othersByAccount) {
        this.othersByAccount = new Map();
        for (const record of this.others) {
          if (!record.account) continue;
          const list = this.othersByAccount.get(record.account);
          if (list) list.push(record);
          else this.othersByAccount.set(record.account, [record]);
        }
      }
      return this.othersByAccount.get(account) ?? [];
    },
    learn: (records: readonly SessionRecord[]) => {
      const fresh = new Map(records.map((record) => [record.id, record]));
      this.others = [...this.others.filter((record) => !fresh.has(record.id)), ...fresh.values()];
      this.othersByAccount = undefined;
    },
  };

  /** Runs CLAIM for `record` (moving it off `previousKey`, default: none); true when it holds the nick. */
  private async claimScript(record: SessionRecord, previousKey?: string): Promise<boolean> {
    const key = nickKey(record.nickKey ?? "");
    const won = await this.redis.eval(
      CLAIM,
      4,
      key,
      NODES,
      previousKey === undefined ? key : nickKey(previousKey),
      nodeSessions(this.node),
      foldName(record.nick),
      record.party ?? "",
      String(record.id),
      JSON.stringify(record),
      this.options.clock.now() - this.options.nodeTimeoutMs,
    );
    return won === 1;
  }

  /** Puts back what this node knew of a session before a claim that did not happen. */
  private restore(sessionId: number, previous: SessionRecord | undefined): void {
    if (previous) this.mine.set(sessionId, previous);
    else this.mine.delete(sessionId);
  }

  /** RELEASE's arguments for `record`. */
  private releaseArgs(record: SessionRecord): [string, number, string, string, string] {
    return [RELEASE, 2, nickKey(record.nickKey ?? ""), nodeSessions(this.node), String(record.id)];
  }

  private release(batch: ChainableCommander, record: SessionRecord): void {
    batch.eval(...this.releaseArgs(record));
  }

  private releaseNow(record: SessionRecord): void {
    this.redis.eval(...this.releaseArgs(record)).catch(this.quietly("release"));
  }

  /**
   * `work`, or ClusterUnavailableError when Redis does not answer within the node timeout (ioredis
   * holds commands while it reconnects): a login is refused rather than held. `late` sees an answer
   * that came after the refusal.
   */
  private inTime<T>(work: Promise<T>, what: string, late?: (value: T) => void): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      let timedOut = false;
      const timer = this.options.clock.setTimeout(() => {
        timedOut = true;
        reject(new ClusterUnavailableError(`the cluster's Redis did not answer ${what}; try again`));
      }, this.options.nodeTimeoutMs);
      work.then(
        (value) => {
          timer.cancel();
          if (timedOut) late?.(value);
          else resolve(value);
        },
        (error: unknown) => {
          timer.cancel();
          if (!timedOut)
            reject(new ClusterUnavailableError(`the cluster's Redis failed ${what}`, { cause: error }));
        },
      );
    });
  }

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
      // A restarted Redis has forgotten every node: be among the living again at once.
      await this.beat();
      await this.reclaim();
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

  /**
   * Writes this node's sessions and their nick claims again (a restarted Redis lost them). A nick
   * another node's session took meanwhile stays theirs; the clash is logged.
   */
  private async reclaim(): Promise<void> {
    for (const record of [...this.mine.values()]) {
      if (await this.claimScript(record)) continue;
      this.options.logger.warn(
        { session: record.id, nick: record.nick },
        "after a Redis restart another node's session holds this session's nick",
      );
    }
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
          NICK_PREFIX,
        )) as string[] | null;
        if (!records) continue;
        const sessions = records.flatMap(parseRecord);
        this.options.logger.warn(
          { node: `n${node}`, sessions: sessions.length },
          "a node stopped beating: its sessions are gone",
        );
        this.inbox?.nodeDied(sessions);
      }
      const readFrom = this.options.clock.now();
      const live = (await this.redis.zrange(NODES, "0", "-1"))
        .map(Number)
        .filter((node) => node !== this.node);
      const pipeline = this.redis.pipeline();
      for (const node of live) pipeline.hvals(nodeSessions(node));
      const replies = live.length ? ((await pipeline.exec()) ?? []) : [];
      this.others = replies.flatMap(([, values]) => ((values as string[] | null) ?? []).flatMap(parseRecord));
      this.othersByAccount = undefined;
      this.inbox?.sessionsRead(readFrom);
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
