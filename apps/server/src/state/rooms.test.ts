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
    account: "",
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

describe("LocalRoomDirectory with a cluster link", () => {
  /** The directory with a link that records what it was told, as text. */
  function linked(elsewhere: Record<string, string[]> = {}) {
    const told: string[] = [];
    const decoder = new TextDecoder();
    const rooms = new LocalRoomDirectory<ReturnType<typeof member>>({
      occupied: (room) => told.push(`occupied ${room}`),
      vacated: (room) => told.push(`vacated ${room}`),
      presence: (names, frame) => told.push(`${names.join(",")}: ${decoder.decode(frame)}`),
      heldElsewhere: (room, account) => elsewhere[account]?.includes(room) ?? false,
    });
    return { rooms, told };
  }

  it("tells no one of a client of an account whose other client is in the room on another node", () => {
    // Ana has a client in room a on another node.
    const { rooms, told } = linked({ ana: ["a"] });
    const ana = { ...member(1, "ana"), account: "ana" };
    const bob = member(2, "bob");
    const a = rooms.getOrCreate("a").room;
    const b = rooms.getOrCreate("b").room;
    rooms.join(a, bob, bytes("bob joins a"));
    rooms.join(a, ana, bytes("ana joins a"));
    rooms.join(b, ana, bytes("ana joins b"));
    rooms.leave(a, ana, bytes("ana leaves a"));
    rooms.join(a, ana, bytes("ana joins a"));
    rooms.leaveAll(ana, () => bytes("ana quits"));
    expect(bob.presence).toEqual([]);
    expect(rooms.memberCount(a)).toBe(1);
    expect(told).toEqual([
      "occupied a",
      "a: bob joins a",
      "occupied b",
      "b: ana joins b",
      "b: ana quits",
      "vacated b",
    ]);
  });

  it("says which rooms have local members and passes presence on to the other nodes", () => {
    const { rooms, told } = linked();
    const alice = member(1, "alice");
    const bob = member(2, "bob");
    const a = rooms.getOrCreate("a").room;
    const b = rooms.getOrCreate("b").room;
    rooms.join(a, alice, bytes("alice joins a"));
    rooms.join(a, bob, bytes("bob joins a"));
    rooms.join(b, alice, bytes("alice joins b"));
    rooms.sendPresenceToPeers(alice, bytes("alice is al"));
    rooms.leave(a, bob, bytes("bob leaves a"));
    rooms.leaveAll(alice, () => bytes("alice quits"));
    expect(told).toEqual([
      "occupied a",
      "a: alice joins a",
      "a: bob joins a",
      "occupied b",
      "b: alice joins b",
      "a,b: alice is al",
      "a: bob leaves a",
      "a,b: alice quits",
      "vacated a",
      "vacated b",
    ]);
  });

  it("delivers other nodes' messages and presence to local members, each once", () => {
    const { rooms } = linked();
    const alice = member(1, "alice");
    const bob = member(2, "bob");
    const a = rooms.getOrCreate("a").room;
    const b = rooms.getOrCreate("b").room;
    rooms.join(a, alice, bytes(""));
    rooms.join(b, alice, bytes(""));
    rooms.join(b, bob, bytes(""));
    expect(rooms.deliverFrames(b, bytes("xy"), 2)).toBe(4);
    expect(alice.got).toEqual(["xy"]);
    expect(bob.messagesOut).toBe(2);
    alice.presence.length = 0;
    rooms.presenceFromElsewhere([a, b], bytes("carol quits"));
    expect(alice.presence).toEqual(["carol quits"]);
    expect(bob.presence.at(-1)).toBe("carol quits");
  });
});
