// What the client remembers per server between runs, in the config directory: the rooms and direct
// conversations that were open (restored on the next start) and who is ignored. One JSON file per
// server: <config dir>/servers/<host>_<port>.json.
import { readFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import type { IgnoreRule } from "../state/ignore.js";
import { writeJsonAtomically } from "./file.js";

export interface ServerState {
  /** Rooms open when the client last ran, in the order they were listed. */
  rooms: string[];
  /** Peers of the direct conversations that were open. */
  directs: string[];
  ignore: IgnoreRule[];
}

/** The client's config directory: $XDG_CONFIG_HOME/parley, else ~/.config/parley (beside known_hosts). */
export function configDir(env: NodeJS.ProcessEnv): string {
  return join(env.XDG_CONFIG_HOME || join(env.HOME || homedir(), ".config"), "parley");
}

/** The state file of the server at host:port; the name keeps only characters every file system takes. */
export function serverStatePath(dir: string, host: string, port: number): string {
  const safeHost = host.toLowerCase().replace(/[^a-z0-9.-]/g, "_");
  return join(dir, "servers", `${safeHost}_${port}.json`);
}

/** Reads a parsed file leniently: entries of the wrong shape are dropped, missing lists are empty. */
export function parseServerState(data: unknown): ServerState {
  const record = typeof data === "object" && data !== null ? (data as Record<string, unknown>) : {};
  const names = (value: unknown) =>
    Array.isArray(value) ? value.filter((v): v is string => typeof v === "string" && v !== "") : [];
  const ignore = Array.isArray(record.ignore)
    ? record.ignore.flatMap((rule: unknown) => {
        const nick = (rule as { nick?: unknown } | null)?.nick;
        return typeof nick === "string" && nick ? [{ nick }] : [];
      })
    : [];
  return { rooms: names(record.rooms), directs: names(record.directs), ignore };
}

/** The saved state, or null when this server was never used from here (or its file is unreadable). */
export function loadServerState(path: string): ServerState | null {
  try {
    return parseServerState(JSON.parse(readFileSync(path, "utf8")));
  } catch {
    return null;
  }
}

export function saveServerState(path: string, state: ServerState): void {
  writeJsonAtomically(path, state);
}
