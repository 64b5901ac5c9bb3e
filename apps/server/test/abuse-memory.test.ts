// Attacks on the server's memory and CPU, over real sockets, each with a bystander that must stay
// served: partial frames held open (slowloris), output built within one turn, free requests,
// amplifying replies.
import {
  type ChatMessage,
  ErrorCode,
  type FramedSocket,
  frameBytes,
  PROTOCOL_VERSION,
  pb,
  type ServerError,
} from "@parley/protocol";
import { describe, expect, it } from "vitest";
import { ManualClock } from "../src/clock.js";
import { BYSTANDER_PING_BOUND_MS, loggedIn, pingMs, rawClient, startServer, wireClient } from "./helpers.js";

const fast = { ratePerSecond: 100_000, rateBurst: 100_000 };

/** The encoded size of messages, as maxHistoryBytesPerRequest counts them. */
function encodedBytes(messages: ChatMessage[]): number {
  return messages.reduce((sum, m) => sum + pb.ChatMessage.encode(m).finish().length, 0);
}

/** Stores `count` messages of `chars` characters in each room, sent by a client of its own. */
async function seed(port: number, rooms: string[], count: number, chars: number): Promise<void> {
  const writer = await loggedIn(port, "seeder", rooms);
  for (const room of rooms)
    await Promise.all(
      Array.from({ length: count }, (_, i) =>
        writer.request({ sendMessage: { room, text: `${i} ${"s".repeat(chars)}` } }),
      ),
    );
  writer.conn.destroy();
}

describe("slowloris with partial frames", () => {
  it("maxPreLoginFrameBytes: refuses a large frame before Login from its prefix alone", async () => {
    const { port } = await startServer({ maxPreLoginFrameBytes: 4096 });
    const bystander = await loggedIn(port, "bystander");
    const peer = await wireClient(port);
    // The prefix of a 100 KB frame, which maxFrameBytes (1 MiB) would have let through.
    peer.socket.write(frameBytes(new Uint8Array(100_000)).subarray(0, 3));
    const received = await peer.ended;
    expect(received.at(-1)?.error).toMatchObject({ code: ErrorCode.ERROR_CODE_FRAME_TOO_LARGE, fatal: true });
    expect(await pingMs(bystander)).toBeLessThan(BYSTANDER_PING_BOUND_MS);
  });

  it("maxPreLoginFrameBytes: rises to maxFrameBytes once Login succeeds", async () => {
    const { port } = await startServer({ maxPreLoginFrameBytes: 1024, maxMessageChars: 8000 });
    const client = await loggedIn(port, "writer");
    const ack = await client.request({ sendMessage: { room: "lobby", text: "x".repeat(6000) } });
    expect(ack.message?.text).toHaveLength(6000);
  });

  it("maxBufferedInputBytes: unfinished frames across connections stay within the budget", async () => {
    const budget = 64 * 1024;
    const { port, server } = await startServer({
      maxPreLoginFrameBytes: 4096,
      maxBufferedInputBytes: budget,
    });
    const bystander = await loggedIn(port, "bystander");
    // Each attacker sends all but the last byte of a 4000-byte Hello and stops: 16 fit the budget.
    const partial = frameBytes(new Uint8Array(4000)).subarray(0, -1);
    const attackers = await Promise.all(Array.from({ length: 20 }, () => wireClient(port)));
    for (const attacker of attackers) attacker.socket.write(partial);
    const refused = await Promise.race(attackers.map((a) => a.ended.then(() => a)));
    expect(refused.received.at(-1)?.error).toMatchObject({
      code: ErrorCode.ERROR_CODE_SERVER_FULL,
      fatal: true,
    });
    await expect
      .poll(() => attackers.filter((a) => a.socket.destroyed || a.received.length > 0).length)
      .toBe(4);
    expect(server.ctx.inputBudget.usedBytes).toBeLessThanOrEqual(budget);
    expect(server.ctx.inputBudget.usedBytes).toBeGreaterThan(budget - 4 * 1024 - 4096);
    expect(await pingMs(bystander)).toBeLessThan(BYSTANDER_PING_BOUND_MS);
    // Closing returns every byte to the budget.
    for (const attacker of attackers) attacker.socket.destroy();
    await expect.poll(() => server.ctx.inputBudget.usedBytes).toBe(0);
    // A connection completing its frames holds nothing afterwards.
    const honest = await wireClient(port);
    honest.write({ requestId: 1, hello: { protocolVersion: PROTOCOL_VERSION } });
    await honest.waitFor((e) => e.requestId === 1);
    expect(server.ctx.inputBudget.usedBytes).toBe(0);
  });
});

