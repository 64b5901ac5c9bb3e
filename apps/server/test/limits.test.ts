// Every limit, over real sockets: connections, frame size, message length, rate and flooding,
// heartbeat timeout, and the send queue of a client that stops reading.
import { ErrorCode, frameBytes, PROTOCOL_VERSION, type ServerError } from "@parley/protocol";
import { describe, expect, it } from "vitest";
import { ManualClock } from "../src/clock.js";
import { closedWithin, isKind, loggedIn, rawClient, startServer, UNPACED } from "./helpers.js";

const closeReasons = (server: Awaited<ReturnType<typeof startServer>>["server"]) =>
  server.ctx.closed.list().map((c) => c.reason);

describe("limits", () => {
  it("maxConnections: refuses the connection past the cap with SERVER_FULL", async () => {
    const { port } = await startServer({ maxConnections: 2 });
    await loggedIn(port, "a");
    await loggedIn(port, "b");
    const third = await rawClient(port);
    const error = await third.waitFor(isKind("error"));
    expect(error.error).toMatchObject({ code: ErrorCode.ERROR_CODE_SERVER_FULL, fatal: true });
    await closedWithin(third);
  });

  it("maxFrameBytes: refuses an oversized frame from its prefix and ends only that session", async () => {
    const { port, server } = await startServer({ maxFrameBytes: 32 * 1024, fileChunkBytes: 1000 });
    const bystander = await loggedIn(port, "bystander");
    const offender = await loggedIn(port, "offender");
    // Only the length prefix of a 64 KiB frame: no body follows, yet the server must refuse it.
    offender.conn.socket.write(frameBytes(new Uint8Array(64 * 1024)).subarray(0, 3));
    const error = await offender.waitFor(isKind("error"));
    expect(error.error).toMatchObject({ code: ErrorCode.ERROR_CODE_FRAME_TOO_LARGE, fatal: true });
    await closedWithin(offender);
    await expect.poll(() => closeReasons(server)[0]).toMatch(/protocol error/);
    const ack = await bystander.request({ sendMessage: { room: "lobby", text: "still here" } });
    expect(ack.message?.text).toBe("still here");
  });

  it("maxMessageChars: counts characters, not bytes", async () => {
    const { port } = await startServer({ maxMessageChars: 10 });
    const client = await loggedIn(port, "a");
    const ok = await client.request({ sendMessage: { room: "lobby", text: "一二三四五六七八九十" } });
    expect(ok.message?.seq).toBe(1);
    const error = (await client
      .request({ sendMessage: { room: "lobby", text: "x".repeat(11) } })
      .catch((e) => e)) as ServerError;
    expect(error.code).toBe(ErrorCode.ERROR_CODE_MESSAGE_TOO_LONG);
  });

  it("ratePerSecond/rateBurst: refuses excess with RATE_LIMITED and retry time", async () => {
    const { port } = await startServer({ ratePerSecond: 1, rateBurst: 3 });
    const client = await rawClient(port);
    await client.request({ hello: { protocolVersion: PROTOCOL_VERSION } });
    await client.request({ login: { nick: "fast", rooms: [{ room: "lobby" }] } }); // takes a token
    const results = await Promise.allSettled(
      [1, 2, 3].map((i) => client.request({ sendMessage: { room: "lobby", text: `m${i}` } })),
    );
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled", "rejected"]);
    const refused = (results[2] as PromiseRejectedResult).reason as ServerError;
    expect(refused.code).toBe(ErrorCode.ERROR_CODE_RATE_LIMITED);
    expect(refused.retryAfterMs).toBeGreaterThan(0);
    expect(refused.fatal).toBe(false);
  });

  it("floodDisconnectAfter: sustained flooding ends the session", async () => {
    const { port, server } = await startServer({ ratePerSecond: 1, rateBurst: 2, floodDisconnectAfter: 5 });
    const bystander = await loggedIn(port, "calm");
    const flooder = await loggedIn(port, "flood");
    for (let i = 0; i < 20; i++)
      flooder.send({ requestId: 1000 + i, sendMessage: { room: "lobby", text: "x" } });
    await closedWithin(flooder);
    await expect.poll(() => closeReasons(server)).toContain("flooding");
    expect((await bystander.request({ ping: {} })).pong).toBeTruthy();
  });

  it("heartbeatTimeoutMs: pings idle sessions, keeps those that answer, drops the silent", async () => {
    const clock = new ManualClock();
    const { port, server } = await startServer(
      { heartbeatIntervalMs: 100, heartbeatTimeoutMs: 400 },
      { options: { clock } },
    );
    const lively = await loggedIn(port, "lively");
    lively.onEvent((e) => {
      if (e.ping) lively.send({ pong: { echoSentAtMs: e.ping.sentAtMs } });
    });
    const silent = await loggedIn(port, "silent");
    const start = clock.now();
    const session = server.ctx.registry.byNick("lively")!;
    /** Moves time on, then waits until lively has answered the server's latest ping. */
    const step = async (ms: number) => {
      clock.advance(ms);
      await expect.poll(() => session.lastReceivedAtMs >= session.lastPingSentAtMs).toBe(true);
    };
    // Pinged 100 ms in (idle for heartbeatIntervalMs); the answer is read 30 ms later.
    await step(130);
    expect(session.lastPingSentAtMs).toBe(start + 100);
    expect(session.rttMs).toBe(30);
    await step(100);
    await step(100);
    expect(silent.conn.isClosed).toBe(false);
    // silent has sent nothing since login: past heartbeatTimeoutMs it is closed at the next sweep.
    await step(100);
    await closedWithin(silent);
    await expect.poll(() => closeReasons(server)).toContain("ping timeout");
    expect(lively.conn.isClosed).toBe(false);
    expect((await lively.request({ ping: {} })).pong).toBeTruthy();
  });

  it("sendQueueLimitBytes: disconnects a client that stops reading, without slowing the others", async () => {
    const limit = 256 * 1024;
    const { port, server } = await startServer({
      sendQueueLimitBytes: limit,
      // Read from the sender at full speed: at the default 200 frames a second its 3,000 sends take 13 s.
      ...UNPACED,
    });
    const sender = await loggedIn(port, "sender");
    const reader = await loggedIn(port, "reader");
    const stuck = await loggedIn(port, "stuck");
    stuck.conn.socket.pause(); // stops reading: the kernel buffers fill, then the server's queue grows
    let received = 0;
    reader.onEvent((e) => {
      if (e.message) received++;
    });
    const text = "z".repeat(3000);
    const total = 3000; // ~9 MB towards the stuck client, far beyond socket buffers plus the limit
    let peakQueue = 0;
    const probe = setInterval(() => {
      const session = server.ctx.registry.byNick("stuck");
      if (session) peakQueue = Math.max(peakQueue, session.conn.writableBytes);
    }, 1);
    for (let i = 0; i < total; i += 100) {
      await Promise.all(
        Array.from({ length: 100 }, (_, j) =>
          sender.request({ sendMessage: { room: "lobby", text: `${i + j} ${text}` } }),
        ),
      );
    }
    clearInterval(probe);
    await expect.poll(() => received, { timeout: 10_000 }).toBe(total);
    expect(closeReasons(server)).toContain("send-queue overflow");
    expect(server.ctx.registry.byNick("stuck")).toBeUndefined();
    // The queue never grew past the limit by more than one turn's worth of frames.
    expect(peakQueue).toBeLessThan(limit + 200 * 3100);
  });
});
