// Closed sessions with their reasons, stats and announcements, read over the admin listener.
import { ErrorCode, NoticeKind, type ServerError } from "@parley/protocol";
import { describe, expect, it } from "vitest";
import { ManualClock } from "../src/clock.js";
import { adminClient } from "./admin-helpers.js";
import { closedWithin, isKind, loggedIn, rawClient, startServer, UNPACED } from "./helpers.js";

async function closedReasons(
  admin: Awaited<ReturnType<typeof adminClient>>,
): Promise<Record<string, string>> {
  const reply = await admin.request({ adminListClosed: {} });
  const reasons: Record<string, string> = {};
  for (const closed of reply.adminClosedList?.sessions ?? [])
    reasons[closed.session?.nick || "?"] = closed.reason ?? "";
  return reasons;
}

describe("AdminListClosed", () => {
  it("lists recently closed sessions, newest first, with quit, kick, protocol error and ping timeout reasons", async () => {
    const clock = new ManualClock();
    const { server, port } = await startServer(
      { heartbeatIntervalMs: 200, heartbeatTimeoutMs: 700 },
      { options: { clock } },
    );
    const admin = await adminClient(server);
    const quitter = await loggedIn(port, "quitter");
    const kicked = await loggedIn(port, "kicked");
    const breaker = await loggedIn(port, "breaker");
    const silent = await loggedIn(port, "silent");
    const before = clock.now();

    await quitter.request({ quit: { reason: "off to lunch" } });
    await closedWithin(quitter);
    await admin.request({ adminKick: { nick: "kicked", reason: "spam", by: "ops" } });
    await closedWithin(kicked);
    // A length prefix announcing a 2 GiB frame: the server ends this session only.
    breaker.conn.socket.write(Buffer.from([0xff, 0xff, 0xff, 0xff, 0x07]));
    await closedWithin(breaker);
    // The silent client never answers the server's pings: closed at the first sweep past the timeout.
    clock.advance(750);
    await closedWithin(silent);

    await expect
      .poll(() => closedReasons(admin))
      .toMatchObject({
        quitter: "quit: off to lunch",
        kicked: "kicked by ops: spam",
        silent: "ping timeout",
      });
    const reasons = await closedReasons(admin);
    expect(reasons.breaker).toMatch(/^protocol error: frame of \d+ bytes exceeds/);

    const list = (await admin.request({ adminListClosed: {} })).adminClosedList?.sessions ?? [];
    const at = list.map((c) => Number(c.closedAtMs));
    expect(at).toEqual([...at].sort((a, b) => b - a));
    expect(at.every((ms) => ms >= before)).toBe(true);
    expect(list.find((c) => c.session?.nick === "quitter")?.session).toMatchObject({
      clientName: "test",
      remoteAddress: "127.0.0.1",
    });
    expect((await admin.request({ adminListClosed: { limit: 2 } })).adminClosedList?.sessions).toHaveLength(
      2,
    );
  });

  it("records a send-queue overflow for a client that stops reading", async () => {
    const { server, port } = await startServer({
      sendQueueLimitBytes: 64 * 1024,
      ...UNPACED,
    });
    const admin = await adminClient(server);
    const sender = await loggedIn(port, "sender");
    const stuck = await loggedIn(port, "stuck");
    stuck.conn.socket.pause();
    const text = "z".repeat(3000);
    for (let batch = 0; batch < 60 && !(await closedReasons(admin)).stuck; batch++) {
      await Promise.all(
        Array.from({ length: 100 }, () => sender.request({ sendMessage: { room: "lobby", text } })),
      );
    }
    expect((await closedReasons(admin)).stuck).toBe("send-queue overflow");
  });

  it("keeps server shutdown as the reason of sessions closed by a shutdown", async () => {
    const { server, port } = await startServer();
    const client = await loggedIn(port, "stayer");
    await server.close();
    await closedWithin(client);
    expect(server.ctx.closed.list().map((c) => [c.session?.nick, c.reason])).toEqual([
      ["stayer", "server shutdown"],
    ]);
  });
});

describe("AdminGetStats", () => {
  it("reports uptime, sessions, rooms, totals, memory and version", async () => {
    const { server, port } = await startServer();
    const alice = await loggedIn(port, "alice", [{ room: "lobby" }, { room: "ops" }]);
    await loggedIn(port, "bob");
    await alice.request({ sendMessage: { room: "lobby", text: "one" } });
    await alice.request({ sendMessage: { room: "ops", text: "two" } });
    const admin = await adminClient(server);
    // The rate is sampled on a timer: the reply carries the sample in force before or after it.
    const sampledBefore = server.ctx.stats.currentRates.messagesPerSecond;
    const stats = (await admin.request({ adminGetStats: {} })).adminStats!;
    const sampledAfter = server.ctx.stats.currentRates.messagesPerSecond;
    expect(stats).toMatchObject({ sessions: 2, rooms: 2, messagesTotal: 2, serverVersion: "0.1.0" });
    expect(Number(stats.uptimeMs)).toBeGreaterThan(0);
    expect(Number(stats.bytesInTotal)).toBeGreaterThan(0);
    expect(Number(stats.bytesOutTotal)).toBeGreaterThan(0);
    expect(Number(stats.rssBytes)).toBeGreaterThan(Number(stats.heapUsedBytes));
    expect(Number(stats.heapUsedBytes)).toBeGreaterThan(0);
    expect([sampledBefore, sampledAfter]).toContain(stats.messagesPerSecond);
  });
});

describe("AdminAnnounce", () => {
  it("sends a server notice to every logged-in session and says how many", async () => {
    const { server, port } = await startServer();
    const clients = [
      await loggedIn(port, "a"),
      await loggedIn(port, "b", [{ room: "elsewhere" }]),
      await loggedIn(port, "c"),
    ];
    const notLoggedIn = await rawClient(port);
    const admin = await adminClient(server);
    const reply = await admin.request({ adminAnnounce: { text: "restart at 03:00 UTC" } });
    expect(reply.adminAnnounceResult?.recipients).toBe(3);
    for (const client of clients) {
      const notice = await client.waitFor(isKind("notice"));
      expect(notice.notice).toMatchObject({
        kind: NoticeKind.NOTICE_KIND_ANNOUNCEMENT,
        text: "restart at 03:00 UTC",
      });
    }
    expect(notLoggedIn.queuedEvents.some((e) => e.body === "notice")).toBe(false);
    const error = (await admin.request({ adminAnnounce: { text: "  " } }).catch((e) => e)) as ServerError;
    expect(error.code).toBe(ErrorCode.ERROR_CODE_BAD_REQUEST);
  });
});
