// Two nodes on one real Redis: what is live crosses nodes — presence, operators' kicks, bans and
// announcements, and the admin's list of sessions. (Room messages need the shared PostgreSQL store;
// their ordering is covered by src/cluster/sequencer.test.ts.) Direct messages are routed to
// the recipient's node.
import { NoticeKind, PresenceKind, type SessionInfo } from "@parley/protocol";
import { adminClient, startRedis, type TestRedis } from "@parley/testkit";
import { describe, expect, it, vi } from "vitest";
import { loggedIn, loginRefusal, startServer } from "./helpers.js";

/** Two nodes on `redis`, beating often so the other nodes' sessions show quickly. */
async function twoNodes(redis: TestRedis) {
  const settings = { redis: redis.url, clusterHeartbeatMs: 50, clusterNodeTimeoutMs: 1000 };
  return [await startServer(settings), await startServer(settings)] as const;
}

describe("a cluster's live state", () => {
  it("tells members on one node who joins and quits on another", async () => {
    const redis = await startRedis();
    const [a, b] = await twoNodes(redis);
    const bob = await loggedIn(b.port, "bob", ["r"]);
    const ana = await loggedIn(a.port, "ana", ["r"]);
    const join = await bob.waitFor((e) => e.presence?.kind === PresenceKind.PRESENCE_KIND_JOIN);
    expect(join.presence).toMatchObject({ room: "r", nick: "ana" });
    await ana.close();
    const quit = await bob.waitFor((e) => e.presence?.kind === PresenceKind.PRESENCE_KIND_QUIT);
    expect(quit.presence?.nick).toBe("ana");
  });

  it("lets an admin on one node list and kick a session on another, and announce to both", async () => {
    const redis = await startRedis();
    const [a, b] = await twoNodes(redis);
    const bob = await loggedIn(b.port, "bob");
    const admin = await adminClient(a.server);
    let listed: SessionInfo[] = [];
    await vi.waitFor(async () => {
      listed = (await admin.request({ adminListSessions: {} })).adminSessionList?.sessions ?? [];
      expect(listed.map((s) => s.nick)).toContain("bob");
    });
    const id = Number(listed.find((s) => s.nick === "bob")!.id);
    expect(id).toBeGreaterThan(2 ** 32);
    await admin.request({ adminAnnounce: { text: "maintenance at noon" } });
    const notice = await bob.waitFor((e) => e.notice?.kind === NoticeKind.NOTICE_KIND_ANNOUNCEMENT);
    expect(notice.notice?.text).toBe("maintenance at noon");
    await admin.request({ adminKick: { sessionId: id, reason: "spam", by: "oper" } });
    const kicked = await bob.waitFor((e) => e.body === "kicked");
    expect(kicked.kicked).toMatchObject({ reason: "spam", by: "oper" });
  });

  it("refuses on every node a login that a ban on one node covers", async () => {
    const redis = await startRedis();
    const [a, b] = await twoNodes(redis);
    const admin = await adminClient(a.server);
    await admin.request({ adminBan: { nick: "mallory", reason: "abuse", permanent: true } });
    await vi.waitFor(async () => expect((await loginRefusal(b.port, "mallory"))?.message).toMatch(/banned/));
  });

  it("keeps a nick held on one node from being taken on another", async () => {
    const redis = await startRedis();
    const [a, b] = await twoNodes(redis);
    await loggedIn(a.port, "carol");
    await vi.waitFor(async () => expect((await loginRefusal(b.port, "Carol"))?.message).toMatch(/in use/));
  });

  it("routes a direct message to the node holding its recipient", async () => {
    const redis = await startRedis();
    const [a, b] = await twoNodes(redis);
    const bob = await loggedIn(b.port, "bob");
    const ana = await loggedIn(a.port, "ana");
    const admin = await adminClient(a.server);
    await vi.waitFor(async () => {
      const sessions = (await admin.request({ adminListSessions: {} })).adminSessionList?.sessions ?? [];
      expect(sessions.map((s) => s.nick)).toContain("bob");
    });
    const ack = await ana.request({ sendMessage: { toNick: "Bob", text: "psst", clientMsgId: "d1" } });
    expect(ack.message).toMatchObject({ toNick: "bob", fromNick: "ana", text: "psst" });
    const got = await bob.waitFor((e) => e.body === "message");
    expect(got.message).toMatchObject({
      toNick: "bob",
      fromNick: "ana",
      text: "psst",
      seq: ack.message?.seq,
    });
    const nobody = await ana.request({ sendMessage: { toNick: "nobody", text: "hello?" } }).catch((e) => e);
    expect(nobody.message).toMatch(/no user "nobody" is online/);
  });
});
