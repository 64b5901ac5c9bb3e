// Spliced frames against encodeFrame: the same bytes for parts in field order, the same message otherwise.
import { describe, expect, it } from "vitest";
import { decodeEnvelope, encodeFrame } from "./codec.js";
import { pb } from "./messages.js";
import { SPLICED_FIELD, splicedFrame } from "./spliced-frame.js";

describe("splicedFrame", () => {
  it("writes what encodeFrame writes when the parts are in field order", () => {
    const welcome = { sessionId: 7, serverName: "p", limits: { maxFrameBytes: 1 << 20 }, motd: "hi" };
    const head = pb.Welcome.encode({ sessionId: 7 }).finish();
    const rest = pb.Welcome.encode({ serverName: "p", limits: welcome.limits, motd: "hi" }).finish();
    for (const requestId of [0, 1, 300, 2 ** 32 - 1])
      expect(splicedFrame(requestId, SPLICED_FIELD.welcome, [head, rest])).toEqual(
        encodeFrame({ requestId, welcome }),
      );
  });

  it("carries the same message when the parts come in another order", () => {
    const members = Array.from({ length: 200 }, (_, i) => ({ nick: `n${i}`, sessionId: i + 1 }));
    const head = pb.Joined.encode({ room: "lobby", lastSeq: 41, membersNextCursor: "200" }).finish();
    const list = pb.Joined.encode({ members }).finish();
    const frame = splicedFrame(9, SPLICED_FIELD.joined, [head, list]);
    const expected = encodeFrame({
      requestId: 9,
      joined: { room: "lobby", lastSeq: 41, members, membersNextCursor: "200" },
    });
    expect(frame.length).toBe(expected.length);
    const prefix = frame[0]! & 0x80 ? (frame[1]! & 0x80 ? 3 : 2) : 1;
    expect(pb.Envelope.toObject(decodeEnvelope(frame.subarray(prefix)), { longs: Number })).toEqual(
      pb.Envelope.toObject(decodeEnvelope(expected.subarray(prefix)), { longs: Number }),
    );
  });

  it("frames an empty body", () => {
    expect(splicedFrame(0, SPLICED_FIELD.joined, [])).toEqual(encodeFrame({ joined: {} }));
  });
});
