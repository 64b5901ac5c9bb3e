// Error codes the protocol promises: INVALID_ROOM for any invalid room name (the empty one too),
// BAD_OFFSET for an early FileUploadDone, FRAME_TOO_LARGE on the admin listener, and a fatal Error
// naming the reason before every close the server starts.
import { createHash } from "node:crypto";
import { connect } from "node:net";
import {
  type DecodedEnvelope,
  decodeEnvelope,
  type Envelope,
  ErrorCode,
  FrameDecoder,
  frameBytes,
  NoticeKind,
  type ServerError,
} from "@parley/protocol";
import { describe, expect, it } from "vitest";
import { ManualClock } from "../src/clock.js";
import { loggedIn, startServer, wireClient } from "./helpers.js";

describe("error codes", () => {
  it("answers INVALID_ROOM to an empty room name in every request that names a room", async () => {
    const { port } = await startServer();
    const alice = await loggedIn(port, "alice");
    const requests: Envelope[] = [
      { joinRoom: { room: "" } },
      { leaveRoom: { room: "" } },
      { setTopic: { room: "", topic: "t" } },
      { listMembers: { room: "" } },
      { sendMessage: { room: "", text: "hi" } },
      { fetchHistory: { room: "" } },
      { fileOffer: { room: "", name: "a.txt", size: 1, sha256: "0".repeat(64) } },
    ];
    for (const request of requests) {
      const error = (await alice.request(request).catch((e) => e)) as ServerError;
      expect(error.code, JSON.stringify(request)).toBe(ErrorCode.ERROR_CODE_INVALID_ROOM);
    }
    const login = await wireClient(port);
    login.write(
      { requestId: 1, hello: { protocolVersion: 1 } },
      { requestId: 2, login: { nick: "bob", rooms: [{ room: "" }] } },
    );
    const refused = await login.waitFor((e) => e.requestId === 2 && e.body === "error");
    expect(refused.error?.code).toBe(ErrorCode.ERROR_CODE_INVALID_ROOM);
  });

  it("answers BAD_OFFSET to FileUploadDone before all bytes arrived", async () => {
    const { port } = await startServer();
    const alice = await loggedIn(port, "alice");
    const data = new Uint8Array(10).fill(7);
    const ready = await alice.request({
      fileOffer: {
        room: "lobby",
        name: "half.bin",
        size: 10,
        sha256: createHash("sha256").update(data).digest("hex"),
      },
    });
    const id = ready.fileUploadReady!.uploadId!;
    await alice.request({ fileChunk: { id, offset: 0, data: data.subarray(0, 5) } });
    const early = (await alice.request({ fileUploadDone: { uploadId: id } }).catch((e) => e)) as ServerError;
    expect(early.code).toBe(ErrorCode.ERROR_CODE_BAD_OFFSET);
  });

  it("answers FRAME_TOO_LARGE to an oversized length prefix on the admin listener", async () => {
    const { server } = await startServer();
    const socket = connect({ port: server.adminPort as number, host: "127.0.0.1" });
    const received: DecodedEnvelope[] = [];
    const decoder = new FrameDecoder();
    socket.on("data", (chunk: Buffer) => {
      for (const frame of decoder.push(chunk)) received.push(decodeEnvelope(frame));
    });
    // Only the prefix of a 1 MB frame: refused from the prefix alone.
    socket.write(frameBytes(new Uint8Array(1024 * 1024)).subarray(0, 3));
    await new Promise((resolve) => socket.once("close", resolve));
    expect(received.map((e) => e.error?.code)).toEqual([ErrorCode.ERROR_CODE_FRAME_TOO_LARGE]);
  });
});

describe("close reasons", () => {
  /** The envelopes a client got, ending with the fatal Error that names the close. */
  const lastError = (frames: DecodedEnvelope[]) => frames.at(-1)?.error;

  it("sends PING_TIMEOUT before closing a silent session", async () => {
    const clock = new ManualClock();
    const { port } = await startServer(
      { heartbeatIntervalMs: 100, heartbeatTimeoutMs: 300 },
      { options: { clock } },
    );
    const silent = await wireClient(port);
    await silent.logIn("silent");
    // Never answers a ping: the first housekeeping sweep past heartbeatTimeoutMs closes it.
    clock.advance(400);
    const frames = await silent.ended;
    expect(lastError(frames)).toMatchObject({ code: ErrorCode.ERROR_CODE_PING_TIMEOUT, fatal: true });
  });

  it("sends SHUTTING_DOWN, after the shutdown notice, before closing on shutdown", async () => {
    const { port, server } = await startServer();
    const alice = await wireClient(port);
    await alice.logIn("alice");
    void server.close();
    const frames = await alice.ended;
    expect(frames.at(-2)?.notice?.kind).toBe(NoticeKind.NOTICE_KIND_SHUTDOWN);
    expect(lastError(frames)).toMatchObject({ code: ErrorCode.ERROR_CODE_SHUTTING_DOWN, fatal: true });
  });

  it("keeps RATE_LIMITED as the fatal error of a flood disconnect", async () => {
    const { port } = await startServer({ ratePerSecond: 1, rateBurst: 2, floodDisconnectAfter: 3 });
    const flooder = await wireClient(port);
    await flooder.logIn("flood");
    flooder.write(...Array.from({ length: 8 }, (_, i) => ({ requestId: 10 + i, ping: {} })), {
      requestId: 50,
      listRooms: {},
    });
    flooder.write(...Array.from({ length: 8 }, (_, i) => ({ requestId: 20 + i, listRooms: {} })));
    const frames = await flooder.ended;
    expect(lastError(frames)).toMatchObject({ code: ErrorCode.ERROR_CODE_RATE_LIMITED, fatal: true });
  });
});
