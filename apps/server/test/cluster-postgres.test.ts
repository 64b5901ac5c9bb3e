// Three real nodes as separate processes on one real PostgreSQL and one real Redis: room messages and
// direct messages reach every node exactly once and in order; a node killed with SIGKILL, a Redis
// restart and a stopped PostgreSQL lose nothing acknowledged; a resend through another node is answered
// with the copy stored meanwhile; operators and bans reach every node.
import { ErrorCode, type ServerError, type SessionInfo } from "@parley/protocol";
import { adminClient, type TestCluster } from "@parley/testkit";
import pg from "pg";
import { describe, expect, it, vi } from "vitest";
import { Chatter, chatLoop, streamFaults } from "./cluster-traffic.js";
import { loggedIn, loginRefusal, onCleanup, postgresForFile, spawnCluster } from "./helpers.js";
import { waitingOnLock } from "./pg-locks.js";

const postgres = postgresForFile();

/** Rate limits out of the way: these tests are about delivery, and the limits have their own. */
const TRAFFIC_ARGS = ["--rate-per-second", "100000", "--rate-burst", "100000", "--log-level", "warn"];
/** Messages each chatter says in a traffic test. */
const MESSAGES_EACH = 40;

function threeNodes(): Promise<TestCluster> {
  return spawnCluster({ nodes: 3, postgres, args: TRAFFIC_ARGS, heartbeatMs: 100, nodeTimeoutMs: 1000 });
}

/** One chatter per node in `room`, connected and caught up. */
async function chattersOn(cluster: TestCluster, room: string): Promise<Chatter[]> {
  const chatters = cluster.nodes.map((_, i) => new Chatter(`user${i + 1}`, room));
  await Promise.all(chatters.map((chatter, i) => chatter.connect(cluster.nodes[i]!.port)));
  return chatters;
}

/** Waits until every chatter has seen `last`, then checks each saw 1..last once, in order. */
async function expectEverySeqOnce(chatters: readonly Chatter[], last: number): Promise<void> {
  await vi.waitFor(() => {
    for (const chatter of chatters) expect(chatter.lastSeq, chatter.nick).toBe(last);
  }, 20_000);
  for (const chatter of chatters)
    expect(streamFaults(chatter.seqs, last), chatter.nick).toEqual({
      repeated: [],
      outOfOrder: [],
      missing: [],
    });
}

/** Every acknowledged send is stored under the seq it was acknowledged with. */
async function expectAcknowledgedStored(port: number, chatters: readonly Chatter[]): Promise<number> {
  const reader = await loggedIn(port, "auditor", [{ room: chatters[0]!.room, historyLimit: 0 }]);
  const stored = new Map<string, number>();
  for (let after = 0; ; ) {
    const page = await reader.request({ fetchHistory: { room: chatters[0]!.room, afterSeq: after } });
    const messages = page.history?.messages ?? [];
    for (const message of messages) stored.set(message.clientMsgId ?? "", Number(message.seq));
    if (!page.history?.hasMore || messages.length === 0) break;
    after = Number(messages.at(-1)!.seq);
  }
  for (const chatter of chatters)
    for (const [id, seq] of chatter.acked) expect(stored.get(id), `${id} acknowledged as ${seq}`).toBe(seq);
  return stored.size;
}

