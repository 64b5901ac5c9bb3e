// Kicks and bans over real sockets: by session id, nick and address; the Kicked event with reason, by
// and ban end; timed bans refusing reconnection until they expire; bans surviving a restart; unban;
// dry runs; and the audit entries each leaves.
import { ErrorCode, type ProtocolClient, type ServerError } from "@parley/protocol";
import { describe, expect, it } from "vitest";
import { ManualClock } from "../src/clock.js";
import { adminClient, capturingLogger, operatorAudit } from "./admin-helpers.js";
import {
  barrier,
  closedWithin,
  isKind,
  loggedIn,
  loginRefusal,
  rawClient,
  startServer,
  tempDir,
} from "./helpers.js";

async function sessionIds(admin: ProtocolClient): Promise<number[]> {
  const reply = await admin.request({ adminListSessions: {} });
  return (reply.adminSessionList?.sessions ?? []).map((s) => Number(s.id));
}

describe("AdminKick", () => {
  it("kicks one session by id: it receives Kicked with reason and operator, then the connection closes", async () => {
    const { server, port } = await startServer();
    const alice = await loggedIn(port, "alice");
    const bob = await loggedIn(port, "bob");
    const admin = await adminClient(server);
    const [aliceId, bobId] = await sessionIds(admin);
    const reply = await admin.request({
      adminKick: { sessionId: aliceId, reason: "spamming links", by: "ops" },
    });
    expect(reply.adminKickResult?.sessions?.map((s) => s.nick)).toEqual(["alice"]);
    expect(reply.adminKickResult?.bans ?? []).toEqual([]);
    const kicked = await alice.waitFor(isKind("kicked"));
    expect(kicked.kicked).toMatchObject({ reason: "spamming links", by: "ops" });
    expect(Number(kicked.kicked?.banUntilMs ?? 0)).toBe(0);
    await closedWithin(alice);
    const quit = await bob.waitFor(isKind("presence"));
    expect(quit.presence?.nick).toBe("alice");
    // The server forgets the session once its side of the socket has closed too.
    await expect.poll(() => sessionIds(admin)).toEqual([bobId]);
  });

  it("kicks by nick, case-insensitively, and leaves other nicks alone", async () => {
    const { server, port } = await startServer();
    const alice = await loggedIn(port, "Alice");
    await loggedIn(port, "bob");
    const admin = await adminClient(server);
    const reply = await admin.request({ adminKick: { nick: "ALICE", reason: "bye" } });
    expect(reply.adminKickResult?.sessions?.map((s) => s.nick)).toEqual(["Alice"]);
    expect((await alice.waitFor(isKind("kicked"))).kicked).toMatchObject({ reason: "bye", by: "admin" });
    await closedWithin(alice);
    const nicks = async () =>
      ((await admin.request({ adminListSessions: {} })).adminSessionList?.sessions ?? []).map((s) => s.nick);
    await expect.poll(nicks).toEqual(["bob"]);
  });

  it("kicks every session from an address, logged in or not", async () => {
    const { server, port } = await startServer();
    const alice = await loggedIn(port, "alice");
    const bob = await loggedIn(port, "bob");
    const lurker = await rawClient(port);
    const admin = await adminClient(server);
    await expect.poll(async () => (await sessionIds(admin)).length).toBe(3);
    const reply = await admin.request({ adminKick: { address: "127.0.0.1", reason: "raid" } });
    expect(reply.adminKickResult?.sessions).toHaveLength(3);
    for (const client of [alice, bob, lurker]) {
      expect((await client.waitFor(isKind("kicked"))).kicked?.reason).toBe("raid");
      await closedWithin(client);
    }
    await expect.poll(async () => (await sessionIds(admin)).length).toBe(0);
  });

  it("reports an empty result when nothing matches, and refuses an address that is not one", async () => {
    const { server } = await startServer();
    const admin = await adminClient(server);
    const reply = await admin.request({ adminKick: { nick: "ghost" } });
    expect(reply.adminKickResult?.sessions ?? []).toEqual([]);
    const error = (await admin
      .request({ adminKick: { address: "not-an-ip" } })
      .catch((e) => e)) as ServerError;
    expect(error.code).toBe(ErrorCode.ERROR_CODE_BAD_REQUEST);
  });

  it("dry run lists who would be hit and which bans would be made, and changes nothing", async () => {
    const { server, port } = await startServer();
    const alice = await loggedIn(port, "alice");
    const admin = await adminClient(server);
    const reply = await admin.request({
      adminKick: {
        nick: "alice",
        reason: "test",
        banDurationMs: 600_000,
        banNick: true,
        banAddress: true,
        dryRun: true,
      },
    });
    expect(reply.adminKickResult?.dryRun).toBe(true);
    expect(reply.adminKickResult?.sessions?.map((s) => s.nick)).toEqual(["alice"]);
    expect(reply.adminKickResult?.bans?.map((b) => [b.nick, b.address])).toEqual([
      ["alice", ""],
      ["", "127.0.0.1"],
    ]);
    // Had the dry run kicked alice, her connection would have it before this round trip ends.
    await barrier(alice);
    expect(alice.conn.isClosed).toBe(false);
    expect(alice.queuedEvents.some((e) => e.body === "kicked")).toBe(false);
    expect((await admin.request({ adminListBans: {} })).adminBanList?.bans ?? []).toEqual([]);
    expect(await operatorAudit(admin)).toEqual([]);
  });
});

