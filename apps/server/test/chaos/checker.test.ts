// The chaos checker on small hand-made histories: a correct run passes, and each kind of broken
// promise (a gap, a duplicate, a lost ack, a message at or below last_seq, ...) is reported.
import { describe, expect, it } from "vitest";
import { check } from "./checker.js";
import { type Entry, emptyObservations, type Observations, type Segment } from "./observations.js";

const msg = (seq: number, from: string, id: string): Entry => ({
  seq,
  from,
  clientMsgId: id,
  text: `${id} text`,
});

function segment(over: Partial<Segment>): Segment {
  return {
    client: "bob",
    connection: 2,
    room: "r0",
    resumeFrom: 0,
    lastSeq: 0,
    history: [],
    historyComplete: true,
    live: [],
    open: true,
    ...over,
  };
}

/**
 * Alice sends a1 and a2 to r0 on connection 1 (both acknowledged) and quits; Bob was in the room
 * from the start, saw a1 live, dropped, and resumed from 1 to get a2 in History.
 */
function goodRun(): Observations {
  const obs = emptyObservations();
  const a1 = msg(1, "alice", "a1");
  const a2 = msg(2, "alice", "a2");
  obs.stored.r0 = [a1, a2];
  for (const m of [a1, a2]) {
    obs.sent.push({
      client: "alice",
      connection: 1,
      clientMsgId: m.clientMsgId,
      conversation: "r0",
      text: m.text,
    });
    obs.outcomes.push({
      client: "alice",
      connection: 1,
      clientMsgId: m.clientMsgId,
      conversation: "r0",
      seq: m.seq,
    });
  }
  obs.connections.push(
    { id: 1, client: "alice", end: "quit" },
    { id: 2, client: "bob", end: "drop" },
    { id: 3, client: "bob", end: "open" },
  );
  obs.segments.push(
    segment({ client: "alice", connection: 1, live: [a1, a2], open: false }),
    segment({ connection: 2, live: [a1], open: false }),
    segment({ connection: 3, resumeFrom: 1, lastSeq: 2, history: [a2] }),
  );
  return obs;
}

const kinds = (obs: Observations) => check(obs).map((v) => v.invariant);