describe("a cluster of three nodes on PostgreSQL and Redis", () => {
  it("delivers one room's messages from all three nodes to everyone exactly once in order, and direct messages across nodes", async () => {
    const cluster = await threeNodes();
    const chatters = await chattersOn(cluster, "lobby");
    await Promise.all(chatters.map((chatter) => chatLoop(chatter, MESSAGES_EACH)));
    const total = MESSAGES_EACH * chatters.length;
    await expectEverySeqOnce(chatters, total);
    expect(await expectAcknowledgedStored(cluster.nodes[1]!.port, chatters)).toBe(total);

    // Direct messages between nodes 1 and 3, both ways: each stored once and read the same everywhere.
    const [one, , three] = chatters.map((chatter) => chatter.client!);
    const ack = await one!.request({ sendMessage: { toNick: "user3", text: "hi three", clientMsgId: "d1" } });
    const got = await three!.waitFor((e) => e.message?.text === "hi three");
    expect(got.message?.seq).toBe(ack.message?.seq);
    const reply = await three!.request({
      sendMessage: { toNick: "user1", text: "hi one", clientMsgId: "d2" },
    });
    const back = await one!.waitFor((e) => e.message?.text === "hi one");
    expect(back.message?.seq).toBe(reply.message?.seq);
    expect(reply.message?.seq).toBe(Number(ack.message?.seq) + 1);
    // Both directions are one conversation, whichever node stored each message.
    const conversation = await three!.request({ fetchHistory: { withNick: "user1" } });
    expect(conversation.history?.messages?.map((m) => m.text)).toEqual(["hi three", "hi one"]);
  }, 120_000);

  it("moves the clients of a node killed mid-traffic to another node, with no gap, no duplicate and nothing acknowledged lost", async () => {
    const cluster = await threeNodes();
    const chatters = await chattersOn(cluster, "lobby");
    const [first, second, doomed] = cluster.nodes as [
      TestCluster["nodes"][0],
      TestCluster["nodes"][0],
      TestCluster["nodes"][0],
    ];
    const victim = chatters[2]!;
    const reconnect = () => victim.connect(first.port);
    const traffic = chatters.map((chatter) =>
      chatLoop(chatter, MESSAGES_EACH, chatter === victim ? reconnect : undefined),
    );
    // Mid-traffic: once the victim's node has stored some of its messages.
    await vi.waitFor(() => expect(victim.acked.size).toBeGreaterThan(MESSAGES_EACH / 4), 20_000);
    await doomed.kill();
    await Promise.all(traffic);
    const total = MESSAGES_EACH * chatters.length;
    await expectEverySeqOnce(chatters, total);
    expect(await expectAcknowledgedStored(second.port, chatters)).toBe(total);
  }, 120_000);

  it("loses nothing when Redis restarts mid-traffic: the nodes fill the gaps from the store", async () => {
    const cluster = await threeNodes();
    const chatters = await chattersOn(cluster, "lobby");
    const traffic = chatters.map((chatter) => chatLoop(chatter, MESSAGES_EACH));
    await vi.waitFor(() => expect(chatters[0]!.acked.size).toBeGreaterThan(MESSAGES_EACH / 4), 20_000);
    await cluster.redis.kill();
    await cluster.redis.start();
    await Promise.all(traffic);
    const total = MESSAGES_EACH * chatters.length;
    await expectEverySeqOnce(chatters, total);
    expect(await expectAcknowledgedStored(cluster.nodes[0]!.port, chatters)).toBe(total);
  }, 120_000);

  it("refuses sends while PostgreSQL is stopped, acknowledging nothing on any node, and resumes once it is back", async () => {
    const cluster = await threeNodes();
    const chatters = await chattersOn(cluster, "lobby");
    expect(await chatters[0]!.say("before", "m-1")).toBe(1);
    await expectEverySeqOnce(chatters, 1);

    await postgres.stop();
    try {
      const refused = await chatters[2]!.say("during", "m-2").catch((error: ServerError) => error);
      expect((refused as ServerError).code).toBe(ErrorCode.ERROR_CODE_STORE_UNAVAILABLE);
      expect((refused as ServerError).message).toMatch(/store/i);
      expect(chatters[2]!.acked.has("m-2")).toBe(false);
    } finally {
      await postgres.start();
    }
    // The documented recovery: the same message again, with the same client id.
    expect(await chatters[2]!.say("during", "m-2")).toBe(2);
    expect(await chatters[1]!.say("after", "m-3")).toBe(3);
    await expectEverySeqOnce(chatters, 3);
  }, 120_000);

  it("answers a resend through another node with the copy stored meanwhile, which the room sees once", async () => {
    const cluster = await spawnCluster({ nodes: 2, postgres, args: TRAFFIC_ARGS });
    const [one, two] = cluster.nodes.map((node) => node.port) as [number, number];
    const bob = await loggedIn(two, "bob", ["tea"]);
    const lost = await loggedIn(one, "alice", ["tea"]);
    await lost.request({ sendMessage: { room: "tea", text: "hello", clientMsgId: "a-1" } });
    await bob.waitFor((e) => e.message?.text === "hello");

    // Another connection holds the room's counter row: each node's next commit queues behind it, in
    // the order they asked, and takes its snapshot of stored messages before it waits.
    const blocker = new pg.Client({ connectionString: cluster.store });
    await blocker.connect();
    onCleanup(() => blocker.end());
    await blocker.query("BEGIN");
    await blocker.query("SELECT last_seq FROM conversations WHERE conversation = 'tea' FOR UPDATE");
    const unanswered = lost.request({ sendMessage: { room: "tea", text: "once", clientMsgId: "a-2" } });
    unanswered.catch(() => undefined);
    await expect.poll(() => waitingOnLock(blocker)).toBe(1);
    // Her connection to node 1 drops before the answer; she comes back on node 2 and sends it again.
    lost.conn.destroy();
    await vi.waitFor(async () => expect(await loginRefusal(two, "alice")).toBeUndefined(), 10_000);
    const alice = await loggedIn(two, "alice", ["tea"]);
    const resend = alice.request({ sendMessage: { room: "tea", text: "once", clientMsgId: "a-2" } });
    await expect.poll(() => waitingOnLock(blocker)).toBe(2);
    // Node 1 commits first; node 2's insert then meets the copy and answers with it.
    await blocker.query("ROLLBACK");
    expect((await resend).message).toMatchObject({
      seq: 2,
      text: "once",
      fromNick: "alice",
      clientMsgId: "a-2",
    });
    const after = await alice.request({ sendMessage: { room: "tea", text: "after", clientMsgId: "a-3" } });
    expect(after.message?.seq).toBe(3);
    await bob.waitFor((e) => e.message?.text === "after");
    const seen = (await bob.request({ fetchHistory: { room: "tea" } })).history?.messages ?? [];
    expect(seen.map((m) => [Number(m.seq), m.text])).toEqual([
      [1, "hello"],
      [2, "once"],
      [3, "after"],
    ]);
    // Bob was given it live exactly once: once above, and no second copy queued.
    expect(bob.queuedEvents.filter((e) => e.message?.text === "once")).toHaveLength(1);
  }, 120_000);

  it("lets an admin on node 1 list and kick a session on node 3, and a ban from node 2 refuse a login on node 3", async () => {
    const cluster = await threeNodes();
    const [one, two, three] = cluster.nodes as [
      TestCluster["nodes"][0],
      TestCluster["nodes"][0],
      TestCluster["nodes"][0],
    ];
    const bob = await loggedIn(three.port, "bob");
    const admin = await adminClient({ adminPort: one.adminPort, adminToken: cluster.adminToken });
    let listed: SessionInfo[] = [];
    await vi.waitFor(async () => {
      listed = (await admin.request({ adminListSessions: {} })).adminSessionList?.sessions ?? [];
      expect(listed.map((s) => s.nick)).toContain("bob");
    }, 10_000);
    const id = Number(listed.find((s) => s.nick === "bob")!.id);
    await admin.request({ adminKick: { sessionId: id, reason: "spam", by: "oper" } });
    const kicked = await bob.waitFor((e) => e.body === "kicked");
    expect(kicked.kicked).toMatchObject({ reason: "spam", by: "oper" });

    const other = await adminClient({ adminPort: two.adminPort, adminToken: cluster.adminToken });
    await other.request({ adminBan: { nick: "mallory", reason: "abuse", permanent: true } });
    await vi.waitFor(
      async () => expect((await loginRefusal(three.port, "mallory"))?.message).toMatch(/banned/),
      10_000,
    );
  }, 120_000);
});
