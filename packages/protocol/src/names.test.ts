// foldName: the one identity of a nick or room name on both sides of the wire.
import { describe, expect, it } from "vitest";
import { foldName, nameSkeleton, nickProblem, sameName } from "./names.js";

describe("foldName", () => {
  it("lower-cases and composes, so spellings a person cannot tell apart fold together", () => {
    expect(foldName("ANA")).toBe("ana");
    // "Á" as A + combining acute (NFD) and as one code point (NFC).
    expect(foldName("A\u0301na")).toBe(foldName("\u00c1NA"));
    expect(foldName("A\u0301na")).toBe("\u00e1na");
    expect(foldName("小明")).toBe("小明");
  });

  it("compares names by their fold", () => {
    expect(sameName("Bob", "bOB")).toBe(true);
    expect(sameName("e\u0301", "\u00c9")).toBe(true);
    expect(sameName("bob", "bob_")).toBe(false);
  });
});

describe("look-alike names", () => {
  it("folds width and compatibility forms (PRECIS UsernameCaseMapped, with NFKC)", () => {
    expect(foldName("\uff41\uff44\uff4d\uff49\uff4e")).toBe("admin");
    expect(foldName("\u{1d41a}\u{1d41d}\u{1d426}\u{1d422}\u{1d427}")).toBe("admin");
    expect(foldName("alice")).toBe("alice");
  });

  it("gives names that look alike one skeleton (TR39), and different names different ones", () => {
    const admin = nameSkeleton("admin");
    for (const lookalike of [
      "\u0430dmin",
      "\uff41\uff44\uff4d\uff49\uff4e",
      "\u{1d41a}\u{1d41d}\u{1d426}\u{1d422}\u{1d427}",
      "ADM\u0130N",
    ])
      expect(nameSkeleton(lookalike)).toBe(admin);
    expect(nameSkeleton("\u0430lice")).toBe(nameSkeleton("alice"));
    expect(nameSkeleton("b\u043eb")).toBe(nameSkeleton("bob"));
    expect(nameSkeleton("bob_")).not.toBe(nameSkeleton("bob"));
    expect(nameSkeleton("小明")).not.toBe(nameSkeleton("小月"));
  });

  it("refuses reserved names in any disguise, and nicks that render blank", () => {
    for (const nick of [
      "admin",
      "\u0430dmin",
      "\uff41\uff44\uff4d\uff49\uff4e",
      "\u{1d41a}\u{1d41d}\u{1d426}\u{1d422}\u{1d427}",
      "ADM\u0130N",
    ])
      expect(nickProblem(nick.normalize("NFC"))).toMatch(/reserved/);
    expect(nickProblem("\u3164")).toMatch(/invisible/);
    expect(nickProblem("bob\u3164")).toMatch(/invisible/);
    expect(nickProblem("\uffa0")).toMatch(/invisible/);
    expect(nickProblem("alice")).toBeUndefined();
    expect(nickProblem("小明")).toBeUndefined();
  });
});
