// The chat client against a real in-process server: login, direct messages, errors in words,
// nick collisions, lag, resuming after a restart, and a kick with a ban.
import { once } from "node:events";
import { type AddressInfo, createServer, type Socket, connect as tcpConnect } from "node:net";
import { decodeEnvelope, FrameDecoder } from "@parley/protocol";
import type { ServerConfig } from "@parley/server";
import { adminClient, loggedIn, onCleanup, tempDir } from "@parley/testkit";
import { describe, expect, it, vi } from "vitest";
import { ChatClient } from "../src/client/chat-client.js";
import type { ClientEvent } from "../src/client/events.js";
import { describeStatus } from "../src/client/status.js";
import { startServer } from "./helpers.js";

async function setup(overrides: Partial<ServerConfig> = {}) {
  const dataDir = tempDir("parley-client-");
  /** A server on the shared data directory; on `port` for a restart (0: a free one). */
  const start = async (port = 0) => (await startServer({ ...overrides, port }, { dataDir })).server;
  let server = await start();
  const connect = (nick: string) => {
    const events: ClientEvent[] = [];
    /** When each event arrived (ms since the epoch), index for index. */
    const times: number[] = [];
    const client = new ChatClient({
      host: "127.0.0.1",
      port: server.port,
      nick,
      clientVersion: "test",
      pingIntervalMs: 200,
      backoff: { initialMs: 100, maxMs: 400, jitter: 0 },
    });
    client.onEvent((event) => {
      events.push(event);
      times.push(Date.now());
    });
    client.start();
    onCleanup(() => client.quit("test over"));
    const find = <T extends ClientEvent["type"]>(
      type: T,
      match: (e: Extract<ClientEvent, { type: T }>) => boolean = () => true,
    ) =>
      events.filter(
        (e): e is Extract<ClientEvent, { type: T }> =>
          e.type === type && match(e as Extract<ClientEvent, { type: T }>),
      );
    const online = () =>
      vi.waitFor(() =>
        expect(events.filter((e) => e.type === "status").at(-1)).toMatchObject({
          status: { type: "online" },
        }),
      );
    return { client, events, times, find, online };
  };
  const restart = async (whileDown?: (port: number) => Promise<void>) => {
    const port = server.port;
    await server.close();
    if (whileDown) {
      // Written through a server on another port: stored, but unseen by clients of this one.
      const interim = await start();
      await whileDown(interim.port);
      await interim.close();
    }
    server = await start(port);
    return server;
  };
  return { server: () => server, connect, restart, dataDir };
}

/**
 * A TCP proxy to `port` that records, per connection and in the order they pass, the kind of every
 * frame: "c:hello" from the client, "s:welcome" from the server. `cut()` drops every connection.
 */
async function recordingProxy(port: number) {
  const connections: string[][] = [];
  const sockets: Socket[] = [];
  const proxy = createServer((client) => {
    const seen: string[] = [];
    connections.push(seen);
    const upstream = tcpConnect(port, "127.0.0.1");
    const tap = (side: string, from: Socket, to: Socket) => {
      const decoder = new FrameDecoder({ maxFrameBytes: 1 << 24 });
      from.on("data", (chunk: Buffer) => {
        for (const frame of decoder.push(chunk)) seen.push(`${side}:${decodeEnvelope(frame).body}`);
        to.write(chunk);
      });
      from.on("close", () => to.destroy());
      from.on("error", () => {});
      sockets.push(from);
    };
    tap("c", client, upstream);
    tap("s", upstream, client);
  });
  proxy.listen(0, "127.0.0.1");
  await once(proxy, "listening");
  onCleanup(() => {
    for (const socket of sockets) socket.destroy();
    proxy.close();
  });
  return {
    port: (proxy.address() as AddressInfo).port,
    connections,
    cut: () => {
      for (const socket of sockets.splice(0)) socket.destroy();
    },
  };
}

