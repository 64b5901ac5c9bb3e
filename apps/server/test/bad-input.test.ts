// Bad input never crashes the server and never hurts other sessions: garbage, malformed frames,
// unknown messages, admin requests on the chat port, missing fields.

import { once } from "node:events";
import { Socket } from "node:net";
import { ErrorCode, encodeEnvelope, frameBytes, ServerError } from "@parley/protocol";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { closedWithin, isKind, loggedIn, rawClient, startServer } from "./helpers.js";

describe("bad input", () => {
  it("answers a malformed frame with an error frame, closes only that session", async () => {
    const { port } = await startServer();
    const bystander = await loggedIn(port, "ok");
    const bad = await loggedIn(port, "bad");
    // A complete frame whose body is not a valid Envelope (a field with wire type 7).
    bad.conn.socket.write(frameBytes(Uint8Array.from([0x0f, 0xff, 0xff])));
    const error = await bad.waitFor(isKind("error"));
    expect(error.error).toMatchObject({ code: ErrorCode.ERROR_CODE_MALFORMED_FRAME, fatal: true });
    await closedWithin(bad);
    expect((await bystander.request({ sendMessage: { room: "lobby", text: "fine" } })).message).toBeTruthy();
  });

  it("answers unknown or empty messages with UNKNOWN_MESSAGE and keeps the session", async () => {
    const { port } = await startServer();
    const client = await loggedIn(port, "a");
    client.conn.socket.write(frameBytes(new Uint8Array(0)));
    expect((await client.waitFor(isKind("error"))).error?.code).toBe(ErrorCode.ERROR_CODE_UNKNOWN_MESSAGE);
    // A server-to-client kind sent to the server, with a request id.
    const error = (await client.request({ welcome: {} }).catch((e) => e)) as ServerError;
    expect(error.code).toBe(ErrorCode.ERROR_CODE_UNKNOWN_MESSAGE);
    // A field number from a future version (999) is ignored, not fatal.
    client.conn.socket.write(frameBytes(Uint8Array.from([0x08, 0x07, 0xb8, 0x3e, 0x01])));
    const future = await client.waitFor(isKind("error"));
    expect(future.requestId).toBe(7);
    expect(future.error?.code).toBe(ErrorCode.ERROR_CODE_UNKNOWN_MESSAGE);
    expect((await client.request({ ping: {} })).pong).toBeTruthy();
  });

  it("never answers admin requests on the chat port", async () => {
    const { port } = await startServer();
    const client = await loggedIn(port, "a");
    for (const request of [
      { adminAuth: { token: "x" } },
      { adminListSessions: {} },
      { adminKick: { nick: "a" } },
    ]) {
      const error = (await client.request(request).catch((e) => e)) as ServerError;
      expect(error.code).toBe(ErrorCode.ERROR_CODE_UNAUTHORIZED);
    }
    expect(client.conn.isClosed).toBe(false);
  });

  it("answers requests with missing fields with BAD_REQUEST and the request id", async () => {
    const { port } = await startServer();
    const client = await loggedIn(port, "a");
    for (const request of [
      { sendMessage: { text: "no target" } },
      { sendMessage: { room: "lobby" } },
      { fetchHistory: {} },
    ]) {
      const error = (await client.request(request).catch((e) => e)) as ServerError;
      expect(error, JSON.stringify(request)).toBeInstanceOf(ServerError);
      expect(error.code).toBe(ErrorCode.ERROR_CODE_BAD_REQUEST);
    }
  });

  it("survives random garbage on many connections and still serves (property)", async () => {
    const { port } = await startServer({ handshakeTimeoutMs: 500 });
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 1, maxLength: 300 }), async (bytes) => {
        const socket = new Socket();
        socket.on("error", () => {});
        socket.connect(port, "127.0.0.1");
        await once(socket, "connect");
        socket.resume();
        socket.end(bytes);
        await once(socket, "close");
      }),
      { numRuns: 150 },
    );
    // Valid frames of a valid kind, in the wrong order, are also survived.
    const wrongOrder = await rawClient(port);
    wrongOrder.conn.socket.write(frameBytes(encodeEnvelope({ sendMessage: { room: "x", text: "y" } })));
    await closedWithin(wrongOrder);
    const healthy = await loggedIn(port, "healthy");
    expect((await healthy.request({ sendMessage: { room: "lobby", text: "alive" } })).message?.seq).toBe(1);
  });
});