describe("timed bans", () => {
  it("refuses the nick with BANNED until the ban ends, then lets it back in", async () => {
    const clock = new ManualClock();
    const { server, port } = await startServer({}, { options: { clock } });
    const alice = await loggedIn(port, "alice");
    const admin = await adminClient(server);
    const before = clock.now();
    const reply = await admin.request({
      adminKick: { nick: "alice", reason: "cool off", banDurationMs: 800, banNick: true },
    });
    const [ban] = reply.adminKickResult?.bans ?? [];
    expect(ban).toMatchObject({ nick: "alice", address: "", reason: "cool off", by: "admin" });
    const untilMs = Number(ban?.untilMs);
    expect(untilMs).toBe(before + 800);
    const kicked = await alice.waitFor(isKind("kicked"));
    expect(Number(kicked.kicked?.banUntilMs)).toBe(untilMs);
    await closedWithin(alice);

    const refused = await loginRefusal(port, "alice");
    expect(refused?.code).toBe(ErrorCode.ERROR_CODE_BANNED);
    expect(refused?.banUntilMs).toBe(untilMs);
    expect(refused?.message).toContain(new Date(untilMs).toISOString());
    expect(refused?.message).toContain("cool off");
    expect(await loginRefusal(port, "bob")).toBeUndefined();

    clock.advance(799);
    expect((await loginRefusal(port, "alice"))?.code).toBe(ErrorCode.ERROR_CODE_BANNED);
    clock.advance(1);
    expect(await loginRefusal(port, "alice")).toBeUndefined();
  });

  it("bans the address with ban_address: new connections from it are refused at once", async () => {
    const { server, port } = await startServer();
    await loggedIn(port, "alice");
    const admin = await adminClient(server);
    const reply = await admin.request({
      adminKick: { nick: "alice", banDurationMs: 60_000, banNick: false, banAddress: true },
    });
    expect(reply.adminKickResult?.bans?.map((b) => b.address)).toEqual(["127.0.0.1"]);
    const client = await rawClient(port);
    const refused = await client.waitFor(isKind("error"));
    expect(refused.error?.code).toBe(ErrorCode.ERROR_CODE_BANNED);
    expect(Number(refused.error?.banUntilMs)).toBe(Number(reply.adminKickResult?.bans?.[0]?.untilMs));
    await closedWithin(client);
  });

  it("survive a restart, are listed, and are lifted by unban", async () => {
    const dataDir = tempDir();
    const first = await startServer({}, { dataDir });
    await loggedIn(first.port, "alice");
    const admin1 = await adminClient(first.server);
    await admin1.request({
      adminKick: { nick: "alice", reason: "flood", banDurationMs: 3_600_000, banNick: true, by: "ops" },
    });
    await admin1.request({ adminBan: { nick: "Mallory", reason: "known troll" } });
    await first.server.close();

    const second = await startServer({}, { dataDir });
    const admin = await adminClient(second.server);
    const bans = (await admin.request({ adminListBans: {} })).adminBanList?.bans ?? [];
    expect(bans.map((b) => [b.nick, b.reason, b.by, Number(b.untilMs) === 0])).toEqual([
      ["alice", "flood", "ops", false],
      ["mallory", "known troll", "admin", true],
    ]);
    expect((await loginRefusal(second.port, "alice"))?.code).toBe(ErrorCode.ERROR_CODE_BANNED);
    const permanent = await loginRefusal(second.port, "mallory");
    expect(permanent?.code).toBe(ErrorCode.ERROR_CODE_BANNED);
    expect(permanent?.banUntilMs).toBe(0);

    const byNick = await admin.request({ adminUnban: { nick: "ALICE" } });
    expect(byNick.adminUnbanResult?.removed?.map((b) => b.nick)).toEqual(["alice"]);
    expect(await loginRefusal(second.port, "alice")).toBeUndefined();
    const byId = await admin.request({ adminUnban: { banId: bans[1]!.id } });
    expect(byId.adminUnbanResult?.removed?.map((b) => b.nick)).toEqual(["mallory"]);
    expect(await loginRefusal(second.port, "mallory")).toBeUndefined();
    expect(
      (await admin.request({ adminUnban: { banId: bans[1]!.id } })).adminUnbanResult?.removed ?? [],
    ).toEqual([]);
    expect((await admin.request({ adminListBans: {} })).adminBanList?.bans ?? []).toEqual([]);
  });

  it("unban by address lifts address bans only", async () => {
    const { server, port } = await startServer();
    const admin = await adminClient(server);
    await admin.request({ adminBan: { address: "::ffff:127.0.0.1", durationMs: 60_000 } });
    await admin.request({ adminBan: { nick: "carol", durationMs: 60_000 } });
    const client = await rawClient(port);
    expect((await client.waitFor(isKind("error"))).error?.code).toBe(ErrorCode.ERROR_CODE_BANNED);
    const lifted = await admin.request({ adminUnban: { address: "127.0.0.1" } });
    expect(lifted.adminUnbanResult?.removed?.map((b) => b.address)).toEqual(["127.0.0.1"]);
    expect(await loginRefusal(port, "dave")).toBeUndefined();
    expect((await loginRefusal(port, "carol"))?.code).toBe(ErrorCode.ERROR_CODE_BANNED);
  });
});

