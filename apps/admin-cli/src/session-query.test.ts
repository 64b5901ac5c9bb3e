// Options → wire filter, and the sort orders of `sessions --sort`.

import { UsageError } from "@parley/cli-shell";
import type { SessionInfo } from "@parley/protocol";
import { describe, expect, it } from "vitest";
import { buildSessionFilter, parseSortKey, SORT_KEYS, sortSessions } from "./session-query.js";

describe("buildSessionFilter", () => {
  it("leaves unset options empty, so they do not filter", () => {
    expect(buildSessionFilter({})).toEqual({ nick: "", room: "", address: "", idleGtMs: 0, ageGtMs: 0 });
  });

  it("maps every option, durations in ms", () => {
    expect(
      buildSessionFilter({ nick: "alice", room: "general", addr: "10.0.0.7", idleGt: "10m", ageGt: "1h30m" }),
    ).toEqual({ nick: "alice", room: "general", address: "10.0.0.7", idleGtMs: 600_000, ageGtMs: 5_400_000 });
  });

  it("names the option in a bad duration's usage error", () => {
    expect(() => buildSessionFilter({ idleGt: "10" })).toThrow(UsageError);
    expect(() => buildSessionFilter({ ageGt: "soon" })).toThrow(/^--age-gt: invalid duration "soon"/);
  });
});

const sessions: SessionInfo[] = [
  {
    id: 3,
    nick: "carol",
    remoteAddress: "10.0.0.3",
    connectedAtMs: 3000,
    idleMs: 50,
    rooms: ["a"],
    rttMs: 9,
  },
  { id: 1, nick: "Bob", remoteAddress: "10.0.0.1", connectedAtMs: 1000, idleMs: 500, rooms: [], rttMs: 30 },
  {
    id: 2,
    nick: "alice",
    remoteAddress: "10.0.0.2",
    connectedAtMs: 2000,
    idleMs: 500,
    rooms: ["a", "b"],
    messagesIn: 5,
    messagesOut: 10,
    sendQueueBytes: 4096,
  },
];
const ids = (list: SessionInfo[]) => list.map((s) => s.id);

describe("sortSessions", () => {
  it("orders by id by default key, without touching the input", () => {
    expect(ids(sortSessions(sessions, "id"))).toEqual([1, 2, 3]);
    expect(ids(sessions)).toEqual([3, 1, 2]);
  });

  it("orders nicks case-insensitively", () => {
    expect(ids(sortSessions(sessions, "nick"))).toEqual([2, 1, 3]);
  });

  it("puts the youngest first by age, and reverses on request", () => {
    expect(ids(sortSessions(sessions, "age"))).toEqual([3, 2, 1]);
    expect(ids(sortSessions(sessions, "age", true))).toEqual([1, 2, 3]);
  });

  it("breaks ties by id, in both directions", () => {
    expect(ids(sortSessions(sessions, "idle"))).toEqual([3, 1, 2]);
    expect(ids(sortSessions(sessions, "idle", true))).toEqual([1, 2, 3]);
  });

  it("sorts by the counters", () => {
    expect(ids(sortSessions(sessions, "msgs", true))[0]).toBe(2);
    expect(ids(sortSessions(sessions, "sendq", true))[0]).toBe(2);
    expect(ids(sortSessions(sessions, "rooms", true))).toEqual([2, 3, 1]);
    expect(ids(sortSessions(sessions, "rtt", true))).toEqual([1, 3, 2]);
  });
});

describe("parseSortKey", () => {
  it("accepts every documented key, case-insensitively", () => {
    for (const key of SORT_KEYS) expect(parseSortKey(key.toUpperCase())).toBe(key);
  });

  it("lists the keys when refusing one", () => {
    expect(() => parseSortKey("speed")).toThrow(/unknown key "speed"; one of id, nick/);
  });
});
