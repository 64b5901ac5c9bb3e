// Handshake and login over real sockets: Hello/Welcome, version check, timeouts, nick rules and collisions.
import { decodeEnvelope, ErrorCode, PROTOCOL_VERSION, pb, ServerError } from "@parley/protocol";
import { describe, expect, it } from "vitest";
import { ManualClock } from "../src/clock.js";
import { dispatch } from "../src/handlers/index.js";
import { closedWithin, isKind, loggedIn, rawClient, startServer, wireClient } from "./helpers.js";

describe("handshake", () => {
  it("answers Hello with Welcome carrying the session, heartbeat and limits", async () => {
    const { port, config } = await startServer({ motd: "hi there" });
    const client = await rawClient(port);
    const reply = await client.request({ hello: { protocolVersion: PROTOCOL_VERSION, clientName: "t" } });
    expect(reply.welcome?.sessionId).toBeGreaterThan(0);
    expect(reply.welcome?.heartbeatIntervalMs).toBe(config.heartbeatIntervalMs);
    expect(reply.welcome?.heartbeatTimeoutMs).toBe(config.heartbeatTimeoutMs);
    expect(reply.welcome?.limits?.maxRoomsPerSession).toBe(config.maxRoomsPerSession);
    expect(reply.welcome?.limits?.maxMessageChars).toBe(config.maxMessageChars);
    expect(reply.welcome?.limits?.maxFrameBytes).toBe(config.maxFrameBytes);
    expect(reply.welcome?.motd).toBe("hi there");
    expect(reply.welcome?.defaultRoom).toBe("lobby");
  });

  it("refuses another protocol version with a clear fatal error, then closes", async () => {
    const { port } = await startServer();
    const client = await rawClient(port);
    const error = (await client.request({ hello: { protocolVersion: 99 } }).catch((e) => e)) as ServerError;
    expect(error).toBeInstanceOf(ServerError);
    expect(error.code).toBe(ErrorCode.ERROR_CODE_PROTOCOL_VERSION);
    expect(error.fatal).toBe(true);
    expect(error.message).toMatch(/version 99 is not supported/);
    await closedWithin(client);
  });

  it("closes a connection that never says Hello (handshakeTimeoutMs)", async () => {
    const clock = new ManualClock();
    const { port, server } = await startServer({ handshakeTimeoutMs: 200 }, { options: { clock } });
    const client = await rawClient(port);
    await expect.poll(() => server.ctx.registry.size).toBe(1);
    const [session] = server.ctx.registry.all();
    // Housekeeping sweeps every handshakeTimeoutMs / 4: the first sweep past the timeout closes it.
    clock.advance(200);
    expect(session?.state).toBe("handshake");
    clock.advance(50);
    expect(session?.state).toBe("closing");
    const error = await client.waitFor(isKind("error"));
    expect(error.error?.code).toBe(ErrorCode.ERROR_CODE_HANDSHAKE_TIMEOUT);
    await closedWithin(client);
  });

  it("ends a session whose first message is not Hello", async () => {
    const { port } = await startServer();
    const client = await rawClient(port);
    const error = (await client.request({ login: { nick: "x" } }).catch((e) => e)) as ServerError;
    expect(error.code).toBe(ErrorCode.ERROR_CODE_BAD_REQUEST);
    await closedWithin(client);
  });

  it("serves a Login sent right behind Hello, before Welcome came back", async () => {
    const { port } = await startServer();
    const client = await wireClient(port);
    client.write(
      { requestId: 1, hello: { protocolVersion: PROTOCOL_VERSION } },
      { requestId: 2, login: { nick: "ana" } },
    );
    await client.waitFor(isKind("history"));
    expect(client.received.map((e) => [e.requestId, e.body])).toEqual([
      [1, "welcome"],
      [2, "loggedIn"],
      [2, "joined"],
      [2, "history"],
    ]);
  });

  it("serves a guest's Login in the turn that read it: no promise, no pause of reading", async () => {
    const { port, server } = await startServer();
    const client = await rawClient(port);
    await client.request({ hello: { protocolVersion: PROTOCOL_VERSION } });
    const [session] = server.ctx.registry.all();
    const login = decodeEnvelope(
      pb.Envelope.encode({ requestId: 2, login: { nick: "ana", rooms: [{ room: "lobby" }] } }).finish(),
    );
    const served = dispatch(session!, login);
    // The store's part of a join is a History read; PostgreSQL answers it later, SQLite at once.
    if (process.env.PARLEY_TEST_STORE === "postgres") await served;
    else expect(served).toBeUndefined();
    expect(session!.state).toBe("online");
    expect(server.ctx.stats.loginsTotal).toBe(1);
    await client.waitFor(isKind("history"));
  });

  it("leaves a Login sent behind a refused Hello unserved", async () => {
    const { port, server } = await startServer();
    const client = await wireClient(port);
    client.write({ requestId: 1, hello: { protocolVersion: 99 } }, { requestId: 2, login: { nick: "ana" } });
    const received = await client.ended;
    expect(received.map((e) => [e.requestId, e.body])).toEqual([[1, "error"]]);
    expect(server.ctx.stats.loginsTotal).toBe(0);
  });

  it("refuses requests before login with NOT_LOGGED_IN and keeps the session", async () => {
    const { port } = await startServer();
    const client = await rawClient(port);
    await client.request({ hello: { protocolVersion: PROTOCOL_VERSION } });
    const error = (await client.request({ joinRoom: { room: "x" } }).catch((e) => e)) as ServerError;
    expect(error.code).toBe(ErrorCode.ERROR_CODE_NOT_LOGGED_IN);
    const pong = await client.request({ ping: { sentAtMs: 5 } });
    expect(pong.pong?.echoSentAtMs).toBe(5);
  });
});