describe("audit", () => {
  it("records every kick, ban, unban and announcement, newest first, in the database and the log", async () => {
    const { logger, lines } = capturingLogger();
    const { server, port } = await startServer({}, { options: { logger } });
    await loggedIn(port, "alice");
    const admin = await adminClient(server);
    await admin.request({ adminKick: { nick: "alice", reason: "spam", banDurationMs: 60_000, by: "ops" } });
    await admin.request({ adminUnban: { nick: "alice" } });
    await admin.request({ adminBan: { address: "10.9.8.7", by: "ops" } });
    await admin.request({ adminAnnounce: { text: "maintenance at noon" } });
    await admin.request({ adminKick: { nick: "ghost" } });
    const entries = await operatorAudit(admin);
    const logins = (await admin.request({ adminListAudit: {} })).adminAuditList?.entries ?? [];
    // The admin connection's own login is audited too, before everything it did.
    expect(logins.at(-1)).toMatchObject({ action: "auth", result: "ok", by: "" });
    expect(entries.map((e) => [e.action, e.target, e.by])).toEqual([
      ["kick", "nick ghost", "admin"],
      ["announce", "all sessions", "admin"],
      ["ban", "address 10.9.8.7", "ops"],
      ["unban", "nick alice", "admin"],
      ["kick", "nick alice", "ops"],
    ]);
    expect(entries[0]?.result).toBe("no session matched");
    expect(entries[4]?.result).toMatch(/^kicked 1 session\(s\) \(\d+\); banned nick alice until \d{4}-/);
    expect(entries[2]?.result).toBe("banned address 10.9.8.7 permanently");
    expect(Number(entries[0]?.atMs)).toBeGreaterThanOrEqual(Number(entries[4]?.atMs));
    expect((await admin.request({ adminListAudit: { limit: 2 } })).adminAuditList?.entries).toHaveLength(2);
    const logged = lines().filter(
      (line) => line.msg === "admin action" && (line.audit as { action: string }).action !== "auth",
    );
    expect(logged.map((line) => (line.audit as { action: string }).action)).toEqual([
      "kick",
      "unban",
      "ban",
      "announce",
      "kick",
    ]);
    expect(logged[0]).toMatchObject({ reason: "spam", audit: { target: "nick alice", by: "ops" } });
  });
});
