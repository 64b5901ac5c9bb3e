// Target selection for kick, ban and unban; the kick request's ban defaults.

import { UsageError } from "@parley/cli-shell";
import { describe, expect, it } from "vitest";
import { kickRequest } from "./commands/kick.js";
import { describeTarget, parseCount, parseId, pickTarget } from "./target.js";

describe("pickTarget", () => {
  it("takes the positional as a nick, even when it is all digits", () => {
    expect(pickTarget({ nick: "alice" }, "sessionId")).toEqual({ kind: "nick", nick: "alice" });
    expect(pickTarget({ nick: "1234" }, "sessionId")).toEqual({ kind: "nick", nick: "1234" });
  });

  it("reads --id as a session id or a ban id, depending on the command", () => {
    expect(pickTarget({ id: "42" }, "sessionId")).toEqual({ kind: "sessionId", sessionId: 42 });
    expect(pickTarget({ id: "7" }, "banId")).toEqual({ kind: "banId", banId: 7 });
    expect(pickTarget({ addr: "10.0.0.7" }, undefined)).toEqual({ kind: "address", address: "10.0.0.7" });
  });

  it("wants exactly one target", () => {
    expect(() => pickTarget({}, "sessionId")).toThrow(/missing target/);
    expect(() => pickTarget({ nick: "a", addr: "10.0.0.1" }, "sessionId")).toThrow(/only one target/);
    expect(() => pickTarget({ id: "1", addr: "10.0.0.1" }, "banId")).toThrow(UsageError);
    expect(() => pickTarget({ id: "1" }, undefined)).toThrow(UsageError);
  });

  it("refuses ids that are not positive integers", () => {
    for (const id of ["0", "-1", "1.5", "x", "99999999999999999999"]) {
      expect(() => pickTarget({ id }, "sessionId")).toThrow(UsageError);
    }
  });
});

describe("parseId and parseCount", () => {
  it("parses and refuses", () => {
    expect(parseId("id", "12")).toBe(12);
    expect(parseCount("--limit", "0")).toBe(0);
    expect(() => parseCount("--limit", "-3")).toThrow(/--limit: "-3" is not a count/);
  });
});

describe("describeTarget", () => {
  it("reads well in messages", () => {
    expect(describeTarget({ kind: "nick", nick: "bob" })).toBe("nick bob");
    expect(describeTarget({ kind: "sessionId", sessionId: 4 })).toBe("session 4");
    expect(describeTarget({ kind: "address", address: "::1" })).toBe("address ::1");
    expect(describeTarget({ kind: "banId", banId: 2 })).toBe("ban 2");
  });
});

describe("kickRequest", () => {
  const base = { by: "admin" };

  it("kicks without a ban by default", () => {
    expect(kickRequest("bob", { ...base, reason: "spam" })).toEqual({
      target: { kind: "nick", nick: "bob" },
      reason: "spam",
      banDurationMs: 0,
      banPermanent: false,
      banNick: false,
      banAddress: false,
      banAccount: false,
      dryRun: false,
      by: "admin",
    });
  });

  it("bans the nick, the address and the account with --ban, unless one is left out", () => {
    expect(kickRequest("bob", { ...base, ban: "10m" })).toMatchObject({
      banDurationMs: 600_000,
      banPermanent: false,
      banNick: true,
      banAddress: true,
      banAccount: true,
    });
    expect(kickRequest("bob", { ...base, ban: "1h", banAccount: false })).toMatchObject({
      banNick: true,
      banAddress: true,
      banAccount: false,
    });
    expect(kickRequest("bob", { ...base, ban: "1h", banIp: false })).toMatchObject({
      banNick: true,
      banAddress: false,
    });
    expect(kickRequest("bob", { ...base, ban: "1h", banNick: false })).toMatchObject({
      banNick: false,
      banAddress: true,
    });
    expect(kickRequest(undefined, { ...base, addr: "10.0.0.9", ban: "2h" })).toMatchObject({
      target: { kind: "address", address: "10.0.0.9" },
      banNick: true,
      banAddress: true,
    });
  });

  it("takes a permanent ban by name and refuses one longer than 100 years", () => {
    expect(kickRequest("bob", { ...base, ban: "permanent" })).toMatchObject({
      banDurationMs: 0,
      banPermanent: true,
    });
    expect(kickRequest("bob", { ...base, ban: "36500d" })).toMatchObject({
      banDurationMs: 36_500 * 86_400_000,
    });
    expect(() => kickRequest("bob", { ...base, ban: "36501d" })).toThrow(/at most 36500d .*"permanent"/);
    expect(() => kickRequest("bob", { ...base, ban: "100000000d" })).toThrow(/at most 36500d/);
  });

  it("refuses ban flags without --ban, a zero ban, and a ban on nothing", () => {
    expect(() => kickRequest("bob", { ...base, banIp: true })).toThrow(/need --ban/);
    expect(() => kickRequest("bob", { ...base, banNick: false })).toThrow(/need --ban/);
    expect(() => kickRequest("bob", { ...base, ban: "0s" })).toThrow(/must be positive/);
    expect(() => kickRequest("bob", { ...base, banAccount: false })).toThrow(/need --ban/);
    expect(() =>
      kickRequest("bob", { ...base, ban: "1m", banNick: false, banIp: false, banAccount: false }),
    ).toThrow(/nothing to ban/);
  });

  it("carries --dry-run and --id", () => {
    expect(kickRequest(undefined, { ...base, id: "5", dryRun: true })).toMatchObject({
      target: { kind: "sessionId", sessionId: 5 },
      dryRun: true,
    });
  });
});
