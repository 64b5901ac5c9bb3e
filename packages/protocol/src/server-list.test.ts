// Server addresses: parsing each written form, and the rotation a reconnecting client follows.
import { describe, expect, it } from "vitest";
import {
  formatServerAddress,
  parseServerAddress,
  ServerAddressError,
  ServerRotation,
} from "./server-list.js";

describe("parseServerAddress", () => {
  it("reads a host with or without a port, IPv6 in brackets or bare", () => {
    expect(parseServerAddress("chat.example", 7667)).toEqual({ host: "chat.example", port: 7667 });
    expect(parseServerAddress("chat.example:9000", 7667)).toEqual({ host: "chat.example", port: 9000 });
    expect(parseServerAddress("[::1]:9000", 7667)).toEqual({ host: "::1", port: 9000 });
    expect(parseServerAddress("::1", 7000)).toEqual({ host: "::1", port: 7000 });
  });

  it("refuses a missing host or a port out of range, saying which", () => {
    expect(() => parseServerAddress(":7667", 7667)).toThrow(new ServerAddressError('":7667" names no host'));
    expect(() => parseServerAddress("a:70000", 7667)).toThrow(/"70000" is not a port/);
    expect(() => parseServerAddress("a:x", 7667)).toThrow(ServerAddressError);
  });

  it("writes an address back the way it is read", () => {
    for (const text of ["a:1", "[::1]:2"])
      expect(formatServerAddress(parseServerAddress(text, 7667))).toBe(text);
  });
});

describe("ServerRotation", () => {
  it("stays on an address until it fails, then moves on, wrapping around", () => {
    const rotation = new ServerRotation([parseServerAddress("a:1", 7667), parseServerAddress("b:2", 7667)]);
    expect(rotation.current.host).toBe("a");
    expect(rotation.current.host).toBe("a");
    expect(rotation.failed().host).toBe("b");
    expect(rotation.failed().host).toBe("a");
  });

  it("needs at least one address", () => {
    expect(() => new ServerRotation([])).toThrow(ServerAddressError);
  });
});
