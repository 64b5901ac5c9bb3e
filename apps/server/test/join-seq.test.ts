// Joined.last_seq is the last committed seq: the History after it covers everything up to it, and
// every live message after it has a greater seq, even when the join lands while a batch is open.
import { describe, expect, it } from "vitest";
import { loggedIn, startServer } from "./helpers.js";

describe("join during traffic", () => {
  it("announces the committed seq when a message of the room is still in the open batch", async () => {
    const { port } = await startServer();
    const alice = await loggedIn(port, "alice");
    // One write: the message is appended, and the join is answered, before the batch commits.
    const ack = alice.request({ sendMessage: { room: "lobby", text: "in flight" } });
    const joined = alice.request({ joinRoom: { room: "lobby", resume: true, sinceSeq: 0 } });
    const reply = await joined;
    const history = await alice.waitFor((e) => e.history?.room === "lobby");
    const lastSeq = reply.joined!.lastSeq!;
    const covered = history.history!.messages!.map((m) => m.seq!);
    // The History covers exactly 1..last_seq ...
    expect(covered).toEqual(Array.from({ length: lastSeq }, (_, i) => i + 1));
    // ... and the message that was in flight arrives after it with a greater seq.
    expect((await ack).message!.seq!).toBeGreaterThan(lastSeq);
  });

  it("never pages past the committed seq, even for a message of the open batch", async () => {
    const { port } = await startServer();
    const alice = await loggedIn(port, "alice");
    await alice.request({ sendMessage: { room: "lobby", text: "committed" } });
    // One write: the page is read while the second message is appended but not committed.
    const ack = alice.request({ sendMessage: { room: "lobby", text: "in flight" } });
    const page = await alice.request({ fetchHistory: { room: "lobby", afterSeq: 0 } });
    expect(page.history?.messages?.map((m) => m.seq)).toEqual([1]);
    expect((await ack).message?.seq).toBe(2);
  });
});
