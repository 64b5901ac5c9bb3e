// The room directory on its own: membership bookkeeping, peers, and the fan-out of a batch with each
// sender's acknowledgements spliced in place of its own messages.
import { describe, expect, it } from "vitest";
import type { Member } from "./member.js";
import { LocalRoomDirectory, type RoomBatch } from "./rooms.js";

/** A member that records what it was sent, as text. */
function member(id: number, nick: string): Member & { got: string[]; presence: string[] } {
  const decoder = new TextDecoder();
  return {
    id,
    nick,
    foldedNick: nick,
    messagesOut: 0,
    got: [],
    presence: [],
    sendFrame(frame) {
      this.got.push(decoder.decode(frame));
      return true;
    },
    sendPresence(frame) {
      this.presence.push(decoder.decode(frame));
    },
  };
}

const bytes = (text: string) => new TextEncoder().encode(text);

/** A batch of single-letter "frames"; acks are the upper-case letter. */
function batch<M extends Member>(letters: string, senders: Map<M, number[]>): RoomBatch<M> {
  return {
    count: letters.length,
    all: bytes(letters),
    offsets: [...letters, ""].map((_, i) => i),
    acks: [...letters].map((letter) => bytes(letter.toUpperCase())),
    senders,
  };
}

describe("LocalRoomDirectory", () => {
  it("joins, leaves and tells the right members, and knows each member's rooms and peers", () => {
    const rooms = new LocalRoomDirectory<ReturnType<typeof member>>();
    const [a, b, c] = [member(1, "a"), member(2, "b"), member(3, "c")];
    const { room: lobby } = rooms.getOrCreate("lobby");
    const { room: ops } = rooms.getOrCreate("ops");
    expect(rooms.join(lobby, a, bytes("a+lobby"))).toBe(true);
    expect(rooms.join(lobby, b, bytes("b+lobby"))).toBe(true);
    expect(rooms.join(lobby, b, bytes("again"))).toBe(false);
    rooms.join(ops, b, bytes("b+ops"));
    rooms.join(ops, c, bytes("c+ops"));
    expect(a.presence).toEqual(["b+lobby"]);
    expect(b.presence).toEqual(["c+ops"]);
    expect([...rooms.roomsOf(b)].map((room) => room.name)).toEqual(["lobby", "ops"]);
    expect([...rooms.peers(a)].map((m) => m.nick)).toEqual(["a", "b"]);
    expect([...rooms.peers(b)].map((m) => m.nick)).toEqual(["b", "a", "c"]);

    rooms.leave(lobby, a, bytes("a-lobby"));
    expect(a.presence.at(-1)).toBe("a-lobby");
    expect(b.presence.at(-1)).toBe("a-lobby");
    expect(rooms.roomsOf(a).size).toBe(0);

    let encoded = 0;
    rooms.leaveAll(b, () => {
      encoded++;
      return bytes("b quit");
    });
    expect(encoded).toBe(1);
    expect(c.presence.at(-1)).toBe("b quit");
    expect(b.presence).not.toContain("b quit");
    expect(rooms.memberCount(lobby)).toBe(0);
    expect([...rooms.members(ops)]).toEqual([c]);
    rooms.leaveAll(c, () => {
      encoded++;
      return bytes("c quit");
    });
    expect(encoded).toBe(1);
  });

  it("writes a batch once to each member, splicing a sender's acks, and acks a sender who left", () => {
    const rooms = new LocalRoomDirectory<ReturnType<typeof member>>();
    const [a, b, gone] = [member(1, "a"), member(2, "b"), member(3, "gone")];
    const { room } = rooms.getOrCreate("lobby");
    rooms.join(room, a, bytes("join"));
    rooms.join(room, b, bytes("join"));
    const delivered = rooms.deliver(
      room,
      batch(
        "wxyz",
        new Map([
          [a, [1, 2]],
          [gone, [3]],
        ]),
      ),
    );
    expect(b.got).toEqual(["wxyz"]);
    expect(a.got).toEqual(["w", "X", "Y", "z"]);
    expect(gone.got).toEqual(["Z"]);
    expect(delivered).toBe(4 + 2);
    expect([a.messagesOut, b.messagesOut, gone.messagesOut]).toEqual([2, 4, 0]);
  });
});
