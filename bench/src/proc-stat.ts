// What the kernel says a process costs: CPU time from /proc/<pid>/stat, current and peak resident
// memory from /proc/<pid>/status. Read from outside, so the measured process does no extra work.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";

/** The fields of /proc/<pid>/stat the bench uses. CPU times cover every thread of the process. */
export interface ProcStat {
  /** User-mode CPU time, in clock ticks (see clockTicksPerSecond). */
  utimeTicks: number;
  /** Kernel-mode CPU time, in clock ticks. */
  stimeTicks: number;
  threads: number;
  /** Resident set size, in pages. */
  rssPages: number;
  /** The parent's pid. */
  ppid: number;
  /** CPU time of children that exited and were waited for (user + kernel), in clock ticks. */
  reapedChildrenTicks: number;
}

/**
 * Parses /proc/<pid>/stat. The command name (field 2) is in parentheses and may itself hold spaces
 * and parentheses, so fields are counted from the last ')'.
 */
export function parseProcStat(text: string): ProcStat {
  const close = text.lastIndexOf(")");
  if (close < 0) throw new Error("unrecognised /proc/<pid>/stat line");
  // After the name: field 3 (state) is index 0, so field N is index N - 3.
  const fields = text
    .slice(close + 2)
    .trim()
    .split(" ");
  const field = (n: number): number => {
    const value = Number(fields[n - 3]);
    if (!Number.isFinite(value)) throw new Error(`/proc/<pid>/stat field ${n} is not a number`);
    return value;
  };
  return {
    utimeTicks: field(14),
    stimeTicks: field(15),
    threads: field(20),
    rssPages: field(24),
    ppid: field(4),
    reapedChildrenTicks: field(16) + field(17),
  };
}

/** Resident memory from /proc/<pid>/status, in bytes: now (VmRSS) and the peak so far (VmHWM). */
export interface ProcMemory {
  rssBytes: number;
  peakRssBytes: number;
}

/** Parses the VmRSS and VmHWM lines of /proc/<pid>/status (values are in kB = KiB). */
export function parseProcStatus(text: string): ProcMemory {
  const kib = (name: string): number => {
    const match = new RegExp(`^${name}:\\s+(\\d+) kB`, "m").exec(text);
    if (!match) throw new Error(`no ${name} in /proc/<pid>/status`);
    return Number(match[1]) * 1024;
  };
  return { rssBytes: kib("VmRSS"), peakRssBytes: kib("VmHWM") };
}

let ticksPerSecond: number | undefined;

/** USER_HZ, the unit of utime/stime (100 on Linux almost everywhere; asked of getconf once). */
export function clockTicksPerSecond(): number {
  if (ticksPerSecond === undefined) {
    try {
      ticksPerSecond = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
    } catch {
      ticksPerSecond = 100;
    }
  }
  return ticksPerSecond;
}

/** One reading of a process's cost. */
export interface ProcessSample {
  /** User + system CPU time of all threads, in milliseconds (resolution: one clock tick, 10 ms). */
  cpuMs: number;
  rssBytes: number;
  peakRssBytes: number;
  threads: number;
}

/** Reads /proc for `pid`. Throws if the process is gone. */
export function sampleProcess(pid: number): ProcessSample {
  const stat = parseProcStat(readFileSync(`/proc/${pid}/stat`, "utf8"));
  const memory = parseProcStatus(readFileSync(`/proc/${pid}/status`, "utf8"));
  return {
    cpuMs: ((stat.utimeTicks + stat.stimeTicks) * 1000) / clockTicksPerSecond(),
    rssBytes: memory.rssBytes,
    peakRssBytes: memory.peakRssBytes,
    threads: stat.threads,
  };
}

/** Machine-wide CPU time from the first line of /proc/stat, in clock ticks summed over all cores. */
export interface MachineStat {
  /** Time spent on anything but idle and iowait. */
  busyTicks: number;
  totalTicks: number;
}

/** Parses the aggregate "cpu" line of /proc/stat (user nice system idle iowait irq softirq steal ...). */
export function parseMachineStat(text: string): MachineStat {
  const line = text.split("\n").find((l) => l.startsWith("cpu "));
  if (!line) throw new Error("no cpu line in /proc/stat");
  const ticks = line.trim().split(/\s+/).slice(1, 9).map(Number);
  const total = ticks.reduce((a, b) => a + b, 0);
  const idle = (ticks[3] ?? 0) + (ticks[4] ?? 0);
  return { busyTicks: total - idle, totalTicks: total };
}

/** CPU time the whole machine has been busy, in ms summed over cores. */
export function machineBusyMs(): number {
  return (parseMachineStat(readFileSync("/proc/stat", "utf8")).busyTicks * 1000) / clockTicksPerSecond();
}

/**
 * CPU time of a process and all its descendants (a PostgreSQL server: the postmaster and a backend
 * per connection), in ms: the live ones, plus the children that already exited. Throws if the root is gone.
 */
export function treeCpuMs(rootPid: number): number {
  const stats = new Map<number, ProcStat>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      stats.set(Number(entry), parseProcStat(readFileSync(`/proc/${entry}/stat`, "utf8")));
    } catch {
      // Exited while the table was read.
    }
  }
  const root = stats.get(rootPid);
  if (!root) throw new Error(`process ${rootPid} is gone`);
  let ticks = root.reapedChildrenTicks;
  const pending = [rootPid];
  while (pending.length > 0) {
    const pid = pending.pop()!;
    const stat = stats.get(pid)!;
    ticks += stat.utimeTicks + stat.stimeTicks;
    for (const [child, childStat] of stats) if (childStat.ppid === pid) pending.push(child);
  }
  return (ticks * 1000) / clockTicksPerSecond();
}

/** The machine's 1-minute load average (as `uptime` shows it), from /proc/loadavg. */
export function loadAverage1m(): number {
  return Number(readFileSync("/proc/loadavg", "utf8").split(" ")[0]);
}
