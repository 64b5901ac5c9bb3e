// The client core over a real WebSocket on 127.0.0.1 port 0 (the `ws` package on both ends, standing
// in for a browser's WebSocket): handshake, one binary message per envelope, ordering behind replies,
// and the failures that end only this connection — oversized, text and garbage messages, early close.
import { once } from "node:events";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { type WebSocket as PeerSocket, WebSocketServer, WebSocket as WsWebSocket } from "ws";
import { decodeEnvelope, encodeEnvelope } from "./codec.js";
import { ConnectionClosedError, FrameTooLargeError, MalformedFrameError, ServerError } from "./errors.js";
import { type DecodedEnvelope, type Envelope, ErrorCode } from "./messages.js";
import { connectWebSocket, WEBSOCKET_SUBPROTOCOL } from "./websocket-transport.js";

/** The `ws` client with the browser's one constructor signature (its typings overload it). */
class WebSocket extends WsWebSocket {
  constructor(url: string, protocols?: string | string[]) {
    super(url, protocols);
  }
}

let server: WebSocketServer | undefined;
afterEach(async () => {
  for (const client of server?.clients ?? []) client.terminate();
  await new Promise((resolve) => server?.close(resolve) ?? resolve(undefined));
  server = undefined;
});

/** A WebSocket peer that answers each envelope through `script`, one message per envelope. */
async function startPeer(script: (request: DecodedEnvelope) => Envelope[]) {
  const received: DecodedEnvelope[] = [];
  const sockets: PeerSocket[] = [];
  const protocols: string[] = [];
  server = new WebSocketServer({ host: "127.0.0.1", port: 0 });
  server.on("connection", (socket, request) => {
    sockets.push(socket);
    protocols.push(String(request.headers["sec-websocket-protocol"]));
    socket.on("message", (data: Buffer) => {
      const envelope = decodeEnvelope(new Uint8Array(data));
      received.push(envelope);
      for (const answer of script(envelope)) socket.send(encodeEnvelope(answer));
    });
  });
  await once(server, "listening");
  const url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}/ws`;
  return { url, received, sockets, protocols };
}

function chatScript(request: DecodedEnvelope): Envelope[] {
  const requestId = request.requestId;
  switch (request.body) {
    case "hello":
      return [{ requestId, welcome: { serverName: "peer", defaultRoom: "lobby" } }];
    case "login":
      return [
        { requestId, loggedIn: { nick: request.login?.nick ?? "" } },
        { joined: { room: "lobby", lastSeq: 2 } },
        { history: { room: "lobby", messages: [{ room: "lobby", seq: 2, text: "你好 🎉" }] } },
      ];
    case "setNick":
      return [{ requestId, error: { code: ErrorCode.ERROR_CODE_NICK_IN_USE, message: "in use" } }];
    default:
      return [];
  }
}

describe("connectWebSocket", () => {
  it("logs in with the parley.v1 subprotocol, one binary message per envelope", async () => {
    const peer = await startPeer(chatScript);
    const client = await connectWebSocket(peer.url, { WebSocket });
    const events: DecodedEnvelope[] = [];
    client.onEvent((envelope) => events.push(envelope));
    const result = await client.login({ clientName: "web", clientVersion: "1", nick: "ana" });
    expect(result.nick).toBe("ana");
    expect(peer.protocols).toEqual([WEBSOCKET_SUBPROTOCOL]);
    await expect.poll(() => events.map((e) => e.body)).toEqual(["joined", "history"]);
    expect(events[1]?.history?.messages?.[0]?.text).toBe("你好 🎉");
    expect(peer.received.map((e) => e.body)).toEqual(["hello", "login"]);
    await client.close();
  });

  it("rejects an Error reply with a ServerError and stays connected", async () => {
    const peer = await startPeer(chatScript);
    const client = await connectWebSocket(peer.url, { WebSocket });
    const error = await client.request({ setNick: { nick: "bob" } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServerError);
    expect((error as ServerError).code).toBe(ErrorCode.ERROR_CODE_NICK_IN_USE);
    const welcome = await client.hello({ clientName: "web", clientVersion: "1" });
    expect(welcome.serverName).toBe("peer");
    await client.close();
  });

  it("answers a Ping and lets the code awaiting a reply run before the events behind it", async () => {
    const peer = await startPeer((request) =>
      request.body === "joinRoom"
        ? [
            { requestId: request.requestId, joined: { room: "dev" } },
            { notice: { text: "after" } },
            { ping: { sentAtMs: 7 } },
          ]
        : [],
    );
    const client = await connectWebSocket(peer.url, { WebSocket });
    const seen: string[] = [];
    client.onEvent((e) => seen.push(`event ${e.body}`));
    const reply = await client.request({ joinRoom: { room: "dev" } });
    seen.push(`reply ${reply.joined?.room}`);
    await expect.poll(() => peer.received.find((e) => e.body === "pong")?.pong?.echoSentAtMs).toBe(7);
    expect(seen).toEqual(["reply dev", "event notice", "event ping"]);
    await client.close();
  });

  it("rejects when nothing listens, with ConnectionClosedError", async () => {
    const peer = await startPeer(chatScript);
    await new Promise((resolve) => server!.close(resolve));
    server = undefined;
    await expect(connectWebSocket(peer.url, { WebSocket })).rejects.toBeInstanceOf(ConnectionClosedError);
  });
});

describe("WebSocketTransport refuses what breaks the protocol", () => {
  async function connected() {
    const peer = await startPeer(() => []);
    const client = await connectWebSocket(peer.url, { WebSocket, maxFrameBytes: 64 });
    await expect.poll(() => peer.sockets.length).toBe(1);
    const pending = client.request({ ping: { sentAtMs: 1 } });
    pending.catch(() => {});
    return { peer, client, pending };
  }

  it("fails pending requests on a message over maxFrameBytes", async () => {
    const { peer, pending } = await connected();
    peer.sockets[0]!.send(encodeEnvelope({ notice: { text: "x".repeat(100) } }));
    await expect(pending).rejects.toBeInstanceOf(FrameTooLargeError);
  });

  it("fails on a text message", async () => {
    const { peer, pending } = await connected();
    peer.sockets[0]!.send("hello");
    await expect(pending).rejects.toBeInstanceOf(MalformedFrameError);
  });

  it("fails on bytes that are not an envelope", async () => {
    const { peer, pending } = await connected();
    peer.sockets[0]!.send(new Uint8Array([0xff, 0xff, 0xff]));
    await expect(pending).rejects.toBeInstanceOf(MalformedFrameError);
  });

  it("reports an abnormal close as an error, and a normal one as none", async () => {
    const first = await connected();
    first.peer.sockets[0]!.close(1011, "internal");
    const info = await first.client.closed;
    expect(info.error?.message).toMatch(/1011: internal/);
    await expect(first.pending).rejects.toBeInstanceOf(ConnectionClosedError);

    const peer = await startPeer(() => []);
    const client = await connectWebSocket(peer.url, { WebSocket });
    await expect.poll(() => peer.sockets.length).toBe(1);
    peer.sockets[0]!.close(1000);
    expect((await client.closed).error).toBeUndefined();
  });
});
