// The client core over real TCP sockets on 127.0.0.1 port 0, against a scripted peer: automatic
// pongs, the Hello/Login handshake with resume points, ServerError codes, and replies and events
// seen in wire order.
import { once } from "node:events";
import { type AddressInfo, createServer, type Server } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { ProtocolClient } from "./client.js";
import { encodeFrame } from "./codec.js";
import { FramedSocket } from "./connection.js";
import { ServerError } from "./errors.js";
import { type DecodedEnvelope, type Envelope, ErrorCode, PROTOCOL_VERSION } from "./messages.js";
import { ResumePoints } from "./resume.js";

let server: Server | undefined;
afterEach(() => {
  server?.close();
  server = undefined;
});

/**
 * A peer that answers through `script`: each answer's envelopes leave in one write, so the client
 * reads them together. Records what it received.
 */
async function startPeer(script: (request: DecodedEnvelope) => Envelope[]) {
  const received: DecodedEnvelope[] = [];
  const conns: FramedSocket[] = [];
  server = createServer((socket) => {
    const conn = new FramedSocket(socket, {
      onEnvelope(envelope) {
        received.push(envelope);
        const answer = script(envelope);
        if (answer.length > 0) socket.write(Buffer.concat(answer.map((e) => encodeFrame(e))));
      },
      onProtocolError() {},
      onClose() {},
    });
    conns.push(conn);
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  return { port: (server.address() as AddressInfo).port, received, conns };
}

/** Answers Ping with Pong (the barrier tests use), Hello with Welcome, Login "taken" with NICK_IN_USE. */
function chatScript(request: DecodedEnvelope): Envelope[] {
  const requestId = request.requestId;
  switch (request.body) {
    case "ping":
      return [{ requestId, pong: { echoSentAtMs: request.ping?.sentAtMs } }];
    case "hello":
      return [
        {
          requestId,
          welcome: { serverName: "peer", defaultRoom: "lobby", limits: { maxMessageChars: 77 } },
        },
      ];
    case "login": {
      const nick = request.login?.nick ?? "";
      if (nick === "taken")
        return [{ requestId, error: { code: ErrorCode.ERROR_CODE_NICK_IN_USE, message: "in use" } }];
      const rooms = request.login?.rooms ?? [];
      return [
        { requestId, loggedIn: { nick: nick.toUpperCase(), sessionId: 1 } },
        ...rooms.flatMap((r) => [
          { joined: { room: r.room, lastSeq: 50 } },
          { history: { room: r.room, messages: [{ room: r.room, seq: 50, text: "x" }] } },
        ]),
      ];
    }
    default:
      return [];
  }
}

describe("ProtocolClient heartbeat", () => {
  it("answers the server's Ping with a Pong echoing its time", async () => {
    const peer = await startPeer(chatScript);
    const client = await ProtocolClient.connect({ port: peer.port });
    peer.conns[0]!.send({ ping: { sentAtMs: 4242 } });
    await expect.poll(() => peer.received.find((e) => e.body === "pong")?.pong?.echoSentAtMs).toBe(4242);
    await client.close();
  });

  it("stays silent with answerPings off", async () => {
    const peer = await startPeer(chatScript);
    const client = await ProtocolClient.connect({ port: peer.port, answerPings: false });
    const pinged = client.waitFor((e) => e.body === "ping");
    peer.conns[0]!.send({ ping: { sentAtMs: 1 } });
    await pinged;
    // Anything sent after the Ping arrived reaches the peer after a Pong would have.
    await client.request({ ping: { sentAtMs: 2 } });
    expect(peer.received.map((e) => e.body)).toEqual(["ping"]);
    await client.close();
  });
});

describe("ProtocolClient.login", () => {
  it("says Hello, then logs in, resuming the rooms of its resume points", async () => {
    const peer = await startPeer(chatScript);
    const client = await ProtocolClient.connect({ port: peer.port });
    const points = new ResumePoints();
    points.observe({ body: "joined", joined: { room: "dev", lastSeq: 12 } } as DecodedEnvelope);
    const result = await client.login({
      clientName: "test",
      clientVersion: "1.2",
      nick: "ana",
      resume: points,
      rooms: [{ room: "new", historyLimit: 5 }],
    });
    expect(result.nick).toBe("ANA");
    expect(points.nick).toBe("ANA");
    expect(result.welcome.limits?.maxMessageChars).toBe(77);
    expect(client.welcome?.serverName).toBe("peer");
    const [hello, login] = peer.received;
    expect(hello?.hello).toMatchObject({
      protocolVersion: PROTOCOL_VERSION,
      clientName: "test",
      clientVersion: "1.2",
    });
    expect(login?.login?.rooms).toEqual([
      expect.objectContaining({ room: "dev", resume: true, sinceSeq: 12 }),
      expect.objectContaining({ room: "new", historyLimit: 5 }),
    ]);
    await client.close();
  });

  it("rejects a refused Login with a ServerError whose code is the enum, and may retry without a second Hello", async () => {
    const peer = await startPeer(chatScript);
    const client = await ProtocolClient.connect({ port: peer.port });
    const error = await client.login({ clientName: "t", clientVersion: "1", nick: "taken" }).catch((e) => e);
    expect(error).toBeInstanceOf(ServerError);
    expect((error as ServerError).code).toBe(ErrorCode.ERROR_CODE_NICK_IN_USE);
    expect((error as ServerError).message).toBe("in use");
    const result = await client.login({ clientName: "t", clientVersion: "1", nick: "taken_" });
    expect(result.nick).toBe("TAKEN_");
    expect(peer.received.map((e) => e.body)).toEqual(["hello", "login", "login"]);
    await client.close();
  });
});

/** A peer that answers nothing until both Hello and Login have arrived, then answers both. */
function peerAnsweringHelloWithLogin() {
  let hello: DecodedEnvelope | undefined;
  return startPeer((request) => {
    if (request.body === "hello") {
      hello = request;
      return [];
    }
    if (request.body !== "login" || !hello) return [];
    return [...chatScript(hello), ...chatScript(request)];
  });
}

describe("handshake in one round trip", () => {
  it("sends Login behind Hello without waiting for Welcome", async () => {
    // This peer answers nothing until both have arrived: a client waiting for Welcome would hang.
    const peer = await peerAnsweringHelloWithLogin();
    const client = await ProtocolClient.connect({ port: peer.port });
    const result = await client.login({ clientName: "t", clientVersion: "1", nick: "ana" });
    expect(result.nick).toBe("ANA");
    expect(result.welcome.serverName).toBe("peer");
    expect(client.welcome?.defaultRoom).toBe("lobby");
    await client.close();
  });

  it("sends Login behind a Hello still waiting for its Welcome, without a second Hello", async () => {
    // As the chat clients do on a reconnect: Hello first (to read the Welcome themselves), then Login
    // at once, since the rooms to resume are known. This peer answers nothing until both have come.
    const peer = await peerAnsweringHelloWithLogin();
    const client = await ProtocolClient.connect({ port: peer.port });
    const greeting = client.hello({ clientName: "t", clientVersion: "1" });
    const loggingIn = client.login({ clientName: "t", clientVersion: "1", nick: "ana" });
    expect((await greeting).serverName).toBe("peer");
    expect((await loggingIn).nick).toBe("ANA");
    expect(peer.received.map((e) => e.body)).toEqual(["hello", "login"]);
    await client.close();
  });

  it("rejects with the Hello's error when Hello is refused, the Login left unanswered", async () => {
    const peer = await startPeer((request) => {
      if (request.body !== "hello") return [];
      const refusal = { code: ErrorCode.ERROR_CODE_PROTOCOL_VERSION, message: "no", fatal: true };
      queueMicrotask(() => peer.conns[0]?.end());
      return [{ requestId: request.requestId, error: refusal }];
    });
    const client = await ProtocolClient.connect({ port: peer.port });
    const error = await client.login({ clientName: "t", clientVersion: "1", nick: "ana" }).catch((e) => e);
    expect(error).toBeInstanceOf(ServerError);
    expect((error as ServerError).code).toBe(ErrorCode.ERROR_CODE_PROTOCOL_VERSION);
    expect(client.welcome).toBeUndefined();
  });
});

describe("ProtocolClient ordering", () => {
  it("lets the code awaiting a reply run before the events that followed it on the wire", async () => {
    const peer = await startPeer((request) =>
      request.body === "joinRoom"
        ? [
            { requestId: request.requestId, joined: { room: "dev", lastSeq: 3 } },
            { history: { room: "dev", messages: [] } },
            { notice: { text: "after" } },
          ]
        : [],
    );
    const client = await ProtocolClient.connect({ port: peer.port });
    const seen: string[] = [];
    client.onEvent((e) => seen.push(`event ${e.body}`));
    // Two awaits deep, as a request wrapper would be.
    const join = async () => {
      const reply = await client.request({ joinRoom: { room: "dev" } });
      await Promise.resolve();
      return reply.joined?.room;
    };
    seen.push(`reply ${await join()}`);
    await expect.poll(() => seen.length).toBe(3);
    expect(seen).toEqual(["reply dev", "event history", "event notice"]);
    await client.close();
  });

  it("keeps replies and events interleaved as they were sent", async () => {
    const peer = await startPeer((request) =>
      request.body === "listRooms"
        ? [
            { requestId: request.requestId - 1, ok: {} },
            { notice: { text: "one" } },
            { requestId: request.requestId, roomList: {} },
            { notice: { text: "two" } },
          ]
        : [],
    );
    const client = await ProtocolClient.connect({ port: peer.port });
    const seen: string[] = [];
    client.onEvent((e) => seen.push(e.notice?.text ?? ""));
    // The first request gets no answer of its own: the peer answers both when the second arrives.
    const first = client.request({ ping: {} }).then(() => seen.push("reply 1"));
    const second = client.request({ listRooms: {} }).then(() => seen.push("reply 2"));
    await Promise.all([first, second]);
    await expect.poll(() => seen.length).toBe(4);
    expect(seen).toEqual(["reply 1", "one", "reply 2", "two"]);
    await client.close();
  });

  it("keeps that order when the bytes come in odd-sized pieces", async () => {
    // Reply, event, reply, event: written 3 bytes at a time, each piece its own write.
    const peer = await startPeer(() => []);
    const client = await ProtocolClient.connect({ port: peer.port });
    const seen: string[] = [];
    client.onEvent((e) => seen.push(e.notice?.text ?? ""));
    const first = client.request({ ping: {} }).then(() => seen.push("reply 1"));
    const second = client.request({ listRooms: {} }).then(() => seen.push("reply 2"));
    await expect.poll(() => peer.received.length).toBe(2);
    const [a, b] = peer.received;
    const bytes = Buffer.concat(
      [
        { requestId: a!.requestId, pong: {} },
        { notice: { text: "one" } },
        { requestId: b!.requestId, roomList: {} },
        { notice: { text: "two" } },
      ].map((e) => encodeFrame(e)),
    );
    const socket = peer.conns[0]!.socket;
    for (let i = 0; i < bytes.length; i += 3) socket.write(bytes.subarray(i, i + 3));
    await Promise.all([first, second]);
    await expect.poll(() => seen.length).toBe(4);
    expect(seen).toEqual(["reply 1", "one", "reply 2", "two"]);
    await client.close();
  });

  it("hands over what arrived before a close, then fails the rest", async () => {
    const peer = await startPeer((request) =>
      request.body === "joinRoom"
        ? [{ requestId: request.requestId, joined: {} }, { notice: { text: "last words" } }]
        : [],
    );
    const client = await ProtocolClient.connect({ port: peer.port });
    const seen: string[] = [];
    client.onEvent((e) => seen.push(e.notice?.text ?? ""));
    const joined = client.request({ joinRoom: { room: "x" } });
    const pending = client.request({ listRooms: {} });
    await joined;
    peer.conns[0]!.destroy();
    await expect(pending).rejects.toThrow("connection closed");
    expect(seen).toEqual(["last words"]);
  });
});

describe("ProtocolClient.closed", () => {
  it("carries the fatal Error the server sent before closing, whether a reply or not", async () => {
    for (const asReply of [true, false]) {
      const peer = await startPeer((request) => [
        {
          requestId: asReply ? request.requestId : 0,
          error: {
            code: ErrorCode.ERROR_CODE_RATE_LIMITED,
            message: "disconnected for flooding",
            fatal: true,
            retryAfterMs: 900,
          },
        },
      ]);
      const client = await ProtocolClient.connect({ port: peer.port });
      const refused = client.request({ sendMessage: { room: "x", text: "y" } }, 1000).catch((e) => e);
      await expect.poll(() => peer.conns.length).toBe(1);
      await expect.poll(() => peer.received.length).toBe(1);
      peer.conns[0]!.end();
      const info = await client.closed;
      expect(info.fatal).toBeInstanceOf(ServerError);
      expect(info.fatal).toMatchObject({ code: ErrorCode.ERROR_CODE_RATE_LIMITED, retryAfterMs: 900 });
      await refused;
      server?.close();
    }
  });

  it("has no fatal Error when the connection simply ends", async () => {
    const peer = await startPeer(() => []);
    const client = await ProtocolClient.connect({ port: peer.port });
    await expect.poll(() => peer.conns.length).toBe(1);
    peer.conns[0]!.end();
    expect((await client.closed).fatal).toBeUndefined();
  });
});
