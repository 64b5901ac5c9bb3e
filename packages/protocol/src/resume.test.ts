// ResumePoints fed with envelopes as they come off the wire (encoded, then decoded): first joins,
// live messages, a resuming Login, a paged replay cut by a reconnect, and direct conversations.
import { describe, expect, it } from "vitest";
import { decodeEnvelope, encodeEnvelope } from "./codec.js";
import { type DecodedEnvelope, type Envelope, PresenceKind } from "./messages.js";
import { ResumePoints } from "./resume.js";

const wire = (envelope: Envelope): DecodedEnvelope => decodeEnvelope(encodeEnvelope(envelope));
const joined = (room: string, lastSeq: number) => wire({ joined: { room, lastSeq } });
const roomMessage = (room: string, seq: number) => wire({ message: { room, seq, fromNick: "x", text: "t" } });
const history = (room: string, seqs: number[], hasMore = false) =>
  wire({ history: { room, hasMore, messages: seqs.map((seq) => ({ room, seq, text: "t" })) } });

describe("ResumePoints", () => {
  it("starts a first join at the room's last seq and follows live messages", () => {
    const points = new ResumePoints("ana");
    expect(points.observe(joined("lobby", 7))).toEqual({ type: "joined", room: "lobby", resumed: false });
    expect(points.observe(history("lobby", [6, 7]))).toEqual({
      type: "history",
      room: "lobby",
      replay: false,
    });
    points.observe(roomMessage("lobby", 8));
    points.observe(roomMessage("lobby", 9));
    // A room we are not in does not become resumable by a stray message.
    points.observe(roomMessage("elsewhere", 3));
    expect(points.rooms).toEqual(["lobby"]);
    expect(points.roomSeq("lobby")).toBe(9);
    expect(points.loginRooms()).toEqual([{ room: "lobby", resume: true, sinceSeq: 9 }]);
  });

  it("tells a resumed room's Joined and replay from a first join, without jumping ahead of the replay", () => {
    const points = new ResumePoints("ana");
    points.observe(joined("lobby", 5));
    points.observe(joined("dev", 2));
    expect(points.loginRooms().map((r) => r.room)).toEqual(["lobby", "dev"]);
    expect(points.isResuming("lobby")).toBe(true);
    // The server stored up to 20 meanwhile; the replay brings 6..8 and says there is more.
    expect(points.observe(joined("lobby", 20))).toEqual({ type: "joined", room: "lobby", resumed: true });
    expect(points.roomSeq("lobby")).toBe(5);
    expect(points.observe(history("lobby", [6, 7, 8], true))).toEqual({
      type: "history",
      room: "lobby",
      replay: true,
      continueAfterSeq: 8,
    });
    expect(points.isResuming("lobby")).toBe(false);
    // A later History of the same room (a page backwards, say) is no replay.
    expect(points.observe(history("lobby", [1, 2]))).toMatchObject({ replay: false });
    // Live traffic overtakes the paged part; a reconnect now must resume from the page reached.
    points.observe(roomMessage("lobby", 21));
    points.catchUp("lobby", 12);
    expect(points.loginRooms()).toEqual([
      { room: "lobby", resume: true, sinceSeq: 12 },
      { room: "dev", resume: true, sinceSeq: 2 },
    ]);
    // Once caught up, the newest seq seen is the point again.
    points.observe(history("lobby", [13, 21]));
    points.caughtUp("lobby");
    expect(points.loginRooms()[0]).toEqual({ room: "lobby", resume: true, sinceSeq: 21 });
  });

  it("forgets a room left", () => {
    const points = new ResumePoints("ana");
    points.observe(joined("lobby", 5));
    points.observe(joined("dev", 1));
    points.leave("lobby");
    expect(points.loginRooms()).toEqual([{ room: "dev", resume: true, sinceSeq: 1 }]);
  });

  it("follows direct conversations by the peer's folded nick, whichever side sent", () => {
    const points = new ResumePoints("Ana");
    expect(points.openDirect("Bob")).toBe(true);
    expect(points.openDirect("BOB")).toBe(false);
    points.observe(wire({ message: { fromNick: "ANA", toNick: "bob", seq: 3, text: "hi" } }));
    points.observe(wire({ message: { fromNick: "Bob", toNick: "ana", seq: 4, text: "hey" } }));
    // A first message from someone else opens their conversation.
    points.observe(wire({ message: { fromNick: "Cy", toNick: "Ana", seq: 1, text: "yo" } }));
    expect(points.directs).toEqual([
      { nick: "Bob", lastSeq: 4 },
      { nick: "Cy", lastSeq: 1 },
    ]);
    // DMs are not part of Login: they are fetched after it.
    expect(points.loginRooms()).toEqual([]);
    points.observe(
      wire({ presence: { kind: PresenceKind.PRESENCE_KIND_NICK, oldNick: "bob", nick: "Rob" } }),
    );
    expect(points.direct("rob")).toEqual({ nick: "Rob", lastSeq: 4 });
    expect(points.direct("bob")).toBeUndefined();
    // Our own rename keeps our side of the conversation ours.
    points.observe(
      wire({ presence: { kind: PresenceKind.PRESENCE_KIND_NICK, oldNick: "ana", nick: "Anna" } }),
    );
    expect(points.nick).toBe("Anna");
    points.observe(wire({ message: { fromNick: "Anna", toNick: "Rob", seq: 9, text: "x" } }));
    expect(points.direct("Rob")?.lastSeq).toBe(9);
    points.closeDirect("ROB");
    expect(points.directs.map((d) => d.nick)).toEqual(["Cy"]);
  });
});
