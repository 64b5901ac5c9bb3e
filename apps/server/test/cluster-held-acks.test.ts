// A cluster node's own commit can wait behind a seq another node committed but never published (it
// died in between): its sender still gets the acknowledgement when it leaves the room meanwhile, and
// before the close when it then quits. One real node on a real PostgreSQL and Redis, with a clock
// that moves only when told, so the gap stays open until the test lets the node read the store.
import { MessageKind } from "@parley/protocol";
import { startRedis } from "@parley/testkit";
import { describe, expect, it, vi } from "vitest";
import { ManualClock } from "../src/clock.js";
import { loggedIn, postgresForFile, startServer, wireClient } from "./helpers.js";

const postgres = postgresForFile();

const ROOM = "lobby";
const GAP_GRACE_MS = 50;

/** A cluster node (its own database and Redis, stopped after the test) on a clock of its own. */
async function node() {
  const clock = new ManualClock(Date.now());
  const redis = await startRedis();
  const settings = {
    store: await postgres.createDatabase(),
    redis: redis.url,
    clusterGapGraceMs: GAP_GRACE_MS,
    // Far beyond anything the test advances: only the gap fill decides when the close goes on.
    shutdownGraceMs: 600_000,
  };
  const started = await startServer(settings, { options: { clock } });
  return { ...started, clock, ctx: started.server.ctx };
}

type Node = Awaited<ReturnType<typeof node>>;

/** Stores a message as a node that dies before publishing it would: in the store, never announced. */
async function commitUnpublished(n: Node): Promise<number> {
  const [seq] = await n.ctx.store.messages.append([
    {
      conversation: ROOM,
      sender: "ghost",
      message: {
        room: ROOM,
        fromNick: "ghost",
        text: "stored by a node that died",
        clientMsgId: "g1",
        kind: MessageKind.MESSAGE_KIND_TEXT,
        sentAtMs: Date.now(),
      },
    },
  ]);
  return seq as number;
}

describe("acknowledgements held behind another node's seq", () => {
  it("go out, after the Ok, when their sender, the room's last member on the node, leaves the room", async () => {
    const n = await node();
    const ana = await wireClient(n.port);
    await ana.logIn("ana");
    const gap = await commitUnpublished(n);
    ana.write({ requestId: 10, sendMessage: { room: ROOM, text: "held", clientMsgId: "a1" } });
    // Committed right after the unpublished seq, so it waits for that seq on this node.
    await vi.waitFor(() => expect(n.ctx.messages.committedSeq(ROOM)).toBe(gap + 1));
    ana.write({ requestId: 11, leaveRoom: { room: ROOM } });
    await ana.waitFor((e) => e.requestId === 11 && e.body === "ok");
    // The node still orders the room for the acknowledgement: once the gap is read, it goes out,
    // after the Ok (not out of order while the sender still counted itself a member).
    n.clock.advance(GAP_GRACE_MS);
    const ack = await ana.waitFor((e) => e.requestId === 10 && e.body === "message");
    expect(ack.message).toMatchObject({ seq: gap + 1, clientMsgId: "a1" });
    const order = ana.received.map((e) => e.requestId).filter((id) => id >= 10);
    expect(order).toEqual([11, 10]);
  });

  it("reach a sender that left the room and quit, before the Ok and the end", async () => {
    const n = await node();
    // Another member keeps the room ordered on this node after the sender leaves it.
    const bob = await loggedIn(n.port, "bob", [ROOM]);
    const ana = await wireClient(n.port);
    await ana.logIn("ana");
    const gap = await commitUnpublished(n);
    ana.write({ requestId: 10, sendMessage: { room: ROOM, text: "last words", clientMsgId: "a1" } });
    await vi.waitFor(() => expect(n.ctx.messages.committedSeq(ROOM)).toBe(gap + 1));
    ana.write({ requestId: 11, leaveRoom: { room: ROOM } }, { requestId: 12, quit: { reason: "bye" } });
    await ana.waitFor((e) => e.requestId === 11 && e.body === "ok");
    // The gap is read from the store; the held commit, and its acknowledgement, follow.
    n.clock.advance(GAP_GRACE_MS);
    const frames = await ana.ended;
    const tail = frames.slice(frames.findIndex((e) => e.requestId === 11) + 1);
    expect(tail.map((e) => [e.requestId, e.body])).toEqual([
      [10, "message"],
      [12, "ok"],
    ]);
    expect(tail[0]!.message).toMatchObject({ seq: gap + 1, clientMsgId: "a1" });
    // The room's remaining member got both, in order.
    const seen = await bob.waitFor((e) => e.message?.seq === gap + 1);
    expect(seen.message?.text).toBe("last words");
  });
});
