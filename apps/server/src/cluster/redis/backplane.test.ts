// RedisBackplane against a real redis-server: two backplanes stand for two nodes on one Redis.
import { onCleanup, startRedis, type TestRedis } from "@parley/testkit";
import { describe, expect, it, vi } from "vitest";
import { ManualClock } from "../../clock.js";
import { silentLogger } from "../../logger.js";
import type { ClusterCommand, NodeInbox, RoomPublication, SessionRecord } from "../backplane.js";
import { RedisBackplane, RedisUnavailableError } from "./backplane.js";

/** An inbox that records what reached it. */
class RecordingInbox implements NodeInbox {
  rooms: RoomPublication[] = [];
  presence: { rooms: readonly string[]; text: string }[] = [];
  commands: ClusterCommand[] = [];
  resyncs = 0;
  died: SessionRecord[][] = [];
  deadDeclarations = 0;
  roomMessages(publication: RoomPublication) {
    this.rooms.push(publication);
  }
  roomPresence(rooms: readonly string[], frame: Uint8Array) {
    this.presence.push({ rooms, text: Buffer.from(frame).toString() });
  }
  command(command: ClusterCommand) {
    this.commands.push(command);
  }
  resync() {
    this.resyncs++;
  }
  nodeDied(sessions: readonly SessionRecord[]) {
    this.died.push([...sessions]);
  }
  declaredDead() {
    this.deadDeclarations++;
  }
  sessionsRead() {}
}

async function node(redis: TestRedis, clock = new ManualClock(1_000_000)) {
  const backplane = new RedisBackplane({
    url: redis.url,
    heartbeatIntervalMs: 1000,
    nodeTimeoutMs: 5000,
    clock,
    logger: silentLogger(),
  });
  const inbox = new RecordingInbox();
  await backplane.start(inbox);
  onCleanup(() => backplane.close());
  return { backplane, inbox, clock };
}

/** A session's record; a guest (its own party) unless `account` is given. */
const record = (id: number, nodeId: string, nick: string, rooms: string[], account = ""): SessionRecord => ({
  id,
  nodeId,
  nick,
  rooms,
  remoteAddress: "127.0.0.1",
  clientName: "test",
  connectedAtMs: 1,
  account,
  party: account ? `~${account}` : `!${nodeId}:${id}`,
  nickKey: nick.toLowerCase(),
});

