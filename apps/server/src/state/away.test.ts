// AwayState: away and back, the message told once per sender and period, and the bound on senders.
import { describe, expect, it } from "vitest";
import { AwayNotices, AwayState, latestAway, MAX_TOLD_SENDERS, NEVER_AWAY, personAway } from "./away.js";

describe("AwayState", () => {
  it("is away with a message since the time it was set, and back when cleared", () => {
    const away = new AwayState();
    expect(away.away).toBe(false);
    expect(away.set("lunch", 1000)).toBe(true);
    expect([away.away, away.message, away.sinceMs]).toEqual([true, "lunch", 1000]);
    expect(away.set("lunch", 2000)).toBe(false);
    expect(away.sinceMs).toBe(1000);
    expect(away.set("", 3000)).toBe(true);
    expect([away.away, away.message, away.sinceMs]).toEqual([false, "", 0]);
    expect(away.set("", 4000)).toBe(false);
  });

  it("tells each sender once per away period, and no one while back", () => {
    const away = new AwayState();
    expect(away.tell("~ana")).toBe(false);
    away.set("lunch", 1);
    expect(away.tell("~ana")).toBe(true);
    expect(away.tell("~ana")).toBe(false);
    expect(away.tell("!guest")).toBe(true);
    // A new message is a new period.
    away.set("meeting", 2);
    expect(away.tell("~ana")).toBe(true);
    away.set("", 3);
    away.set("lunch", 4);
    expect(away.tell("~ana")).toBe(true);
  });

  it("shares one never-away state that tells no one and cannot be changed", () => {
    expect([NEVER_AWAY.away, NEVER_AWAY.message, NEVER_AWAY.sinceMs]).toEqual([false, "", 0]);
    expect(NEVER_AWAY.tell("~bob")).toBe(false);
    expect(() => NEVER_AWAY.set("gone", 5)).toThrow(TypeError);
    expect(NEVER_AWAY.away).toBe(false);
  });

  it("forgets the oldest sender past MAX_TOLD_SENDERS", () => {
    const away = new AwayState();
    away.set("gone", 1);
    for (let i = 0; i <= MAX_TOLD_SENDERS; i++) expect(away.tell(`!s${i}`)).toBe(true);
    expect(away.tell(`!s${MAX_TOLD_SENDERS}`)).toBe(false);
    expect(away.tell("!s0")).toBe(true);
  });

  it("shows a person away only when every client is away, with the latest message", () => {
    const client = (message: string, sinceMs: number) => {
      const away = new AwayState();
      away.set(message, sinceMs);
      return { away };
    };
    expect(personAway([])).toBeUndefined();
    expect(personAway([client("lunch", 5), client("", 0)])).toBeUndefined();
    expect(personAway([client("lunch", 5), client("meeting", 9)])?.message).toBe("meeting");
    expect(personAway([client("meeting", 9), client("lunch", 5)])?.message).toBe("meeting");
  });
});

describe("AwayNotices", () => {
  it("tells each person's away period once, a new period again, and forgets the oldest past the bound", () => {
    const notices = new AwayNotices();
    expect(notices.tell("~ana", 1000)).toBe(true);
    expect(notices.tell("~ana", 1000)).toBe(false);
    expect(notices.tell("~ana", 2000)).toBe(true);
    for (let i = 0; i < MAX_TOLD_SENDERS; i++) notices.tell(`!n1:${i}`, 5);
    expect(notices.tell("~ana", 2000)).toBe(true);
  });
});

describe("latestAway", () => {
  it("is away only when every client is, with the latest message", () => {
    expect(latestAway([])).toBeUndefined();
    expect(
      latestAway([
        { message: "a", sinceMs: 1 },
        { message: "", sinceMs: 0 },
      ]),
    ).toBeUndefined();
    expect(
      latestAway([
        { message: "a", sinceMs: 1 },
        { message: "b", sinceMs: 2 },
      ]),
    ).toEqual({
      message: "b",
      sinceMs: 2,
    });
  });
});
