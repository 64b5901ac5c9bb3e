import { describe, expect, it } from "vitest";
import { pb } from "./messages.js";
import {
  encodeStatusReply,
  encodeStatusRequest,
  parseStatusReply,
  parseStatusRequest,
  type ServerStatus,
  STATUS_MAGIC,
  STATUS_REQUEST_MAX_BYTES,
  STATUS_REQUEST_MIN_BYTES,
} from "./status.js";

const status: ServerStatus = {
  serverName: "parley",
  serverVersion: "0.1.0",
  protocolVersion: 1,
  sessionsOnline: 3,
  rooms: 2,
  uptimeMs: 12_345,
  tls: true,
};

describe("status datagrams", () => {
  it("pads a request to exactly the size asked, for every size in range", () => {
    for (let size = STATUS_REQUEST_MIN_BYTES; size <= STATUS_REQUEST_MAX_BYTES; size++) {
      const bytes = encodeStatusRequest(2 ** 48 - 2, size);
      expect(bytes.length).toBe(size);
      expect(parseStatusRequest(bytes)).toBe(2 ** 48 - 2);
    }
    expect(encodeStatusRequest(7, 10).length).toBe(STATUS_REQUEST_MIN_BYTES);
  });

  it("drops requests that are short, long, undecodable or without the magic", () => {
    const short = pb.StatusRequest.encode({ magic: STATUS_MAGIC, nonce: 1 }).finish();
    expect(parseStatusRequest(short)).toBeUndefined();
    expect(parseStatusRequest(new Uint8Array(STATUS_REQUEST_MAX_BYTES + 1))).toBeUndefined();
    expect(parseStatusRequest(new Uint8Array(600).fill(0xff))).toBeUndefined();
    const wrongMagic = pb.StatusRequest.encode({ magic: 1, nonce: 1, padding: new Uint8Array(600) }).finish();
    expect(parseStatusRequest(wrongMagic)).toBeUndefined();
  });

  it("round-trips a reply and ignores one for another nonce", () => {
    const bytes = encodeStatusReply(42, status, STATUS_REQUEST_MIN_BYTES)!;
    expect(parseStatusReply(bytes, 42)).toEqual(status);
    expect(parseStatusReply(bytes, 43)).toBeUndefined();
    expect(parseStatusReply(new Uint8Array([0xff, 0xff]), 42)).toBeUndefined();
  });

  it("shortens a long server name so the reply fits the request", () => {
    const long = { ...status, serverName: "é".repeat(2000) };
    const bytes = encodeStatusReply(42, long, STATUS_REQUEST_MIN_BYTES)!;
    expect(bytes.length).toBeLessThanOrEqual(STATUS_REQUEST_MIN_BYTES);
    const parsed = parseStatusReply(bytes, 42)!;
    expect(parsed.serverName.length).toBeGreaterThan(100);
    expect(long.serverName.startsWith(parsed.serverName)).toBe(true);
    expect(encodeStatusReply(42, status, 10)).toBeUndefined();
  });
});
