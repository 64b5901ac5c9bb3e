// foldName: the one identity of a nick or room name on both sides of the wire.
import { describe, expect, it } from "vitest";
import { foldName, sameName } from "./names.js";

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
