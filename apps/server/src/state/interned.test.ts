// The string table for client names and versions: one entry per distinct string, bounded.
import { describe, expect, it } from "vitest";
import { Interned } from "./interned.js";

describe("Interned", () => {
  it("keeps one entry for equal strings made apart", () => {
    const table = new Interned();
    expect(table.of(["parley", "0.1.0"].join("/"))).toBe("parley/0.1.0");
    expect(table.of(["parley/0", "1.0"].join("."))).toBe("parley/0.1.0");
    expect(table.of("parley-web")).toBe("parley-web");
    expect(table.size).toBe(2);
  });

  it("keeps no more than its bound, returning new strings as they came", () => {
    const table = new Interned(2);
    for (const name of ["a", "b", "c", "d"]) expect(table.of(name)).toBe(name);
    expect(table.size).toBe(2);
    expect(table.of("a")).toBe("a");
    expect(table.size).toBe(2);
  });
});
