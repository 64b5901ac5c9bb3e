// The protocol package's client core against a real in-process server: login returns the server's
// limits, resume points fed by a session's traffic make the next Login replay exactly what was
// missed, and automatic pongs keep an idle session alive where a silent one is dropped.
import { type DecodedEnvelope, ProtocolClient, type ResumeNote, ResumePoints } from "@parley/protocol";
import type { ParleyServer, ServerConfig } from "@parley/server";
import { onCleanup } from "@parley/testkit";
import { describe, expect, it } from "vitest";
import { startServer as startTestServer } from "./helpers.js";

async function startServer(overrides: Partial<ServerConfig> = {}): Promise<ParleyServer> {
  return (await startTestServer(overrides)).server;
}

async function connect(port: number, answerPings = true): Promise<ProtocolClient> {
  const client = await ProtocolClient.connect({ port, requestTimeoutMs: 5000, answerPings });
  onCleanup(() => {
    client.conn.destroy();
  });
  return client;
}

/** Feeds every event of `client` to `points`, keeping what each meant. */
function feed(client: ProtocolClient, points: ResumePoints) {
  const notes: ResumeNote[] = [];
  const events: DecodedEnvelope[] = [];
  client.onEvent((envelope) => {
    events.push(envelope);
    const note = points.observe(envelope);
    if (note) notes.push(note);
  });
  return { notes, events };
}

const hello = { clientName: "core-test", clientVersion: "1" };

describe("the protocol client core against a real server", () => {
  it("logs in with the server's limits and resumes a room with exactly the messages missed", async () => {
    const server = await startServer({ maxMessageChars: 123 });
    const points = new ResumePoints();
    const ana = await connect(server.port);
    const first = feed(ana, points);
    const result = await ana.login({ ...hello, nick: "Ana", resume: points, rooms: [{ room: "dev" }] });
    expect(result.nick).toBe("Ana");
    expect(result.welcome.limits?.maxMessageChars).toBe(123);
    expect(points.nick).toBe("Ana");

    const bob = await connect(server.port);
    await bob.login({ ...hello, nick: "bob", rooms: [{ room: "dev" }] });
    for (const text of ["one", "two"]) {
      const ack = await bob.request({ sendMessage: { room: "dev", text, clientMsgId: text } });
      expect(ack.message?.text).toBe(text);
    }
    // A ping round trip after the sends: ana has had both messages by the time its Pong returns.
    await ana.request({ ping: {} });
    expect(first.notes).toContainEqual({ type: "joined", room: "dev", resumed: false });
    expect(points.rooms).toEqual(["dev"]);
    const seenBeforeLeaving = points.roomSeq("dev")!;
    expect(seenBeforeLeaving).toBeGreaterThan(0);

    await ana.close();
    for (const text of ["three", "four"])
      await bob.request({ sendMessage: { room: "dev", text, clientMsgId: text } });

    const again = await connect(server.port);
    const second = feed(again, points);
    await again.login({ ...hello, nick: "Ana", resume: points });
    await again.request({ ping: {} });
    expect(second.notes).toEqual([
      { type: "joined", room: "dev", resumed: true },
      { type: "history", room: "dev", replay: true },
    ]);
    const replay = second.events.find((e) => e.body === "history")?.history?.messages ?? [];
    expect(replay.map((m) => m.text)).toEqual(["three", "four"]);
    expect(replay[0]?.seq).toBe(seenBeforeLeaving + 1);
    expect(points.roomSeq("dev")).toBe(replay[1]?.seq);
  });

  it("answers the server's pings, so an idle session outlives the heartbeat timeout that drops a silent one", async () => {
    const server = await startServer({ heartbeatIntervalMs: 100, heartbeatTimeoutMs: 400 });
    const lively = await connect(server.port);
    await lively.login({ ...hello, nick: "lively" });
    const silent = await connect(server.port, false);
    await silent.login({ ...hello, nick: "silent" });
    const pinged = lively.waitFor((e) => e.body === "ping");
    await pinged;
    await silent.closed;
    // The lively session is still served: a request gets its reply.
    expect((await lively.request({ ping: { sentAtMs: 7 } })).pong?.echoSentAtMs).toBe(7);
    expect(lively.conn.isClosed).toBe(false);
  });
});
