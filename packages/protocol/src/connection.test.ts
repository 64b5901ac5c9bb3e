// FramedSocket and ProtocolClient over real TCP sockets on 127.0.0.1, port 0.
import { once } from "node:events";
import { type AddressInfo, createServer, type Server, Socket } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { ProtocolClient } from "./client.js";
import { FramedSocket } from "./connection.js";
import {
  ConnectionClosedError,
  FrameTooLargeError,
  type ProtocolError,
  ServerError,
  TruncatedFrameError,
} from "./errors.js";
import { frameBytes } from "./frame.js";
import { type DecodedEnvelope, ErrorCode } from "./messages.js";

let server: Server | undefined;
afterEach(async () => {
  server?.close();
  server = undefined;
});

/** An echo-style peer: answers Ping with Pong, Login "bad" with an Error, records protocol errors. */
async function startPeer(maxFrameBytes = 1024) {
  const errors: ProtocolError[] = [];
  const received: DecodedEnvelope[] = [];
  const conns: FramedSocket[] = [];
  server = createServer((socket) => {
    const conn: FramedSocket = new FramedSocket(
      socket,
      {
        onEnvelope(envelope) {
          received.push(envelope);
          if (envelope.ping)
            conn.send({ requestId: envelope.requestId, pong: { echoSentAtMs: envelope.ping.sentAtMs } });
          if (envelope.login?.nick === "bad")
            conn.send({
              requestId: envelope.requestId,
              error: { code: ErrorCode.ERROR_CODE_INVALID_NICK, message: "no" },
            });
          if (envelope.notice) conn.send({ notice: { text: envelope.notice.text } });
        },
        onProtocolError(error) {
          errors.push(error);
          conn.send({
            error: { code: ErrorCode.ERROR_CODE_FRAME_TOO_LARGE, message: error.message, fatal: true },
          });
          conn.end();
        },
        onClose() {},
      },
      { maxFrameBytes },
    );
    conns.push(conn);
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  return { port: (server.address() as AddressInfo).port, errors, received, conns };
}

describe("ProtocolClient over FramedSocket", () => {
  it("matches replies to requests and surfaces Error replies as ServerError", async () => {
    const peer = await startPeer();
    const client = await ProtocolClient.connect({ port: peer.port, bufferEvents: true });
    const [a, b] = await Promise.all([
      client.request({ ping: { sentAtMs: 1 } }),
      client.request({ ping: { sentAtMs: 2 } }),
    ]);
    expect(a.pong?.echoSentAtMs).toBe(1);
    expect(b.pong?.echoSentAtMs).toBe(2);
    const failure = await client.request({ login: { nick: "bad" } }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ServerError);
    expect((failure as ServerError).code).toBe(ErrorCode.ERROR_CODE_INVALID_NICK);
    client.send({ notice: { text: "hi" } });
    const event = await client.waitFor((e) => e.body === "notice");
    expect(event.notice?.text).toBe("hi");
    await client.close();
  });

  it("ends the session with an error frame when a frame is oversized, from the prefix alone", async () => {
    const peer = await startPeer(100);
    const client = await ProtocolClient.connect({ port: peer.port, bufferEvents: true });
    // Only the prefix of a 101-byte frame is sent: the peer must refuse without waiting for the body.
    client.conn.socket.write(frameBytes(new Uint8Array(101)).subarray(0, 1));
    const error = await client.waitFor((e) => e.body === "error");
    expect(error.error?.fatal).toBe(true);
    await client.closed;
    expect(peer.errors[0]).toBeInstanceOf(FrameTooLargeError);
  });

  it("reports a stream cut mid-frame as TruncatedFrameError", async () => {
    const peer = await startPeer();
    const socket = new Socket();
    socket.connect(peer.port, "127.0.0.1");
    await once(socket, "connect");
    socket.resume();
    socket.end(frameBytes(new Uint8Array(50)).subarray(0, 10));
    await once(socket, "close");
    await expect.poll(() => peer.errors[0]).toBeInstanceOf(TruncatedFrameError);
  });

  it("rejects pending requests when the connection closes", async () => {
    server = createServer((socket) => socket.on("data", () => socket.destroy()));
    server.listen(0, "127.0.0.1");
    await once(server, "listening");
    const client = await ProtocolClient.connect({ port: (server.address() as AddressInfo).port });
    await expect(client.request({ ping: {} })).rejects.toBeInstanceOf(ConnectionClosedError);
  });

  it("batches the writes of one turn and reports backpressure", async () => {
    const peer = await startPeer(64 * 1024);
    const client = await ProtocolClient.connect({ port: peer.port });
    const big = { notice: { text: "x".repeat(60_000) } };
    const small = { notice: { text: "y" } };
    // Small frames in one turn are queued together (corked), not written one by one.
    for (let i = 0; i < 10; i++) client.send(small);
    expect(client.conn.writableBytes).toBe(70); // 10 frames of 7 bytes
    let accepted = true;
    let sent = 10;
    while (accepted) {
      accepted = client.send(big);
      sent++;
    }
    expect(client.conn.writableBytes).toBeGreaterThan(60_000);
    await client.conn.drained();
    expect(client.conn.socket.writableNeedDrain).toBe(false);
    await expect.poll(() => peer.received.length, { timeout: 5000 }).toBe(sent);
    await client.close();
  });
});