describe("chaos checker", () => {
  it("passes a run that kept every promise", () => {
    expect(check(goodRun())).toEqual([]);
  });

  it("reports a gap in a live stream, and the member missing that message", () => {
    const obs = goodRun();
    const a3 = msg(3, "alice", "a3");
    const a4 = msg(4, "alice", "a4");
    obs.stored.r0!.push(a3, a4);
    obs.sent.push(
      { client: "alice", connection: 1, clientMsgId: "a3", conversation: "r0", text: a3.text },
      { client: "alice", connection: 1, clientMsgId: "a4", conversation: "r0", text: a4.text },
    );
    obs.outcomes.push(
      { client: "alice", connection: 1, clientMsgId: "a3", conversation: "r0", seq: 3 },
      { client: "alice", connection: 1, clientMsgId: "a4", conversation: "r0", seq: 4 },
    );
    obs.segments[2]!.live = [a4]; // a3 never arrived
    const violations = check(obs);
    expect(violations.map((v) => v.invariant)).toEqual(["view-gap-free", "member-sees-all"]);
    expect(violations[0]!.detail).toContain("skips 3..3");
  });

  it("reports a message stored twice under one client_msg_id", () => {
    const obs = goodRun();
    const again = { ...msg(3, "alice", "a2"), text: "a2 text" };
    obs.stored.r0!.push(again);
    obs.segments[2]!.live = [again];
    expect(kinds(obs)).toEqual(["stored-once", "acked-stored"]);
  });

  it("reports a stored message whose sender quit without its acknowledgement", () => {
    const obs = goodRun();
    obs.outcomes.pop();
    const violations = check(obs);
    expect(violations).toEqual([
      {
        invariant: "ack-arrives",
        detail: "alice's a2 is stored, but connection 1 (ended: quit) got 0 replies to 1 sends",
      },
    ]);
  });

  it("does not ask a session for the acknowledgement of a copy a later session stored", () => {
    const obs = goodRun();
    // Alice's Quit raced her a2: the server never read it, and her next session stored it.
    obs.outcomes.pop();
    obs.segments[0]!.live.pop();
    obs.connections.push({ id: 4, client: "alice", end: "open" });
    obs.sent.push({ client: "alice", connection: 4, clientMsgId: "a2", conversation: "r0", text: "a2 text" });
    obs.outcomes.push({ client: "alice", connection: 4, clientMsgId: "a2", conversation: "r0", seq: 2 });
    obs.segments.push(
      segment({ client: "alice", connection: 4, resumeFrom: 1, lastSeq: 1, live: [msg(2, "alice", "a2")] }),
    );
    expect(check(obs)).toEqual([]);
    // Had a2 been committed before her next session joined, it was her first session's to acknowledge.
    obs.segments[3] = segment({
      client: "alice",
      connection: 4,
      resumeFrom: 1,
      lastSeq: 2,
      history: [msg(2, "alice", "a2")],
    });
    expect(kinds(obs)).toEqual(["ack-arrives"]);
  });

  it("does not ask a kicked session for a message its client's dropped session may have stored", () => {
    const run = (firstEnd: "drop" | "killed") => {
      const obs = goodRun();
      const a2 = msg(2, "alice", "a2");
      // Alice dropped connection 1 with a2 read but unanswered; the server stored it there after her
      // connection 4 had logged in (at last_seq 1), so 4 got it live, and 4's resend was dropped unread
      // by her kick. Connection 5 resent it again and was answered with the stored copy.
      obs.outcomes.pop();
      obs.segments[0]!.live.pop();
      obs.connections[0]!.end = firstEnd;
      obs.connections.push(
        { id: 4, client: "alice", end: "kicked" },
        { id: 5, client: "alice", end: "open" },
      );
      for (const connection of [4, 5])
        obs.sent.push({ client: "alice", connection, clientMsgId: "a2", conversation: "r0", text: a2.text });
      obs.outcomes.push({ client: "alice", connection: 5, clientMsgId: "a2", conversation: "r0", seq: 2 });
      const seenLive = firstEnd === "drop";
      obs.segments.push(
        segment({ client: "alice", connection: 4, resumeFrom: 1, lastSeq: 1, live: seenLive ? [a2] : [] }),
        segment({
          client: "alice",
          connection: 5,
          resumeFrom: seenLive ? 2 : 1,
          lastSeq: 2,
          history: seenLive ? [] : [a2],
        }),
      );
      obs.segments[3]!.open = false;
      return kinds(obs);
    };
    expect(run("drop")).toEqual([]);
    // A killed server stores nothing more: the copy can only be connection 4's, which owed its outcome.
    expect(run("killed")).toEqual(["ack-arrives"]);
  });

  it("asks for the acknowledgement before a close by a kick or the server's shutdown too", () => {
    for (const end of ["kicked", "shutdown"] as const) {
      const obs = goodRun();
      obs.outcomes.pop();
      obs.connections[0]!.end = end;
      expect(kinds(obs)).toEqual(["ack-arrives"]);
    }
  });

  it("lets a closed connection drop a second send of a message it answered once, but not an open one", () => {
    for (const end of ["quit", "kicked", "shutdown", "open"] as const) {
      const obs = goodRun();
      obs.sent.push({ ...obs.sent[1]! });
      obs.connections[0]!.end = end;
      expect(kinds(obs)).toEqual(end === "open" ? ["ack-arrives"] : []);
    }
  });

  it("does not ask for an acknowledgement on a connection the client dropped or the kill cut", () => {
    const obs = goodRun();
    obs.outcomes.pop();
    obs.connections[0]!.end = "killed";
    expect(check(obs)).toEqual([]);
  });

  it("reports an acknowledged message that is not stored", () => {
    const obs = goodRun();
    obs.stored.r0!.pop();
    obs.segments[0]!.live.pop();
    obs.segments[2]!.history = [];
    obs.segments[2]!.lastSeq = 1;
    expect(kinds(obs)).toEqual(["acked-stored"]);
  });

  it("reports a live message at or below Joined.last_seq, and History short of last_seq", () => {
    const obs = goodRun();
    // Joined said 2, History stopped at 1, and 2 then came live: the bug of counting uncommitted messages.
    obs.segments[2] = segment({
      connection: 3,
      resumeFrom: 1,
      lastSeq: 2,
      history: [],
      live: [msg(2, "alice", "a2")],
    });
    const violations = check(obs);
    expect(violations.map((v) => v.invariant)).toEqual(["view-gap-free", "view-gap-free", "member-sees-all"]);
    expect(violations[1]!.detail).toContain("at or below Joined.last_seq 2");
  });

  it("reports a hole in the stored sequence and a message nobody sent", () => {
    const obs = goodRun();
    obs.stored.r0 = [obs.stored.r0![0]!, msg(3, "alice", "a2"), msg(4, "mallory", "m1")];
    const violations = kinds(obs);
    expect(violations).toContain("stored-gap-free");
    expect(violations).toContain("no-phantom");
  });

  it("reports a view whose content differs from the store at the same seq", () => {
    const obs = goodRun();
    obs.segments[1]!.live = [{ ...msg(1, "alice", "a1"), text: "something else" }];
    expect(kinds(obs)).toEqual(["view-matches-store"]);
  });

  it("reports a resume that delivers a message again", () => {
    const obs = goodRun();
    obs.segments[2]!.history = [msg(1, "alice", "a1"), msg(2, "alice", "a2")];
    expect(kinds(obs)).toContain("view-gap-free");
  });

  it("reports incidents and connections the running server closed", () => {
    const obs = goodRun();
    obs.incidents.push("the server exited on its own with code 1");
    obs.connections[1]!.end = "server-closed";
    expect(kinds(obs)).toEqual(["server", "server"]);
  });

  it("reports direct messages received out of order or unlike the store", () => {
    const obs = goodRun();
    const d1 = msg(1, "alice", "d1");
    const d2 = msg(2, "alice", "d2");
    obs.stored["@alice bob"] = [d1, d2];
    for (const m of [d1, d2]) {
      obs.sent.push({
        client: "alice",
        connection: 1,
        clientMsgId: m.clientMsgId,
        conversation: "@alice bob",
        text: m.text,
      });
      obs.outcomes.push({
        client: "alice",
        connection: 1,
        clientMsgId: m.clientMsgId,
        conversation: "@alice bob",
        seq: m.seq,
      });
    }
    const conversation = "@alice bob";
    obs.directLive.push(
      { client: "bob", connection: 3, conversation, entry: d2 },
      { client: "bob", connection: 3, conversation, entry: d1 },
    );
    expect(kinds(obs)).toEqual(["view-gap-free"]);
    obs.fetches.push({ client: "bob", conversation, entries: [d1], complete: true });
    expect(kinds(obs)).toEqual(["member-sees-all", "view-gap-free"]);
  });
});