describe("ChatClient with a real server", () => {
  it("logs in to the default room, delivers direct messages both ways and measures lag", async () => {
    const { connect } = await setup();
    const ana = connect("ana");
    const bob = connect("bob");
    await ana.online();
    await bob.online();
    expect(ana.find("joined", (e) => e.room === "lobby")).toHaveLength(1);
    ana.client.openDirect("bob");
    const id = ana.client.send({ nick: "bob" }, "psst, 你好", false);
    await vi.waitFor(() =>
      expect(bob.find("message", (e) => e.message.text === "psst, 你好")).toHaveLength(1),
    );
    const received = bob.find("message", (e) => e.message.text === "psst, 你好")[0]!.message;
    expect(received).toMatchObject({ fromNick: "ana", toNick: "bob", room: "" });
    await vi.waitFor(() => expect(ana.find("message", (e) => e.message.clientMsgId === id)).toHaveLength(1));
    await vi.waitFor(() => expect(ana.find("lag").length).toBeGreaterThan(0));
    // A round trip on this machine: measured (not the time since the epoch), and far below a second.
    expect(ana.find("lag")[0]!.lagMs).toBeLessThan(1000);
  });

  it("sends Login right behind Hello when it has rooms to resume, and waits for Welcome only on a first login", async () => {
    const { server } = await setup();
    const proxy = await recordingProxy(server().port);
    const events: ClientEvent[] = [];
    const client = new ChatClient({
      host: "127.0.0.1",
      port: proxy.port,
      nick: "ana",
      clientVersion: "test",
      backoff: { initialMs: 50, maxMs: 200, jitter: 0 },
    });
    client.onEvent((event) => events.push(event));
    client.start();
    onCleanup(() => client.quit("test over"));
    const logins = () => events.filter((e) => e.type === "loggedIn").length;
    await vi.waitFor(() => expect(logins()).toBe(1));
    proxy.cut();
    await vi.waitFor(() => expect(logins()).toBe(2));
    const opening = (seen: string[]) => seen.filter((kind) => /^(c:hello|c:login|s:welcome)$/.test(kind));
    // The first login names the default room, which only the Welcome tells.
    expect(opening(proxy.connections[0]!)).toEqual(["c:hello", "s:welcome", "c:login"]);
    // The reconnect resumes the room it was in: one round trip.
    expect(opening(proxy.connections[1]!)).toEqual(["c:hello", "c:login", "s:welcome"]);
    expect(events.filter((e) => e.type === "welcome")).toHaveLength(2);
  });

  it("reports refusals in plain words and retries a taken nick with an underscore", async () => {
    const { connect } = await setup();
    const ana = connect("ana");
    await ana.online();
    const id = ana.client.send({ nick: "nobody" }, "hello?", false);
    await vi.waitFor(() =>
      expect(ana.find("sendFailed")).toEqual([
        { type: "sendFailed", clientMsgId: id, reason: "No user called nobody is online." },
      ]),
    );
    ana.client.setNick("bad nick with spaces");
    await vi.waitFor(() =>
      expect(ana.find("error").at(-1)?.text).toMatch(/^"bad nick with spaces" is not a valid nick/),
    );
    const twin = connect("ana");
    await twin.online();
    expect(twin.find("info").map((e) => e.text)).toContain("The nick ana is in use; trying ana_.");
    expect(twin.find("loggedIn").at(-1)?.nick).toBe("ana_");
  });

  it("never drops a typed line: paces a burst under the server's limit and keeps what waits offline", async () => {
    const { connect, restart, server } = await setup({
      ratePerSecond: 20,
      rateBurst: 3,
      floodDisconnectAfter: 5,
    });
    const ana = connect("ana");
    const watcher = connect("watcher");
    await ana.online();
    await watcher.online();
    const texts = Array.from({ length: 30 }, (_, i) => `burst ${i + 1}`);
    for (const text of texts) ana.client.send({ room: "lobby" }, text, false);
    const seen = () =>
      watcher.find("message", (e) => e.message.text?.startsWith("burst") ?? false).map((e) => e.message.text);
    await vi.waitFor(() => expect(seen()).toEqual(texts), { timeout: 10_000 });
    expect(ana.find("sendFailed")).toEqual([]);
    expect(ana.find("status", (e) => e.status.type === "reconnecting")).toEqual([]);

    // Typed while the server is away: every line is delivered, in order, once it is back.
    const port = server().port;
    await restart(async () => {
      await vi.waitFor(() => expect(ana.find("status").at(-1)?.status.type).toBe("reconnecting"));
      for (let i = 1; i <= 20; i++) ana.client.send({ room: "lobby" }, `offline ${i}`, false);
    });
    expect(server().port).toBe(port);
    await vi.waitFor(
      () => {
        const stored = watcher.find("message", (e) => e.message.text?.startsWith("offline") ?? false);
        expect(stored.map((e) => e.message.text)).toEqual(
          Array.from({ length: 20 }, (_, i) => `offline ${i + 1}`),
        );
      },
      { timeout: 20_000 },
    );
    expect(ana.find("sendFailed")).toEqual([]);
  });

  it("loads as much history in the default room on a first login as on any join", async () => {
    const { connect, server } = await setup({ historyOnJoin: 5 });
    const writer = await loggedIn(server().port, "writer");
    for (let i = 1; i <= 20; i++)
      await writer.request({ sendMessage: { room: "lobby", text: `old ${i}`, clientMsgId: `w${i}` } });
    await writer.close();
    const ana = connect("ana");
    await ana.online();
    await vi.waitFor(() => expect(ana.find("history")).toHaveLength(1));
    expect(ana.find("history")[0]!.messages).toHaveLength(20);
  });

  it("reports a room joined before the history that follows its Joined", async () => {
    const { connect } = await setup();
    const ana = connect("ana");
    await ana.online();
    const inDev = (e: ClientEvent) =>
      (e.type === "joined" && e.room === "dev") ||
      (e.type === "history" && "room" in e.target && e.target.room === "dev");
    ana.client.join("dev");
    await vi.waitFor(() => expect(ana.events.filter(inDev)).toHaveLength(2));
    expect(ana.events.filter(inDev).map((e) => e.type)).toEqual(["joined", "history"]);
  });

  it("resumes a room after a server restart: messages stored meanwhile arrive once, as a resume", async () => {
    const { connect, restart, server } = await setup();
    const ana = connect("ana");
    await ana.online();
    ana.client.join("dev");
    await vi.waitFor(() => expect(ana.find("joined", (e) => e.room === "dev")).toHaveLength(1));
    ana.client.send({ room: "dev" }, "before", false);
    await vi.waitFor(() => expect(ana.find("message", (e) => e.message.text === "before")).toHaveLength(1));
    const port = server().port;
    // Someone writes while ana is away; the client must fetch it by resuming.
    const back = await restart(async (interimPort) => {
      const writer = await loggedIn(interimPort, "cy", ["dev"]);
      await writer.request({ sendMessage: { room: "dev", text: "while you were away", clientMsgId: "x1" } });
      await writer.close();
    });
    expect(back.port).toBe(port);
    await vi.waitFor(() => expect(ana.find("status").at(-1)?.status.type).toBe("online"), { timeout: 5000 });
    await vi.waitFor(() =>
      expect(
        ana.find("history", (e) => e.fresh && e.messages.some((m) => m.text === "while you were away")),
      ).toHaveLength(1),
    );
    const resumed = ana.find("joined", (e) => e.room === "dev" && e.resumed);
    expect(resumed).toHaveLength(1);
    const replayed = ana.find("history", (e) => "room" in e.target && e.target.room === "dev" && e.fresh);
    expect(replayed.flatMap((e) => e.messages.map((m) => m.text))).toEqual(["while you were away"]);
  });

  it("pages in a resume replay larger than one History frame, in order, with nothing twice", async () => {
    const { connect, restart } = await setup({ maxHistoryFetch: 5 });
    const ana = connect("ana");
    await ana.online();
    ana.client.send({ room: "lobby" }, "seen", false);
    await vi.waitFor(() => expect(ana.find("message", (e) => e.message.text === "seen")).toHaveLength(1));
    await restart(async (port) => {
      const writer = await loggedIn(port, "cy", ["lobby"]);
      for (let i = 1; i <= 12; i++)
        await writer.request({ sendMessage: { room: "lobby", text: `missed ${i}`, clientMsgId: `m${i}` } });
      await writer.close();
    });
    const missed = () =>
      ana
        .find("history", (e) => e.fresh)
        .flatMap((e) => e.messages.map((m) => m.text))
        .filter((t) => t?.startsWith("missed"));
    await vi.waitFor(() => expect(missed()).toHaveLength(12), { timeout: 5000 });
    expect(missed()).toEqual(Array.from({ length: 12 }, (_, i) => `missed ${i + 1}`));
    expect(ana.find("history", (e) => e.fresh).length).toBeGreaterThan(1);
  });

  it("joins a room asked for while offline once the connection is back", async () => {
    const { connect, restart } = await setup();
    const ana = connect("ana");
    await ana.online();
    const back = restart();
    await vi.waitFor(() => expect(ana.find("status").at(-1)?.status.type).not.toBe("online"));
    ana.client.join("later");
    expect(ana.find("info").at(-1)?.text).toBe(
      "Not connected: #later will be joined once the connection is back.",
    );
    await back;
    await vi.waitFor(
      () => expect(ana.find("joined", (e) => e.room === "later" && !e.resumed)).toHaveLength(1),
      {
        timeout: 5000,
      },
    );
    expect(ana.find("joined", (e) => e.room === "lobby" && e.resumed)).toHaveLength(1);
  });

  it("answers /whois, and keeps us away across a restart of the server until we come back", async () => {
    const { connect, restart } = await setup();
    const ana = connect("ana");
    await ana.online();
    ana.client.setAway("on holiday");
    await vi.waitFor(() => expect(ana.find("away")).toEqual([{ type: "away", message: "on holiday" }]));
    const back = await restart();
    await vi.waitFor(() => expect(ana.find("status").at(-1)?.status.type).not.toBe("online"));
    await ana.online();
    // The server forgot it with the old session; the client set it again on logging in.
    const bob = await loggedIn(back.port, "bob");
    await vi.waitFor(async () => {
      const info = (await bob.request({ whois: { nick: "ana" } })).userInfo;
      expect(info?.awayMessage).toBe("on holiday");
    });
    ana.client.whois("bob");
    await vi.waitFor(() =>
      expect(ana.find("whois").at(-1)?.info).toMatchObject({ nick: "bob", account: "" }),
    );
    ana.client.whois("nobody");
    await vi.waitFor(() => expect(ana.find("error").at(-1)?.text).toBe("No user called nobody is online."));
    ana.client.setAway("");
    await vi.waitFor(async () => {
      const info = (await bob.request({ whois: { nick: "ana" } })).userInfo;
      expect(info?.awayMessage ?? "").toBe("");
    });
    await bob.close();
  });

  it("stays out until a ban ends after a kick, showing who kicked and why", async () => {
    const { connect, server } = await setup();
    const bob = connect("bob");
    await bob.online();
    const admin = await adminClient(server());
    await admin.request({
      adminKick: { nick: "bob", reason: "too loud", banDurationMs: 1500, banNick: true, by: "oper" },
    });
    await admin.close();
    await vi.waitFor(() => expect(bob.find("kicked")).toMatchObject([{ reason: "too loud", by: "oper" }]));
    const kicked = bob.find("status").at(-1)!.status;
    expect(kicked).toMatchObject({ type: "kicked", by: "oper", reason: "too loud" });
    expect(kicked.type === "kicked" && kicked.retryAtMs! >= kicked.banUntilMs).toBe(true);
    // Back online by itself, but no connection attempt before the ban ended.
    await vi.waitFor(() => expect(bob.find("status").at(-1)!.status.type).toBe("online"), { timeout: 5000 });
    const kickedAt = bob.events.findIndex((e) => e.type === "kicked");
    const retriedAt = bob.events.findIndex(
      (e, i) => i > kickedAt && e.type === "status" && e.status.type === "connecting",
    );
    expect(bob.times[retriedAt]!).toBeGreaterThanOrEqual(
      kicked.type === "kicked" ? kicked.banUntilMs : Infinity,
    );
  });

  it("reads a permanent ban from the kick and schedules no return", async () => {
    const { connect, server } = await setup();
    const bob = connect("bob");
    await bob.online();
    const admin = await adminClient(server());
    await admin.request({
      adminKick: { nick: "bob", reason: "for good", banPermanent: true, banNick: true, by: "oper" },
    });
    await admin.close();
    await vi.waitFor(() =>
      expect(bob.find("kicked")).toMatchObject([{ reason: "for good", by: "oper", banPermanent: true }]),
    );
    const kicked = bob.find("status").at(-1)!.status;
    expect(kicked).toMatchObject({ type: "kicked", by: "oper", banUntilMs: 0, retryAtMs: null });
    expect(describeStatus(kicked, Date.now())).toBe("kicked by oper, banned");
  });
});
