// The WebSocket gateway at /ws over real sockets: the chat listener's semantics (chat with TCP peers,
// resume, files, limits, errors) and the gateway's own checks (origin, subprotocol, compression).
import { createHash } from "node:crypto";
import { ErrorCode, PROTOCOL_VERSION, SessionTransport } from "@parley/protocol";
import { httpRequest, makeSwappableCertificates } from "@parley/testkit";
import { describe, expect, it } from "vitest";
import { ManualClock } from "../src/clock.js";
import { isKind, loggedIn, startServer, tempDir, UNPACED, wireClient, wsWireClient } from "./helpers.js";

const hello = { hello: { protocolVersion: PROTOCOL_VERSION } };

/** Sends one request and waits for the envelope answering it. */
async function ask(client: Awaited<ReturnType<typeof wsWireClient>>, requestId: number, envelope: object) {
  client.write({ requestId, ...envelope });
  return client.waitFor((e) => e.requestId === requestId);
}

describe("the WebSocket gateway", () => {
  it("carries a chat between a WebSocket session and a TCP session, both ways", async () => {
    const { port, httpPort, server } = await startServer();
    const web = await wsWireClient(httpPort);
    await web.logIn("webby");
    const tcp = await loggedIn(port, "tacy");
    const sent = await ask(web, 3, { sendMessage: { room: "lobby", text: "你好 from the browser 👋" } });
    expect(sent.message?.seq).toBeGreaterThan(0);
    const atTcp = await tcp.waitFor((e) => e.message?.text === "你好 from the browser 👋");
    expect(atTcp.message?.fromNick).toBe("webby");
    await tcp.request({ sendMessage: { room: "lobby", text: "hello back" } });
    const atWeb = await web.waitFor((e) => e.message?.text === "hello back");
    expect(atWeb.message?.fromNick).toBe("tacy");
    // A direct message from TCP to the WebSocket session.
    await tcp.request({ sendMessage: { toNick: "webby", text: "psst" } });
    expect((await web.waitFor((e) => e.message?.text === "psst")).message?.toNick).toBe("webby");
    // The WebSocket session is a session like any other, with its transport.
    const web1 = server.ctx.registry.byNick("webby")!;
    expect(web1.info()).toMatchObject({
      nick: "webby",
      remoteAddress: "127.0.0.1",
      transport: SessionTransport.SESSION_TRANSPORT_WEBSOCKET,
    });
    expect(server.ctx.registry.byNick("tacy")!.info().transport).toBe(SessionTransport.SESSION_TRANSPORT_TCP);
  });

  it("resumes after a reconnect with no gap and no duplicate", async () => {
    const { port, httpPort } = await startServer();
    const tcp = await loggedIn(port, "writer");
    const first = await wsWireClient(httpPort);
    await first.logIn("reader");
    await tcp.request({ sendMessage: { room: "lobby", text: "one" } });
    const seen = await first.waitFor((e) => e.message?.text === "one");
    first.ws.close();
    await first.ended;
    for (const text of ["two", "three"]) await tcp.request({ sendMessage: { room: "lobby", text } });
    const again = await wsWireClient(httpPort);
    again.write(hello);
    const reply = await ask(again, 2, {
      login: { nick: "reader", rooms: [{ room: "lobby", resume: true, sinceSeq: seen.message!.seq }] },
    });
    expect(reply.body).toBe("loggedIn");
    const history = await again.waitFor(isKind("history"));
    expect(history.history?.messages?.map((m) => m.text)).toEqual(["two", "three"]);
  });

  it("uploads and downloads a file, chunk frames split over WebSocket messages intact", async () => {
    const { httpPort } = await startServer({ fileChunkBytes: 64 * 1024 });
    const web = await wsWireClient(httpPort);
    await web.logIn("filer");
    const data = Buffer.alloc(200_000, 7).fill("parley", 0, 100_000);
    const sha256 = createHash("sha256").update(data).digest("hex");
    const ready = await ask(web, 3, {
      fileOffer: { name: "notes.bin", size: data.length, sha256, room: "lobby" },
    });
    const uploadId = ready.fileUploadReady!.uploadId!;
    const chunk = ready.fileUploadReady!.chunkBytes!;
    let requestId = 10;
    for (let offset = 0; offset < data.length; offset += chunk) {
      const ack = await ask(web, requestId++, {
        fileChunk: { id: uploadId, offset, data: data.subarray(offset, offset + chunk) },
      });
      expect(ack.body).toBe("fileChunkAck");
    }
    const done = await ask(web, 4, { fileUploadDone: { uploadId } });
    const fileId = done.message!.file!.id!;
    web.write({ requestId: 5, fileGet: { fileId } });
    await web.waitFor(isKind("fileDownloadDone"));
    const parts = web.received.filter((e) => e.fileChunk).map((e) => Buffer.from(e.fileChunk!.data!));
    expect(createHash("sha256").update(Buffer.concat(parts)).digest("hex")).toBe(sha256);
  });

  it("answers an oversized message with FRAME_TOO_LARGE and closes with 1009, before and after login", async () => {
    const { httpPort } = await startServer({
      maxPreLoginFrameBytes: 2048,
      maxFrameBytes: 64 * 1024,
      fileChunkBytes: 16 * 1024,
    });
    const anonymous = await wsWireClient(httpPort);
    anonymous.ws.send(Buffer.alloc(4096));
    const early = await anonymous.waitFor(isKind("error"));
    expect(early.error).toMatchObject({ code: ErrorCode.ERROR_CODE_FRAME_TOO_LARGE, fatal: true });
    expect(await anonymous.closeCode).toBe(1009);

    const member = await wsWireClient(httpPort);
    await member.logIn("big");
    // Within the limit after login: a 4 KiB message is fine now.
    expect(
      (await ask(member, 3, { sendMessage: { room: "lobby", text: "x".repeat(3000) } })).message,
    ).toBeTruthy();
    member.ws.send(Buffer.alloc(100 * 1024));
    const late = await member.waitFor(isKind("error"));
    expect(late.error).toMatchObject({ code: ErrorCode.ERROR_CODE_FRAME_TOO_LARGE, fatal: true });
    expect(await member.closeCode).toBe(1009);
  });

  it("answers garbage and text messages with MALFORMED_FRAME, closing only that session", async () => {
    const { port, httpPort } = await startServer();
    const bystander = await loggedIn(port, "calm");
    const garbage = await wsWireClient(httpPort);
    await garbage.logIn("noisy");
    garbage.ws.send(Uint8Array.from([0x0f, 0xff, 0xff]));
    expect((await garbage.waitFor(isKind("error"))).error).toMatchObject({
      code: ErrorCode.ERROR_CODE_MALFORMED_FRAME,
      fatal: true,
    });
    expect(await garbage.closeCode).toBe(1002);
    const text = await wsWireClient(httpPort);
    text.ws.send("hello?");
    expect((await text.waitFor(isKind("error"))).error?.code).toBe(ErrorCode.ERROR_CODE_MALFORMED_FRAME);
    expect(await text.closeCode).toBe(1003);
    expect((await bystander.request({ ping: {} })).pong).toBeTruthy();
  });

  it("refuses pages from other origins, allows its own and the configured ones", async () => {
    const { httpPort } = await startServer({ httpAllowedOrigins: "https://chat.example.org/" });
    await expect(wsWireClient(httpPort, { origin: "https://evil.example" })).rejects.toThrow(/403/);
    const own = await wsWireClient(httpPort, { origin: `http://127.0.0.1:${httpPort}` });
    const listed = await wsWireClient(httpPort, { origin: "https://chat.example.org" });
    const none = await wsWireClient(httpPort);
    for (const client of [own, listed, none]) {
      client.write({ requestId: 1, ...hello });
      expect((await client.waitFor((e) => e.requestId === 1)).body).toBe("welcome");
    }
  });

  it("wants the parley.v1 subprotocol and only /ws", async () => {
    const { httpPort } = await startServer();
    await expect(wsWireClient(httpPort, { protocols: ["chat"] })).rejects.toThrow(/400/);
    await expect(wsWireClient(httpPort, { path: "/other" })).rejects.toThrow(/404/);
    const client = await wsWireClient(httpPort);
    expect(client.ws.protocol).toBe("parley.v1");
    // Compression is off unless configured.
    expect(client.ws.extensions).toBe("");
  });

  it("offers permessage-deflate when wsCompression is on", async () => {
    const { httpPort } = await startServer({ wsCompression: true });
    const { WebSocket } = await import("ws");
    const ws = new WebSocket(`ws://127.0.0.1:${httpPort}/ws`, ["parley.v1"]);
    await new Promise((resolve) => ws.once("open", resolve));
    expect(ws.extensions).toMatch(/permessage-deflate/);
    ws.terminate();
  });

  it("closes a connection that never says Hello (handshakeTimeoutMs)", async () => {
    const clock = new ManualClock();
    const { httpPort, server } = await startServer({ handshakeTimeoutMs: 200 }, { options: { clock } });
    const client = await wsWireClient(httpPort);
    await expect.poll(() => server.ctx.registry.size).toBe(1);
    clock.advance(250);
    const error = await client.waitFor(isKind("error"));
    expect(error.error).toMatchObject({ code: ErrorCode.ERROR_CODE_HANDSHAKE_TIMEOUT, fatal: true });
    expect(await client.closeCode).toBe(1000);
  });

  it("pings an idle WebSocket session and closes it once silent past heartbeatTimeoutMs", async () => {
    const clock = new ManualClock();
    const { httpPort } = await startServer(
      { heartbeatIntervalMs: 100, heartbeatTimeoutMs: 400 },
      { options: { clock } },
    );
    const silent = await wsWireClient(httpPort);
    await silent.logIn("silent");
    clock.advance(150);
    expect((await silent.waitFor(isKind("ping"))).ping?.sentAtMs).toBeGreaterThan(0);
    clock.advance(400);
    const error = await silent.waitFor(isKind("error"));
    expect(error.error).toMatchObject({ code: ErrorCode.ERROR_CODE_PING_TIMEOUT, fatal: true });
    expect(await silent.closeCode).toBe(1000);
  });

  it("disconnects a WebSocket session that floods frames, as on TCP", async () => {
    const { port, httpPort, server } = await startServer({ framesPerSecond: 10, framesBurst: 20 });
    const bystander = await loggedIn(port, "bystander");
    const flooder = await wsWireClient(httpPort);
    await flooder.logIn("flooder");
    flooder.write(...Array.from({ length: 200 }, () => ({ pong: { echoSentAtMs: 1 } })));
    const received = await flooder.ended;
    expect(received.at(-1)?.error).toMatchObject({ code: ErrorCode.ERROR_CODE_RATE_LIMITED, fatal: true });
    await expect.poll(() => server.ctx.closed.list().map((c) => c.reason)).toContain("flooding");
    expect((await bystander.request({ ping: {} })).pong).toBeTruthy();
  });

  it("disconnects a WebSocket client that stops reading, without slowing the others", async () => {
    const limit = 256 * 1024;
    const { port, httpPort, server } = await startServer({
      sendQueueLimitBytes: limit,
      ...UNPACED,
    });
    const sender = await loggedIn(port, "sender");
    const stuck = await wsWireClient(httpPort);
    await stuck.logIn("stuck");
    stuck.ws.pause();
    const text = "z".repeat(3000);
    for (let i = 0; i < 3000 && server.ctx.registry.byNick("stuck"); i += 100) {
      await Promise.all(
        Array.from({ length: 100 }, (_, j) =>
          sender.request({ sendMessage: { room: "lobby", text: `${i + j} ${text}` } }),
        ),
      );
    }
    await expect.poll(() => server.ctx.closed.list().map((c) => c.reason)).toContain("send-queue overflow");
    expect(server.ctx.registry.byNick("stuck")).toBeUndefined();
    expect((await sender.request({ ping: {} })).pong).toBeTruthy();
  });

  it("holds WebSocket peers to the per-address limits with the same Error as TCP", async () => {
    const { port, httpPort } = await startServer({
      addressLimitsExemptLoopback: false,
      maxConnectionsPerAddress: 2,
    });
    await wireClient(port);
    await wsWireClient(httpPort);
    const third = await wsWireClient(httpPort);
    const refusal = await third.waitFor(isKind("error"));
    expect(refusal.error).toMatchObject({ code: ErrorCode.ERROR_CODE_SERVER_FULL, fatal: true });
    expect(refusal.error?.message).toMatch(/at most 2 at once/);
    await third.ended;
  });

  it("speaks wss:// with the TLS certificate and switches to a reloaded one for new connections", async () => {
    const { a, b, live, install } = makeSwappableCertificates(tempDir());
    const { httpPort, server } = await startServer({ tlsCert: live.certPath, tlsKey: live.keyPath });
    const first = await wsWireClient(httpPort, { ca: a.pem });
    await first.logIn("secure");
    expect(server.ctx.registry.byNick("secure")!.info().transport).toBe(
      SessionTransport.SESSION_TRANSPORT_WEBSOCKET_TLS,
    );
    install(b);
    expect(server.reloadTls().fingerprint256).toBe(b.fingerprint256);
    await expect(wsWireClient(httpPort, { ca: a.pem })).rejects.toThrow();
    const second = await wsWireClient(httpPort, { ca: b.pem });
    await second.logIn("rotated");
    // The first connection keeps its certificate and its session.
    first.write({ requestId: 9, ping: {} });
    expect((await first.waitFor((e) => e.requestId === 9)).body).toBe("pong");
  });

  it("answers plain HTTP on /ws and unknown methods without an upgrade", async () => {
    const { httpPort } = await startServer();
    const status = async (method: string, path: string) =>
      (await httpRequest(httpPort, path, { method })).status;
    expect(await status("GET", "/ws")).toBe(404);
    expect(await status("POST", "/healthz")).toBe(405);
  });
});
