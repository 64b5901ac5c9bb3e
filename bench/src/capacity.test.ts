// Reading the machine's limits on idle sessions, and the sentence that says which one applied.
import { describe, expect, it } from "vitest";
import { idleSessionsPossible, parseHardFileLimit, parsePortRange } from "./capacity.js";

describe("capacity", () => {
  it("reads the hard open-files limit and the ephemeral port range", () => {
    const limits = [
      "Limit                     Soft Limit           Hard Limit           Units     ",
      "Max processes             95088                95088                processes ",
      "Max open files            1024                 20000                files     ",
    ].join("\n");
    expect(parseHardFileLimit(limits)).toBe(20_000);
    expect(parseHardFileLimit("Max open files  unlimited  unlimited  files")).toBe(Number.POSITIVE_INFINITY);
    expect(parsePortRange("32768\t60999\n")).toBe(28_232);
  });

  it("opens what was asked for when the machine allows it, else the most it allows and why", () => {
    expect(idleSessionsPossible(10_000, 20_000, 28_232)).toEqual({ sessions: 10_000 });
    const byFiles = idleSessionsPossible(50_000, 20_000, 28_232);
    expect(byFiles.sessions).toBe(19_000);
    expect(byFiles.limitedBy).toContain("ulimit -Hn");
    const byPorts = idleSessionsPossible(50_000, 1_000_000, 28_232);
    expect(byPorts.sessions).toBe(27_000);
    expect(byPorts.limitedBy).toContain("ephemeral ports");
  });
});