describe("nicks", () => {
  it("logs in, joins the default room with history, and replies LoggedIn", async () => {
    const { port } = await startServer();
    const client = await rawClient(port);
    await client.request({ hello: { protocolVersion: PROTOCOL_VERSION } });
    const reply = await client.request({ login: { nick: "alice" } });
    expect(reply.loggedIn?.nick).toBe("alice");
    const joined = await client.waitFor(isKind("joined"));
    expect(joined.joined?.room).toBe("lobby");
    expect(joined.joined?.members?.map((m) => m.nick)).toEqual(["alice"]);
    await client.waitFor(isKind("history"));
  });

  it("refuses a nick in use, case-insensitively, and lets the client pick another", async () => {
    const { port } = await startServer();
    await loggedIn(port, "Alice");
    const second = await rawClient(port);
    await second.request({ hello: { protocolVersion: PROTOCOL_VERSION } });
    const error = (await second.request({ login: { nick: "aLICE" } }).catch((e) => e)) as ServerError;
    expect(error.code).toBe(ErrorCode.ERROR_CODE_NICK_IN_USE);
    const ok = await second.request({ login: { nick: "bob" } });
    expect(ok.loggedIn?.nick).toBe("bob");
  });

  it("accepts CJK nicks and treats them as unique", async () => {
    const { port } = await startServer();
    await loggedIn(port, "小明");
    const second = await rawClient(port);
    await second.request({ hello: { protocolVersion: PROTOCOL_VERSION } });
    const error = (await second.request({ login: { nick: "小明" } }).catch((e) => e)) as ServerError;
    expect(error.code).toBe(ErrorCode.ERROR_CODE_NICK_IN_USE);
    expect((await second.request({ login: { nick: "さくら" } })).loggedIn?.nick).toBe("さくら");
  });

  it("refuses empty, too long, badly formed and reserved nicks", async () => {
    const { port } = await startServer();
    const client = await rawClient(port);
    await client.request({ hello: { protocolVersion: PROTOCOL_VERSION } });
    for (const nick of ["", "x".repeat(33), "has space", "semi;colon", "Admin", "SERVER"]) {
      const error = (await client.request({ login: { nick } }).catch((e) => e)) as ServerError;
      expect(error.code, nick).toBe(ErrorCode.ERROR_CODE_INVALID_NICK);
    }
    expect((await client.request({ login: { nick: "名".repeat(32) } })).loggedIn).toBeTruthy();
  });

  it("changes nick and tells everyone sharing a room once", async () => {
    const { port } = await startServer();
    const alice = await loggedIn(port, "alice", [{ room: "a" }, { room: "b" }]);
    const bob = await loggedIn(port, "bob", [{ room: "a" }, { room: "b" }]);
    await alice.request({ setNick: { nick: "alicia" } });
    const event = await bob.waitFor((e) => e.presence?.kind === 4);
    expect(event.presence).toMatchObject({ nick: "alicia", oldNick: "alice" });
    await bob.request({ ping: {} });
    expect(bob.queuedEvents.filter((e) => e.presence?.kind === 4)).toHaveLength(0);
    const again = await rawClient(port);
    await again.request({ hello: { protocolVersion: PROTOCOL_VERSION } });
    expect((await again.request({ login: { nick: "alice" } })).loggedIn?.nick).toBe("alice");
  });
});