describe("output built within one turn", () => {
  it("joins a room named many times in one Login once, and bounds the History it returns", async () => {
    const budget = 100_000;
    const { port } = await startServer({ ...fast, maxHistoryBytesPerRequest: budget });
    await seed(port, ["lobby"], 100, 1000);
    const bystander = await loggedIn(port, "bystander");
    const attacker = await wireClient(port);
    const names = ["lobby", "#lobby", "LOBBY", ...Array.from({ length: 100 }, () => "lobby")];
    attacker.write(
      { requestId: 1, hello: { protocolVersion: PROTOCOL_VERSION } },
      { requestId: 2, login: { nick: "greedy", rooms: names.map((room) => ({ room, historyLimit: 500 })) } },
    );
    await attacker.waitFor((e) => e.requestId === 2 && e.body === "history");
    expect(await pingMs(bystander)).toBeLessThan(BYSTANDER_PING_BOUND_MS);
    const replies = attacker.received.filter((e) => e.requestId === 2);
    expect(replies.map((e) => e.body)).toEqual(["loggedIn", "joined", "history"]);
    const history = replies[2]!.history!;
    expect(history.hasMore).toBe(true);
    expect(encodedBytes(history.messages!)).toBeLessThanOrEqual(budget);
    expect(history.messages!.length).toBeGreaterThan(10);
    expect(history.messages!.at(-1)!.seq).toBe(100);
  });

  it("maxHistoryBytesPerRequest: the rooms of one Login share it; past it History is empty with has_more", async () => {
    const budget = 60_000;
    const rooms = ["r1", "r2", "r3", "r4"];
    const { port } = await startServer({ ...fast, maxHistoryBytesPerRequest: budget });
    await seed(port, rooms, 40, 2000); // about 80 KB of History per room
    const client = await rawClient(port);
    const histories: NonNullable<Awaited<ReturnType<typeof client.waitFor>>["history"]>[] = [];
    client.onEvent((e) => {
      if (e.history) histories.push(e.history);
    });
    await client.login({
      clientName: "t",
      clientVersion: "1",
      nick: "many",
      rooms: rooms.map((room) => ({ room, historyLimit: 50 })),
    });
    await expect.poll(() => histories.length).toBe(4);
    const returned = histories.reduce((sum, h) => sum + encodedBytes(h.messages!), 0);
    expect(returned).toBeLessThanOrEqual(budget);
    expect(returned).toBeGreaterThan(budget / 2);
    expect(histories.every((h) => h.hasMore)).toBe(true);
    expect(histories.at(-1)!.messages).toEqual([]);
  });

  it("sendQueueHardLimitBytes: output of one turn past it closes a client that does not read", async () => {
    const rooms = ["a1", "a2", "a3", "a4", "a5"];
    const { port, server } = await startServer({ ...fast, sendQueueHardLimitBytes: 64 * 1024 });
    await seed(port, rooms, 10, 2000);
    const bystander = await loggedIn(port, "bystander", ["a1"]);
    const attacker = await wireClient(port);
    attacker.socket.pause();
    attacker.write(
      { requestId: 1, hello: { protocolVersion: PROTOCOL_VERSION } },
      { requestId: 2, login: { nick: "hoarder", rooms: rooms.map((room) => ({ room, historyLimit: 50 })) } },
    );
    await expect.poll(() => server.ctx.closed.list().map((c) => c.reason)).toContain("send-queue overflow");
    expect(server.ctx.registry.byNick("hoarder")).toBeUndefined();
    const members = await bystander.request({ listMembers: { room: "a1" } });
    expect(members.memberList?.members?.map((m) => m.nick)).toEqual(["bystander"]);
    expect(await pingMs(bystander)).toBeLessThan(BYSTANDER_PING_BOUND_MS);
    attacker.socket.resume();
    await attacker.ended;
  });
});

