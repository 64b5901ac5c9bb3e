// A message resent with the same client_msg_id is stored once and acknowledged with the stored copy:
// when the copies arrive before the first commits, and after the server was killed and restarted.
import { PROTOCOL_VERSION } from "@parley/protocol";
import { describe, expect, it } from "vitest";
import { loggedIn, rawClient, spawnServer, startServer, tempDir, wireClient } from "./helpers.js";

describe("de-duplication by client_msg_id", () => {
  it("stores once a message sent twice before the first copy commits, and acknowledges both", async () => {
    const { port } = await startServer();
    const bob = await loggedIn(port, "bob");
    const alice = await wireClient(port);
    await alice.logIn("alice");
    // One write: both copies are handled in the same turn, before the batch commits.
    alice.write(
      { requestId: 10, sendMessage: { room: "lobby", text: "once", clientMsgId: "dup-1" } },
      { requestId: 11, sendMessage: { room: "lobby", text: "once", clientMsgId: "dup-1" } },
      { requestId: 12, sendMessage: { toNick: "bob", text: "direct", clientMsgId: "dup-2" } },
      { requestId: 13, sendMessage: { toNick: "bob", text: "direct", clientMsgId: "dup-2" } },
    );
    const acks = await Promise.all([10, 11, 12, 13].map((id) => alice.waitFor((e) => e.requestId === id)));
    expect(acks.map((e) => [e.body, e.message?.seq, e.message?.text])).toEqual([
      ["message", 1, "once"],
      ["message", 1, "once"],
      ["message", 1, "direct"],
      ["message", 1, "direct"],
    ]);
    expect(acks[1]!.message?.sentAtMs).toEqual(acks[0]!.message?.sentAtMs);
    const room = await bob.request({ fetchHistory: { room: "lobby", afterSeq: 0 } });
    expect(room.history?.messages?.map((m) => m.text)).toEqual(["once"]);
    const direct = await bob.request({ fetchHistory: { withNick: "alice", afterSeq: 0 } });
    expect(direct.history?.messages?.map((m) => m.text)).toEqual(["direct"]);
  });

  it("remembers client ids across a SIGKILL and restart on the same data directory", async () => {
    const dataDir = tempDir();
    const args = ["--port", "0", "--admin-port", "0", "--data-dir", dataDir, "--log-level", "warn"];
    const first = await spawnServer(args);
    const alice = await loggedIn(first.port, "alice");
    const ack = await alice.request({ sendMessage: { room: "lobby", text: "before", clientMsgId: "c-7" } });
    expect(ack.message?.seq).toBe(1);
    first.child.kill("SIGKILL");
    await new Promise((resolve) => first.child.once("exit", resolve));

    const second = await spawnServer(args);
    const again = await rawClient(second.port);
    await again.request({ hello: { protocolVersion: PROTOCOL_VERSION } });
    await again.request({ login: { nick: "Alice", rooms: [{ room: "lobby", resume: true, sinceSeq: 1 }] } });
    // The documented recovery: resend what was not known to be stored, with the same client id.
    const resent = await again.request({
      sendMessage: { room: "lobby", text: "before", clientMsgId: "c-7" },
    });
    expect(resent.message).toMatchObject({ seq: 1, text: "before", sentAtMs: ack.message?.sentAtMs });
    const fresh = await again.request({ sendMessage: { room: "lobby", text: "after", clientMsgId: "c-8" } });
    expect(fresh.message?.seq).toBe(2);
    const history = await again.request({ fetchHistory: { room: "lobby", afterSeq: 0 } });
    expect(history.history?.messages?.map((m) => [m.seq, m.text])).toEqual([
      [1, "before"],
      [2, "after"],
    ]);
  });
});
