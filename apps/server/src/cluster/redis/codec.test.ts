// The bus codec round-trips each kind and refuses what is not one of its messages.
import { describe, expect, it } from "vitest";
import {
  BusMessageError,
  decodeBusMessage,
  encodeCommand,
  encodePresence,
  encodeRoomMessages,
} from "./codec.js";

describe("bus codec", () => {
  it("round-trips a room publication with large seqs and the frames untouched", () => {
    const frames = Buffer.from([1, 2, 3, 4]);
    const bytes = encodeRoomMessages(7, { room: "ignored", firstSeq: 2 ** 40, lastSeq: 2 ** 40 + 3, frames });
    expect(decodeBusMessage(bytes, "lobby")).toEqual({
      kind: "room",
      origin: 7,
      publication: { room: "lobby", firstSeq: 2 ** 40, lastSeq: 2 ** 40 + 3, frames },
    });
  });

  it("round-trips presence for several rooms and a command", () => {
    const frame = Buffer.from("quit");
    const presence = decodeBusMessage(encodePresence(1, ["a", "ö"], frame));
    expect(presence).toEqual({ kind: "presence", origin: 1, rooms: ["a", "ö"], frame });
    const command = { kind: "announce" as const, text: "hello" };
    expect(decodeBusMessage(encodeCommand(2, command))).toEqual({ kind: "command", origin: 2, command });
  });

  it("refuses short, unknown, truncated and backwards messages with BusMessageError", () => {
    const bad = [
      Buffer.from([1, 0]),
      Buffer.from([9, 0, 0, 0, 1]),
      encodePresence(1, ["a"], Buffer.alloc(0)).subarray(0, 10),
      encodeRoomMessages(1, { room: "", firstSeq: 5, lastSeq: 4, frames: Buffer.alloc(0) }),
      Buffer.concat([Buffer.from([3, 0, 0, 0, 1]), Buffer.from("{")]),
    ];
    for (const bytes of bad) expect(() => decodeBusMessage(bytes)).toThrow(BusMessageError);
  });
});
