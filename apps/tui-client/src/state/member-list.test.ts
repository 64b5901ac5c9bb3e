// The sorted member list: inserting and removing nicks in place gives the list a sort would, with
// nicks the server holds the same (case, compatibility forms) counted once.
import { describe, expect, it } from "vitest";
import {
  findNick,
  insertNick,
  insertNicks,
  nickOrder,
  removeNick,
  removeNicks,
  sortNicks,
} from "./member-list.js";

/** A deterministic mix of nicks, with case variants and repeats among them. */
function nicks(count: number, seed: number): string[] {
  const out: string[] = [];
  let x = seed;
  for (let i = 0; i < count; i++) {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    const name = `n${x % 300}`;
    out.push(x % 5 === 0 ? name.toUpperCase() : name);
  }
  return out;
}

describe("member list", () => {
  it("finds a nick whatever its case or compatibility form, and nothing else", () => {
    const list = sortNicks(["ana", "Bob", "ﬁona", "zed"]);
    expect(findNick(list, "BOB")).toBe(list.indexOf("Bob"));
    expect(findNick(list, "fiona")).toBe(list.indexOf("ﬁona"));
    expect(findNick(list, "bo")).toBe(-1);
    expect(removeNick(list, "ANA")).toEqual(list.filter((n) => n !== "ana"));
    expect(removeNick(list, "nobody")).toBe(list);
  });

  it("inserts a run of nicks at once as it inserts them one by one", () => {
    for (const seed of [1, 2, 3]) {
      const start = sortNicks(nicks(200, seed).map((n) => n.toLowerCase()));
      const incoming = nicks(120, seed + 10);
      const oneByOne = incoming.reduce(insertNick, start);
      const atOnce = insertNicks(start, incoming);
      expect(atOnce).toEqual(oneByOne);
      expect(atOnce).toEqual([...atOnce].sort(nickOrder));
      expect(new Set(atOnce.map((n) => n.toLowerCase())).size).toBe(atOnce.length);
    }
  });

  it("removes a run of nicks at once as it removes them one by one", () => {
    const start = sortNicks(nicks(300, 7).map((n) => n.toLowerCase()));
    const leaving = [...nicks(50, 8), "nobody"];
    expect(removeNicks(start, leaving)).toEqual(leaving.reduce(removeNick, start));
  });
});
