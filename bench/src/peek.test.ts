// The chat peek against the generated encoder: same text and request id, other envelopes left alone.
import { decodeEnvelope, encodeEnvelope, frameBytes } from "@parley/protocol";
import { describe, expect, it } from "vitest";
import { type PeekedChat, peekChat } from "./peek.js";

const out: PeekedChat = { requestId: -1, textStart: -1, textEnd: -1 };
const message = {
  room: "bench-0",
  fromNick: "b7",
  seq: 123_456,
  sentAtMs: 1_763_776_000_000,
  text: "7.3.99;héllo",
  clientMsgId: "3",
};

function text(body: Uint8Array): string {
  return Buffer.from(body.subarray(out.textStart, out.textEnd)).toString("utf8");
}

describe("peekChat", () => {
  it("finds the text and request id the generated decoder finds", () => {
    const body = encodeEnvelope({ requestId: 99, message });
    expect(peekChat(body, out)).toBe(true);
    expect(out.requestId).toBe(99);
    expect(text(body)).toBe(decodeEnvelope(body).message?.text);
  });

  it("reads a request id prepended to a shared broadcast body", () => {
    const shared = encodeEnvelope({ message });
    const frame = frameBytes(shared, 300);
    const body = frame.subarray(frame.length - shared.length - 3);
    expect(decodeEnvelope(body).requestId).toBe(300);
    expect(peekChat(body, out)).toBe(true);
    expect(out.requestId).toBe(300);
    expect(text(body)).toBe(message.text);
  });

  it("leaves every other envelope to the full decoder", () => {
    expect(peekChat(encodeEnvelope({ requestId: 1, ping: { sentAtMs: 5 } }), out)).toBe(false);
    expect(peekChat(encodeEnvelope({ history: { room: "r", messages: [message] } }), out)).toBe(false);
    expect(peekChat(new Uint8Array([0x9a, 0x03, 0x10]), out)).toBe(false);
  });

  it("gives an empty range for a message without text", () => {
    const body = encodeEnvelope({ message: { room: "r", seq: 1 } });
    expect(peekChat(body, out)).toBe(true);
    expect(out.textEnd - out.textStart).toBe(0);
  });
});
