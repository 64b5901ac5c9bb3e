// The chaos client's reading of a reconnect that the server also joins to a room of the account's
// other client while the client's own JoinRoom of that room is on its way: each Joined and History
// must be taken for the request it answers, not for whichever asked for the room.
import { createConnection, createServer, type Socket } from "node:net";
import { decodeEnvelope, FrameDecoder, frameBytes } from "@parley/protocol";
import { describe, expect, it } from "vitest";
import { loggedIn, onCleanup, registerAccount, startServer } from "../helpers.js";
import { check } from "./checker.js";
import { ClientActor } from "./client-actor.js";
import { emptyObservations } from "./observations.js";
import type { ChaosTarget } from "./process-controller.js";
import { Trace } from "./trace.js";

/**
 * A TCP relay to `port` that holds the server's frames from the first Joined of `room` on, until
 * the client has written a JoinRoom of it: the order a slower store produces on a reconnect.
 */
async function relayHoldingJoined(port: number, room: string): Promise<number> {
  const relay = createServer((client) => {
    const server = createConnection({ host: "127.0.0.1", port });
    const sockets: Socket[] = [client, server];
    onCleanup(() => {
      for (const socket of sockets) socket.destroy();
    });
    let held: Uint8Array[] | undefined;
    let joinSent = false;
    const fromServer = new FrameDecoder();
    server.on("data", (chunk: Buffer) => {
      for (const body of fromServer.push(chunk)) {
        const frame = frameBytes(body);
        if (!joinSent && !held && decodeEnvelope(body).joined?.room === room) held = [];
        if (held) held.push(frame);
        else client.write(frame);
      }
    });
    const fromClient = new FrameDecoder();
    client.on("data", (chunk: Buffer) => {
      server.write(chunk);
      for (const body of fromClient.push(chunk)) {
        if (decodeEnvelope(body).joinRoom?.room !== room || joinSent) continue;
        joinSent = true;
        for (const frame of held ?? []) client.write(frame);
        held = undefined;
      }
    });
    for (const [a, b] of [
      [client, server],
      [server, client],
    ] as const) {
      a.on("close", () => b.destroy());
      a.on("error", () => b.destroy());
    }
  });
  onCleanup(() => relay.close());
  await new Promise<void>((resolve) => relay.listen(0, "127.0.0.1", resolve));
  return (relay.address() as { port: number }).port;
}

/** A chaos target that is one running server, reached at `port`. */
function fixedTarget(port: number): ChaosTarget {
  const unused = () => Promise.reject(new Error("not part of this test"));
  return {
    incidents: [],
    start: unused,
    endpoint: () => Promise.resolve({ port, generation: 0 }),
    wasKilled: () => false,
    isShuttingDown: () => false,
    restart: unused,
    restartGracefully: unused,
    kick: unused,
    trySecondServer: unused,
    stop: unused,
    tail: () => [],
  };
}

describe("chaos client actor", () => {
  it("takes the Joined and History of its JoinRoom, not those of the Login's join of the same room", async () => {
    const { port } = await startServer({ historyOnJoin: 2 });
    // The account's other client is in r0, where five messages are stored.
    await registerAccount(port, "c0", "chaos password");
    const other = await loggedIn(port, "c0", ["r0"], { password: "chaos password" });
    for (let i = 1; i <= 5; i++) await other.request({ sendMessage: { room: "r0", text: `m${i}` } });

    const obs = emptyObservations();
    let nextId = 1;
    const actor = new ClientActor("c0", {
      server: fixedTarget(await relayHoldingJoined(port, "r0")),
      obs,
      trace: new Trace(),
      nextConnectionId: () => nextId++,
      coverage: { pages: 0, resends: 0, replays: 0 },
    });
    await actor.enqueue({
      index: 0,
      kind: "client",
      client: 0,
      action: { type: "connect", pipelineResends: false },
      offline: true,
    });
    await actor.enqueue({
      index: 1,
      kind: "client",
      client: 0,
      action: { type: "join", room: "r0" },
      offline: false,
    });
    await actor.idle();

    const segments = obs.segments.filter((s) => s.room === "r0");
    expect(segments.map((s) => [s.resumeFrom, s.history.map((e) => e.seq)])).toEqual([[0, [1, 2, 3, 4, 5]]]);
    expect(check(obs).filter((v) => v.invariant === "view-gap-free")).toEqual([]);
    expect(obs.incidents).toEqual([]);
  });
});