describe("frames that skip the request rate limit", () => {
  it("framesBurst: a Pong flood closes the session, and the bystander stays served", async () => {
    const { port, server } = await startServer();
    const bystander = await loggedIn(port, "bystander");
    const flooder = await wireClient(port);
    await flooder.logIn("pongs");
    // 20,000 Pongs in one write: free before, now each costs a frame token.
    flooder.write(...Array.from({ length: 20_000 }, () => ({ pong: { echoSentAtMs: 1 } })));
    const received = await flooder.ended;
    expect(received.at(-1)?.error).toMatchObject({ code: ErrorCode.ERROR_CODE_RATE_LIMITED, fatal: true });
    await expect.poll(() => server.ctx.closed.list().map((c) => c.reason)).toContain("flooding");
    expect(await pingMs(bystander)).toBeLessThan(BYSTANDER_PING_BOUND_MS);
  });

  it("framesPerSecond: past the burst the server stops reading until the allowance refills", async () => {
    const clock = new ManualClock();
    const { port, server } = await startServer(
      { framesPerSecond: 10, framesBurst: 20 },
      { options: { clock } },
    );
    const client = await wireClient(port);
    await client.logIn("pinger"); // two frames
    client.write(...Array.from({ length: 25 }, (_, i) => ({ requestId: 100 + i, ping: {} })));
    // All 25 were read (the debt of 7 is within the burst) and answered; then reading pauses.
    await client.waitFor((e) => e.requestId === 124);
    const session = server.ctx.registry.byNick("pinger")!;
    expect((session.conn as FramedSocket).socket.isPaused()).toBe(true);
    client.write({ requestId: 200, ping: {} });
    clock.advance(700);
    await client.waitFor((e) => e.requestId === 200);
    expect(client.received.some((e) => e.error)).toBe(false);
  });

  it("maxErrorsInARow: a connection that only produces errors is closed", async () => {
    const { port, server } = await startServer({ maxErrorsInARow: 10 });
    const bystander = await loggedIn(port, "bystander");
    const client = await wireClient(port);
    client.write({ requestId: 1, hello: { protocolVersion: PROTOCOL_VERSION } });
    // NOT_LOGGED_IN, over and over: each reply was free before.
    client.write(...Array.from({ length: 50 }, (_, i) => ({ requestId: 10 + i, listRooms: {} })));
    const received = await client.ended;
    const errors = received.filter((e) => e.error);
    expect(errors).toHaveLength(11);
    expect(errors.at(-1)?.error).toMatchObject({ code: ErrorCode.ERROR_CODE_BAD_REQUEST, fatal: true });
    await expect.poll(() => server.ctx.closed.list().map((c) => c.reason)).toContain("too many errors");
    expect(await pingMs(bystander)).toBeLessThan(BYSTANDER_PING_BOUND_MS);
  });

  it("maxErrorsInARow: a request served resets the count", async () => {
    const { port } = await startServer({ maxErrorsInARow: 3 });
    const client = await loggedIn(port, "clumsy");
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 2; i++)
        await expect(client.request({ leaveRoom: { room: "nowhere" } })).rejects.toThrow();
      expect((await client.request({ listRooms: {} })).roomList).toBeTruthy();
    }
    expect(client.conn.isClosed).toBe(false);
  });
});

describe("amplification", () => {
  it("replyBytesPerToken: a large reply costs rate tokens by its size", async () => {
    const { port } = await startServer({ ratePerSecond: 10, rateBurst: 200, replyBytesPerToken: 512 });
    await seed(port, ["lobby"], 100, 2000);
    const bystander = await loggedIn(port, "bystander");
    const fetcher = await loggedIn(port, "fetcher", [{ room: "lobby", historyLimit: 0 }]);
    let served = 0;
    let refusal: ServerError | undefined;
    // A 30-byte request answered with ~200 KB costs ~400 tokens: the burst of 200 requests pays for half.
    while (!refusal && served < 200) {
      try {
        await fetcher.request({ fetchHistory: { room: "lobby", limit: 100 } });
        served++;
      } catch (error) {
        refusal = error as ServerError;
      }
    }
    expect(served).toBeLessThanOrEqual(2);
    expect(refusal?.code).toBe(ErrorCode.ERROR_CODE_RATE_LIMITED);
    expect(refusal?.retryAfterMs).toBeGreaterThan(1000);
    expect(await pingMs(bystander)).toBeLessThan(BYSTANDER_PING_BOUND_MS);
  });
});

describe("room storms", () => {
  it("roomEventsPerSecond/roomEventsBurst: joins, nick and topic changes in one room are throttled together", async () => {
    const clock = new ManualClock();
    const { port } = await startServer(
      { ...fast, roomEventsPerSecond: 1, roomEventsBurst: 3 },
      { options: { clock } },
    );
    const bystander = await loggedIn(port, "bystander", ["big"]);
    let presences = 0;
    bystander.onEvent((e) => {
      if (e.presence || e.topicChanged) presences++;
    });
    const attacker = await loggedIn(port, "storm", ["elsewhere"]);
    const outcomes: string[] = [];
    for (let i = 0; i < 6; i++) {
      try {
        await attacker.request({ joinRoom: { room: "big" } });
        await attacker.request({ leaveRoom: { room: "big" } });
        outcomes.push("joined");
      } catch (error) {
        outcomes.push(
          (error as ServerError).code === ErrorCode.ERROR_CODE_RATE_LIMITED ? "refused" : "other",
        );
      }
    }
    expect(outcomes).toEqual(["joined", "joined", "joined", "refused", "refused", "refused"]);
    // The room's allowance covers topic and nick changes too, for every member.
    await expect(bystander.request({ setTopic: { room: "big", topic: "t" } })).rejects.toMatchObject({
      code: ErrorCode.ERROR_CODE_RATE_LIMITED,
    });
    await expect(bystander.request({ setNick: { nick: "renamed" } })).rejects.toMatchObject({
      code: ErrorCode.ERROR_CODE_RATE_LIMITED,
    });
    expect(await pingMs(bystander)).toBeLessThan(BYSTANDER_PING_BOUND_MS);
    // The three joins let through, each left again within the presence batch, cancel out: the
    // bystander heard nothing of the storm.
    expect(presences).toBe(0);
    clock.advance(1000);
    expect((await bystander.request({ setTopic: { room: "big", topic: "calm" } })).ok).toBeTruthy();
    // Another room's allowance is its own.
    expect((await attacker.request({ setTopic: { room: "elsewhere", topic: "mine" } })).ok).toBeTruthy();
  });
});
