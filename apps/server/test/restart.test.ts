// Nothing acknowledged is lost: kill the real server process hard, restart it on the same data
// directory, and resume every room with no gap and no duplicate.
import { PROTOCOL_VERSION } from "@parley/protocol";
import { describe, expect, it } from "vitest";
import { isKind, loggedIn, rawClient, spawnServer, tempDir } from "./helpers.js";

describe("restart", () => {
  it("keeps every acknowledged message across SIGKILL and resumes with no gap or duplicate", async () => {
    const dataDir = tempDir();
    const args = ["--port", "0", "--admin-port", "0", "--data-dir", dataDir, "--log-level", "warn"];
    const first = await spawnServer(args);
    const alice = await loggedIn(first.port, "alice", [{ room: "lobby" }, { room: "ops" }]);
    const bob = await loggedIn(first.port, "bob", [{ room: "lobby" }, { room: "ops" }]);
    // Bob has seen lobby up to 3 and ops up to 1 when the server dies.
    for (let i = 1; i <= 3; i++) await alice.request({ sendMessage: { room: "lobby", text: `before ${i}` } });
    await alice.request({ sendMessage: { room: "ops", text: "ops 1" } });
    for (let i = 0; i < 4; i++) await bob.waitFor(isKind("message"));
    // Acknowledged while bob is gone: these must survive the kill.
    bob.conn.destroy();
    const acked: number[] = [];
    for (let i = 4; i <= 6; i++) {
      const ack = await alice.request({ sendMessage: { room: "lobby", text: `while away ${i}` } });
      acked.push(ack.message!.seq!);
    }
    expect(acked).toEqual([4, 5, 6]);
    first.child.kill("SIGKILL");
    await new Promise((resolve) => first.child.once("exit", resolve));

    const second = await spawnServer(args);
    const back = await rawClient(second.port);
    await back.request({ hello: { protocolVersion: PROTOCOL_VERSION } });
    await back.request({
      login: {
        nick: "bob",
        rooms: [
          { room: "lobby", resume: true, sinceSeq: 3 },
          { room: "ops", resume: true, sinceSeq: 1 },
        ],
      },
    });
    const lobby = await back.waitFor((e) => e.history?.room === "lobby");
    expect(lobby.history?.messages?.map((m) => [m.seq, m.text])).toEqual([
      [4, "while away 4"],
      [5, "while away 5"],
      [6, "while away 6"],
    ]);
    const ops = await back.waitFor((e) => e.history?.room === "ops");
    expect(ops.history?.messages).toEqual([]);
    // Sequence numbers continue where they stopped.
    const next = await back.request({ sendMessage: { room: "lobby", text: "after" } });
    expect(next.message?.seq).toBe(7);
  });
});
