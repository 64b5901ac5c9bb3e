import { describe, expect, it } from "vitest";
import { EchoMatcher, probePrefix, probeText } from "./echo.js";

describe("key echo matching", () => {
  it("finds the expected text once, even split across pieces of output", () => {
    const m = new EchoMatcher();
    m.expect("~b~abc");
    expect(m.feed("\\033[1m[#room] \\033[22m~b~a")).toBe(false);
    expect(m.feed("bc\\033[7m \\033[27m")).toBe(true);
    expect(m.waiting).toBe(false);
    expect(m.feed("~b~abc")).toBe(false);
  });

  it("does not take the line as it was before the key for its echo", () => {
    const m = new EchoMatcher();
    m.expect(probeText(1, 3));
    expect(m.feed(`[#room] ${probeText(1, 2)}\\033[7m \\033[27m`)).toBe(false);
    expect(m.feed(`[#room] ${probeText(1, 3)}\\033[7m`)).toBe(true);
  });

  it("gives each line a prefix unlike the previous line's", () => {
    expect(probePrefix(1)).not.toBe(probePrefix(2));
    expect(probeText(2, 0)).toBe(probePrefix(2));
    expect(probeText(2, 2)).toBe(`${probePrefix(2)}ab`);
  });
});
