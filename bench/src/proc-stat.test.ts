// Parsing /proc/<pid>/stat, /proc/<pid>/status and /proc/stat.
import { describe, expect, it } from "vitest";
import { parseMachineStat, parseProcStat, parseProcStatus, sampleProcess, treeCpuMs } from "./proc-stat.js";

describe("parseProcStat", () => {
  it("reads CPU ticks, threads and RSS", () => {
    const line =
      "4242 (node) S 1 4242 4242 0 -1 4194560 6321 0 0 0 153 27 0 0 20 0 11 0 12345 1100000000 13000 18446744073709551615 1 1 0 0 0 0 0 4096 134234626 0 0 0 17 1 0 0 0 0 0";
    expect(parseProcStat(line)).toEqual({
      utimeTicks: 153,
      stimeTicks: 27,
      threads: 11,
      rssPages: 13000,
      ppid: 1,
      reapedChildrenTicks: 0,
    });
  });

  it("counts fields from the last parenthesis, whatever the command name holds", () => {
    const line =
      "7 (a) b (c) d) R 1 7 7 0 -1 0 0 0 0 0 5 6 0 0 20 0 1 0 1 1 99 18446744073709551615 1 1 0 0 0 0 0 0 0 0 0 0 17 0 0 0 0 0 0";
    expect(parseProcStat(line)).toMatchObject({ utimeTicks: 5, stimeTicks: 6, threads: 1, rssPages: 99 });
  });

  it("refuses a line it cannot read", () => {
    expect(() => parseProcStat("garbage")).toThrow();
  });
});

describe("parseProcStatus", () => {
  it("reads VmRSS and VmHWM in bytes", () => {
    const text = "Name:\tnode\nVmPeak:\t 1000 kB\nVmHWM:\t   90000 kB\nVmRSS:\t   80000 kB\nThreads:\t7\n";
    expect(parseProcStatus(text)).toEqual({ rssBytes: 80000 * 1024, peakRssBytes: 90000 * 1024 });
  });
});

describe("parseMachineStat", () => {
  it("counts everything but idle and iowait as busy", () => {
    const text = "cpu  100 5 20 1000 50 1 2 3 0 0\ncpu0 50 2 10 500 25 0 1 1 0 0\n";
    expect(parseMachineStat(text)).toEqual({ busyTicks: 131, totalTicks: 1181 });
  });
});

describe("treeCpuMs", () => {
  it("counts a process and its descendants: at least what the process alone used", () => {
    expect(treeCpuMs(process.ppid)).toBeGreaterThanOrEqual(sampleProcess(process.pid).cpuMs);
  });
});