describe("RedisBackplane", () => {
  it("gives each node its own name and session id range", async () => {
    const redis = await startRedis();
    const a = await node(redis);
    const b = await node(redis);
    expect(a.backplane.nodeId).not.toBe(b.backplane.nodeId);
    expect(Math.abs(a.backplane.firstSessionId - b.backplane.firstSessionId)).toBeGreaterThanOrEqual(2 ** 32);
  });

  it("delivers a room's publications only to nodes subscribed to it, never back to the sender", async () => {
    const redis = await startRedis();
    const a = await node(redis);
    const b = await node(redis);
    a.backplane.rooms.subscribe("r");
    b.backplane.rooms.subscribe("r");
    b.backplane.rooms.subscribe("s");
    b.backplane.rooms.unsubscribe("s");
    await vi.waitFor(async () => expect(await subscribers(redis, "parley:room:r")).toBe(2));
    a.backplane.rooms.publish({ room: "s", firstSeq: 1, lastSeq: 1, frames: Buffer.from("lost") });
    a.backplane.rooms.publish({ room: "r", firstSeq: 4, lastSeq: 5, frames: Buffer.from("xy") });
    await vi.waitFor(() => expect(b.inbox.rooms).toHaveLength(1));
    expect(b.inbox.rooms[0]).toMatchObject({ room: "r", firstSeq: 4, lastSeq: 5 });
    expect(Buffer.from(b.inbox.rooms[0]!.frames).toString()).toBe("xy");
    expect(a.inbox.rooms).toEqual([]);
  });

  it("carries presence and operators' commands to the other nodes", async () => {
    const redis = await startRedis();
    const a = await node(redis);
    const b = await node(redis);
    a.backplane.presence.publishPresence(["r", "s"], Buffer.from("alice quits"));
    a.backplane.commands.broadcast({ kind: "announce", text: "maintenance" });
    await vi.waitFor(() => expect(b.inbox.commands).toHaveLength(1));
    expect(b.inbox.presence).toEqual([{ rooms: ["r", "s"], text: "alice quits" }]);
    expect(b.inbox.commands).toEqual([{ kind: "announce", text: "maintenance" }]);
    expect(a.inbox.presence).toEqual([]);
  });

  it("shows each node the others' sessions after a heartbeat", async () => {
    const redis = await startRedis();
    const a = await node(redis);
    const b = await node(redis);
    await a.backplane.sessions.claim(record(a.backplane.firstSessionId, a.backplane.nodeId, "alice", ["r"]));
    b.clock.advance(1000);
    await vi.waitFor(() => expect(b.backplane.sessions.elsewhere().map((s) => s.nick)).toEqual(["alice"]));
    a.backplane.sessions.remove(a.backplane.firstSessionId);
    b.clock.advance(1000);
    await vi.waitFor(() => expect(b.backplane.sessions.elsewhere()).toEqual([]));
  });

  it("mourns a node that stopped beating once, and tells that node when it comes back", async () => {
    const redis = await startRedis();
    const start = 1_000_000;
    const a = await node(redis, new ManualClock(start));
    const b = await node(redis, new ManualClock(start));
    const c = await node(redis, new ManualClock(start));
    const alice = record(a.backplane.firstSessionId, a.backplane.nodeId, "alice", ["r"]);
    expect(await a.backplane.sessions.claim(alice)).toBe(true);
    // b and c keep beating; a is silent past the timeout.
    for (let i = 0; i < 6; i++) {
      for (const living of [b, c]) {
        living.clock.advance(1000);
        await vi.waitFor(async () =>
          expect(await lastBeat(redis, living.backplane)).toBe(living.clock.now()),
        );
      }
    }
    await vi.waitFor(() => expect([...b.inbox.died, ...c.inbox.died]).toEqual([[alice]]));
    // Its nick went with it.
    expect(await b.backplane.sessions.holders("alice")).toEqual([]);
    a.clock.advance(6000);
    await vi.waitFor(() => expect(a.inbox.deadDeclarations).toBe(1));
  });

  it("resubscribes after Redis restarts, writes its sessions again and asks for a resync", async () => {
    const redis = await startRedis();
    const a = await node(redis);
    const b = await node(redis);
    b.backplane.rooms.subscribe("r");
    await b.backplane.sessions.claim(record(b.backplane.firstSessionId, b.backplane.nodeId, "bob", ["r"]));
    await redis.stop();
    await redis.start();
    await vi.waitFor(() => expect(b.inbox.resyncs).toBe(1), { timeout: 10_000 });
    a.backplane.rooms.publish({ room: "r", firstSeq: 9, lastSeq: 9, frames: Buffer.from("z") });
    await vi.waitFor(() => expect(b.inbox.rooms.map((p) => p.firstSeq)).toEqual([9]));
    a.clock.advance(1000);
    await vi.waitFor(() => expect(a.backplane.sessions.elsewhere().map((s) => s.nick)).toEqual(["bob"]));
    // Its nick is claimed again: a guest on another node is refused it.
    const rival = record(a.backplane.firstSessionId, a.backplane.nodeId, "bob", []);
    expect(await a.backplane.sessions.claim(rival)).toBe(false);
  });

  it("lets exactly one of two nodes claiming one nick at the same moment win", async () => {
    const redis = await startRedis();
    const a = await node(redis);
    const b = await node(redis);
    for (const nick of ["carol", "dave", "erin"]) {
      const won = await Promise.all([
        a.backplane.sessions.claim(record(a.backplane.firstSessionId, a.backplane.nodeId, nick, [])),
        b.backplane.sessions.claim(record(b.backplane.firstSessionId, b.backplane.nodeId, nick, [])),
      ]);
      expect(won.filter(Boolean)).toHaveLength(1);
      const holders = await a.backplane.sessions.holders(nick);
      expect(holders).toHaveLength(1);
      a.backplane.sessions.remove(a.backplane.firstSessionId);
      b.backplane.sessions.remove(b.backplane.firstSessionId);
      await vi.waitFor(async () => expect(await a.backplane.sessions.holders(nick)).toEqual([]));
    }
  });

  it("shares a nick among an account's clients on several nodes until the last one lets go", async () => {
    const redis = await startRedis();
    const a = await node(redis);
    const b = await node(redis);
    const onA = record(a.backplane.firstSessionId, a.backplane.nodeId, "ana", ["r"], "ana");
    const onB = record(b.backplane.firstSessionId, b.backplane.nodeId, "ana", ["s"], "ana");
    expect(await a.backplane.sessions.claim(onA)).toBe(true);
    expect(await b.backplane.sessions.claim(onB)).toBe(true);
    const guest = record(b.backplane.firstSessionId + 1, b.backplane.nodeId, "ana", []);
    expect(await b.backplane.sessions.claim(guest)).toBe(false);
    expect((await b.backplane.sessions.holders("ana")).map((r) => r.id).sort()).toEqual(
      [onA.id, onB.id].sort(),
    );
    // A record's update (away, rooms) is what the others read next.
    a.backplane.sessions.put({ ...onA, awayMessage: "lunch", awaySinceMs: 5 });
    await vi.waitFor(async () =>
      expect((await b.backplane.sessions.holders("ana")).find((r) => r.id === onA.id)?.awayMessage).toBe(
        "lunch",
      ),
    );
    a.backplane.sessions.remove(onA.id);
    expect(await b.backplane.sessions.claim(guest)).toBe(false);
    b.backplane.sessions.remove(onB.id);
    expect(await b.backplane.sessions.claim(guest)).toBe(true);
  });

  it("lets a nick held only on a node silent past the timeout be taken", async () => {
    const redis = await startRedis();
    const start = 1_000_000;
    const a = await node(redis, new ManualClock(start));
    const b = await node(redis, new ManualClock(start));
    expect(
      await a.backplane.sessions.claim(record(a.backplane.firstSessionId, a.backplane.nodeId, "fay", [])),
    ).toBe(true);
    const mine = record(b.backplane.firstSessionId, b.backplane.nodeId, "fay", []);
    expect(await b.backplane.sessions.claim(mine)).toBe(false);
    // b's clock runs past a's last beat plus the timeout: whether or not b mourned a yet, a's holder is dead.
    b.clock.advance(6000);
    expect(await b.backplane.sessions.claim(mine)).toBe(true);
  });

  it("refuses to start, saying why, when Redis cannot be reached", async () => {
    const redis = await startRedis();
    await redis.stop();
    const backplane = new RedisBackplane({
      url: redis.url,
      heartbeatIntervalMs: 1000,
      nodeTimeoutMs: 5000,
      clock: new ManualClock(0),
      logger: silentLogger(),
    });
    await expect(backplane.start(new RecordingInbox())).rejects.toThrow(
      new RedisUnavailableError(
        `cannot reach Redis at ${redis.url}: connect ECONNREFUSED 127.0.0.1:${redis.port}`,
      ),
    );
  });
});

/** The time of `backplane`'s last recorded heartbeat. */
async function lastBeat(redis: TestRedis, backplane: RedisBackplane): Promise<number> {
  const { Redis } = await import("ioredis");
  const client = new Redis(redis.url);
  try {
    return Number(await client.zscore("parley:nodes", backplane.nodeId.slice(1)));
  } finally {
    client.disconnect();
  }
}

/** How many connections are subscribed to `channel`. */
async function subscribers(redis: TestRedis, channel: string): Promise<number> {
  const { Redis } = await import("ioredis");
  const client = new Redis(redis.url);
  try {
    const [, count] = (await client.pubsub("NUMSUB", channel)) as [string, number];
    return Number(count);
  } finally {
    client.disconnect();
  }
}
