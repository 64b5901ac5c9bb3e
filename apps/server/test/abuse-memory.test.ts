// Attacks on the server's memory and CPU, over real sockets, each with a bystander that must stay
// served: partial frames held open (slowloris), output built within one turn, free requests,
// amplifying replies.
import { ErrorCode, frameBytes, PROTOCOL_VERSION } from "@parley/protocol";
import { describe, expect, it } from "vitest";
import { loggedIn, startServer, wireClient } from "./helpers.js";

describe("slowloris with partial frames", () => {
  it("maxPreLoginFrameBytes: refuses a large frame before Login from its prefix alone", async () => {
    const { port } = await startServer({ maxPreLoginFrameBytes: 4096 });
    const bystander = await loggedIn(port, "bystander");
    const peer = await wireClient(port);
    // The prefix of a 100 KB frame, which maxFrameBytes (1 MiB) would have let through.
    peer.socket.write(frameBytes(new Uint8Array(100_000)).subarray(0, 3));
    const received = await peer.ended;
    expect(received.at(-1)?.error).toMatchObject({ code: ErrorCode.ERROR_CODE_FRAME_TOO_LARGE, fatal: true });
    expect((await bystander.request({ ping: {} })).pong).toBeTruthy();
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
    expect((await bystander.request({ ping: {} })).pong).toBeTruthy();
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
