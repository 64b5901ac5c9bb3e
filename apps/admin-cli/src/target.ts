// Command-line target selection shared by kick, ban and unban: a positional nick, or `--id` / `--addr`.
// Pure, so every ambiguous combination is a usage error before anything is sent.

import { UsageError } from "@parley/cli-shell";
import type { Target } from "./admin-client.js";

/** What the command line gave: the positional nick and the `--id` / `--addr` options. */
export interface TargetOptions {
  nick?: string;
  id?: string;
  addr?: string;
  /** `--account`: every session of an account (kick only). */
  account?: string;
}

/**
 * Picks exactly one target. `idKind` says what `--id` means for this command (a session id for kick,
 * a ban id for unban); commands without `--id` pass undefined. Nicks are never guessed from digits.
 */
export function pickTarget(options: TargetOptions, idKind: "sessionId" | "banId" | undefined): Target {
  const given = [options.nick, options.id, options.addr, options.account].filter(
    (v) => v !== undefined && v !== "",
  );
  const forms = idKind ? "a nick, --id <id> or --addr <address>" : "a nick or --addr <address>";
  if (given.length === 0) throw new UsageError(`missing target: give ${forms}`);
  if (given.length > 1) throw new UsageError(`give only one target: ${forms}`);
  if (options.id !== undefined && options.id !== "") {
    if (!idKind) throw new UsageError("--id is not accepted here");
    const id = parseId("--id", options.id);
    return idKind === "sessionId" ? { kind: "sessionId", sessionId: id } : { kind: "banId", banId: id };
  }
  if (options.addr) return { kind: "address", address: options.addr };
  if (options.account) return { kind: "account", account: options.account };
  return { kind: "nick", nick: options.nick! };
}

/** Parses a positive integer id (session or ban). */
export function parseId(label: string, text: string): number {
  const id = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!(id >= 1 && Number.isSafeInteger(id)))
    throw new UsageError(`${label}: "${text}" is not a positive integer id`);
  return id;
}

/** Parses a count such as `--limit`: a non-negative integer. */
export function parseCount(label: string, text: string): number {
  const count = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!(count >= 0 && count <= 0xffffffff)) throw new UsageError(`${label}: "${text}" is not a count`);
  return count;
}

/** The target as people read it: "nick alice", "session 42", "address 10.0.0.7", "ban 3". */
export function describeTarget(target: Target): string {
  switch (target.kind) {
    case "nick":
      return `nick ${target.nick}`;
    case "sessionId":
      return `session ${target.sessionId}`;
    case "address":
      return `address ${target.address}`;
    case "account":
      return `account ${target.account}`;
    case "banId":
      return `ban ${target.banId}`;
  }
}
