// Nick and room-name rules.
import { describe, expect, it } from "vitest";
import { canonicalRoom, charLength, foldName, nickProblem } from "./names.js";

describe("names", () => {
  it("accepts letters of any script, digits and _-[]{}|", () => {
    for (const nick of ["alice", "Bob_2", "[x]", "{y}|z", "小明", "さくら", "Ωmega"])
      expect(nickProblem(nick, 32)).toBeUndefined();
  });

  it("refuses empty, long, spaced, punctuated and reserved nicks", () => {
    expect(nickProblem("", 32)).toMatch(/empty/);
    expect(nickProblem("a".repeat(33), 32)).toMatch(/at most 32/);
    expect(nickProblem("a b", 32)).toBeDefined();
    expect(nickProblem("a@b", 32)).toBeDefined();
    expect(nickProblem("ADMIN", 32)).toMatch(/reserved/);
  });

  it("counts characters, not UTF-16 units", () => {
    expect(charLength("😀😀")).toBe(2);
    expect(nickProblem("名".repeat(32), 32)).toBeUndefined();
  });

  it("folds case for uniqueness and canonicalises room names", () => {
    expect(foldName("ÄLICE")).toBe(foldName("älice"));
    expect(canonicalRoom("#Dev", 64)).toBe("dev");
    expect(canonicalRoom("中文", 64)).toBe("中文");
    expect(canonicalRoom("a b", 64)).toBeUndefined();
    expect(canonicalRoom("#", 64)).toBeUndefined();
  });
});
