// Bench payloads: built to size, read back, and refused when they are not bench payloads.
import { describe, expect, it } from "vitest";
import { makePayload, type PayloadHeader, readPayloadHeader } from "./payload.js";

describe("payload", () => {
  const header: PayloadHeader = { sender: -1, seq: -1, sentAtUs: -1 };

  it("pads to the payload size and reads back its header", () => {
    const text = makePayload(17, 42, 123_456_789_012, 100);
    expect(text).toHaveLength(100);
    const bytes = Buffer.from(`xx${text}`);
    expect(readPayloadHeader(bytes, 2, bytes.length, header)).toBe(true);
    expect(header).toEqual({ sender: 17, seq: 42, sentAtUs: 123_456_789_012 });
  });

  it("is never shorter than its header", () => {
    expect(makePayload(1, 2, 3, 0)).toBe("1.2.3;");
  });

  it("rejects text that is not a bench payload", () => {
    for (const text of ["", "hello", "1.2", "1..3;", "1.2.3", ".1.2.3;"]) {
      expect(readPayloadHeader(Buffer.from(text), 0, text.length, header)).toBe(false);
    }
  });
});
