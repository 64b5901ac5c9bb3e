// The cached member list against encoding the list afresh, through joins, leaves, renames and flag
// changes, and its pages against the budget.
import { pb } from "@parley/protocol";
import { describe, expect, it } from "vitest";
import { AWAY, EncodedMemberList, REGISTERED } from "./member-list.js";

interface Person {
  id: number;
  nick: string;
  flags: number;
}

/** Joined.members as protobufjs encodes them for `people`. */
function fresh(people: readonly Person[]): Uint8Array {
  const members = people.map((p) => ({
    nick: p.nick,
    sessionId: p.id,
    registered: (p.flags & REGISTERED) !== 0,
    away: (p.flags & AWAY) !== 0,
  }));
  return pb.Joined.encode({ members }).finish();
}

function pageOf(list: EncodedMemberList<Person>, people: Person[], budget = 1 << 20) {
  list.update(people, (p) => p.flags);
  return list.page(budget);
}

describe("EncodedMemberList", () => {
  it("matches a fresh encoding after every change", () => {
    const list = new EncodedMemberList<Person>();
    const people: Person[] = [];
    expect(pageOf(list, people).bytes).toEqual(fresh(people));
    for (let id = 1; id <= 40; id++) {
      people.push({ id, nick: `n${id}${"é".repeat(id % 7)}`, flags: id % 5 === 0 ? REGISTERED : 0 });
      expect(pageOf(list, people).bytes).toEqual(fresh(people));
    }
    people.splice(10, 1);
    expect(pageOf(list, people).bytes).toEqual(fresh(people));
    people[3] = { ...people[3]!, nick: "renamed" };
    expect(pageOf(list, people).bytes).toEqual(fresh(people));
    people[20]!.nick = "changed-in-place";
    expect(pageOf(list, people).bytes).toEqual(fresh(people));
    people[30]!.flags = AWAY | REGISTERED;
    expect(pageOf(list, people).bytes).toEqual(fresh(people));
    people.length = 5;
    expect(pageOf(list, people).bytes).toEqual(fresh(people));
    people.length = 0;
    const empty = pageOf(list, people);
    expect(empty).toMatchObject({ count: 0, lastId: 0, more: false });
    expect(empty.bytes.length).toBe(0);
  });

  it("grows its buffer for long nicks", () => {
    const list = new EncodedMemberList<Person>();
    const people = Array.from({ length: 100 }, (_, i) => ({ id: i + 1, nick: "x".repeat(200), flags: 0 }));
    expect(pageOf(list, people).bytes).toEqual(fresh(people));
  });

  it("cuts a page at the budget and at the limit, saying more follow", () => {
    const list = new EncodedMemberList<Person>();
    const people = Array.from({ length: 10 }, (_, i) => ({ id: 100 + i, nick: `m${i}`, flags: 0 }));
    const entry = fresh(people.slice(0, 1)).length;
    const page = pageOf(list, people, 3 * entry + entry - 1);
    expect(page).toMatchObject({ count: 3, lastId: 102, more: true });
    expect(page.bytes).toEqual(fresh(people.slice(0, 3)));
    expect(list.page(1 << 20, 4)).toMatchObject({ count: 4, lastId: 103, more: true });
    expect(list.page(1 << 20, 10)).toMatchObject({ count: 10, lastId: 109, more: false });
    expect(list.page(entry - 1)).toMatchObject({ count: 0, more: true });
  });
});
