// A session that closes first receives the outcome of every message it sent that was stored, then
// the close: Quit in the same write as SendMessage, and a flooder disconnected for flooding.
import { ErrorCode, encodeFrame } from "@parley/protocol";
import { describe, expect, it } from "vitest";
import { loggedIn, startServer, wireClient } from "./helpers.js";

describe("outcomes before the close", () => {
  it("acknowledges a message sent in the same write as Quit, before the Ok and the end", async () => {
    const { port } = await startServer();
    const bob = await loggedIn(port, "bob");
    const alice = await wireClient(port);
    await alice.logIn("alice");
    alice.write(
      { requestId: 10, sendMessage: { room: "lobby", text: "last words", clientMsgId: "c1" } },
      { requestId: 11, quit: { reason: "bye" } },
    );
    const frames = await alice.ended;
    const tail = frames.slice(frames.findIndex((e) => e.requestId === 10));
    expect(tail.map((e) => [e.requestId, e.body])).toEqual([
      [10, "message"],
      [11, "ok"],
    ]);
    expect(tail[0]!.message).toMatchObject({ seq: 1, text: "last words", clientMsgId: "c1" });
    // The message was stored and delivered too.
    const delivered = await bob.waitFor((e) => e.body === "message");
    expect(delivered.message?.seq).toBe(1);
  });

  it("acknowledges a message whose sender closed its sending side right after it", async () => {
    const { port } = await startServer();
    const alice = await wireClient(port);
    await alice.logIn("alice");
    // The message and the half-close in one segment: nothing more to say, but still reading.
    alice.socket.end(
      encodeFrame({ requestId: 10, sendMessage: { room: "lobby", text: "and done", clientMsgId: "c2" } }),
    );
    const frames = await alice.ended;
    expect(frames.at(-1)).toMatchObject({ requestId: 10, message: { seq: 1, text: "and done" } });
  });

  it("gives a flooder the acknowledgements of the messages that were stored, then the fatal error", async () => {
    const { port } = await startServer({ ratePerSecond: 1, rateBurst: 4, floodDisconnectAfter: 3 });
    const flooder = await wireClient(port);
    await flooder.logIn("flood"); // Login takes one token: three sends are admitted
    flooder.write(
      ...Array.from({ length: 10 }, (_, i) => ({
        requestId: 100 + i,
        sendMessage: { room: "lobby", text: `m${i}` },
      })),
    );
    const frames = (await flooder.ended).filter((e) => e.requestId >= 100);
    const acked = frames.filter((e) => e.body === "message").map((e) => [e.requestId, e.message?.seq]);
    expect(acked).toEqual([
      [100, 1],
      [101, 2],
      [102, 3],
    ]);
    const last = frames.at(-1)!;
    expect(last.error).toMatchObject({ code: ErrorCode.ERROR_CODE_RATE_LIMITED, fatal: true });
    expect(frames.filter((e) => e.error?.fatal)).toHaveLength(1);
    // Exactly the acknowledged messages are stored.
    const reader = await loggedIn(port, "reader");
    const history = await reader.request({ fetchHistory: { room: "lobby", afterSeq: 0 } });
    expect(history.history?.messages?.map((m) => m.text)).toEqual(["m0", "m1", "m2"]);
  });
});
