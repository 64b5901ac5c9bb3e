// How many idle sessions this machine can hold at once: the hard limit on open files (a server
// process needs one descriptor per session) and the ephemeral ports for connections to one
// address and port (every client connects from 127.0.0.1), read from /proc.
import { readFileSync } from "node:fs";

/** Descriptors kept back for the server's own files, listeners and database. */
const RESERVED_DESCRIPTORS = 500;
/** Ephemeral ports kept back for everything else on the machine. */
const RESERVED_PORTS = 1000;

/** The hard "Max open files" limit from /proc/<pid>/limits text ("unlimited": Infinity). */
export function parseHardFileLimit(limits: string): number {
  const line = limits.split("\n").find((l) => l.startsWith("Max open files"));
  if (!line) throw new Error("no Max open files line in /proc/self/limits");
  const hard = line.slice("Max open files".length).trim().split(/\s+/)[1];
  return hard === "unlimited" ? Number.POSITIVE_INFINITY : Number(hard);
}

/** Ports in /proc/sys/net/ipv4/ip_local_port_range text ("32768\t60999"). */
export function parsePortRange(range: string): number {
  const [low, high] = range.trim().split(/\s+/).map(Number);
  return high! - low! + 1;
}

/** The sessions to open when `wanted` are asked for, and, when fewer, why, in one plain sentence. */
export function idleSessionsPossible(
  wanted: number,
  hardFileLimit: number,
  ephemeralPorts: number,
): { sessions: number; limitedBy?: string } {
  const byFiles = hardFileLimit - RESERVED_DESCRIPTORS;
  const byPorts = ephemeralPorts - RESERVED_PORTS;
  // Whole thousands, so the figure reads as what it is: the most this machine allows.
  const sessions = Math.floor(Math.min(wanted, byFiles, byPorts) / 1000) * 1000;
  if (sessions >= wanted) return { sessions: wanted };
  const limitedBy =
    byFiles <= byPorts
      ? `the hard limit on open files is ${hardFileLimit.toLocaleString("en-US")} (ulimit -Hn) and the server needs one per session`
      : `127.0.0.1 has ${ephemeralPorts.toLocaleString("en-US")} ephemeral ports for connections to one port (/proc/sys/net/ipv4/ip_local_port_range)`;
  return { sessions, limitedBy };
}

/** idleSessionsPossible on this machine. */
export function idleSessionsHere(wanted: number): { sessions: number; limitedBy?: string } {
  return idleSessionsPossible(
    wanted,
    parseHardFileLimit(readFileSync("/proc/self/limits", "utf8")),
    parsePortRange(readFileSync("/proc/sys/net/ipv4/ip_local_port_range", "utf8")),
  );
}
