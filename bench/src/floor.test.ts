// The floor target speaks enough of Parley for the bench's own client: a handshake into a room, the
// Joined member list, and the presence of whoever joins next.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ParleyClient } from "./clients/parley.js";
import type { ChatSink } from "./clients/types.js";
import { floorScript, type RunningServer, startServer } from "./servers.js";

const sink: ChatSink = { onChat() {}, onLost() {}, onServerError() {} };
let server: RunningServer;

beforeAll(async () => {
  server = await startServer("parley", { serverBin: await floorScript(true) });
});
afterAll(() => server.stop());

describe("the handshake floor", () => {
  it("gives Parley's handshake: Welcome, LoggedIn, Joined with the members, History, then presence", async () => {
    const first = new ParleyClient({ port: server.port, nick: "ada", rooms: ["bench-0"] }, sink);
    await first.handshake(10_000);
    expect(first.welcome?.serverName).toBe("floor");
    const joinSeen = first.waitFor((e) => e.body === "presence" && e.presence?.nick === "bo");

    const second = new ParleyClient({ port: server.port, nick: "bo", rooms: ["bench-0"] }, sink);
    const joined = second.waitFor((e) => e.body === "joined");
    await second.handshake(10_000);
    expect((await joined)?.joined?.members?.map((m) => m.nick)).toEqual(["ada", "bo"]);
    expect((await joinSeen)?.presence?.room).toBe("bench-0");
    first.close();
    second.close();
  });
});
