// Who people are beyond their nick: away or guest marks for the nick list (kept per nick from member
// lists and presence), and the lines a /whois reply and an away notice print. Pure: no I/O, no clock.
import { formatDurationMs, timeFormat } from "@parley/cli-shell";
import { foldName, type Member, type UserInfo } from "@parley/protocol";

/** What the nick list marks about someone. */
export interface NickFlags {
  /** Logged in to no account. */
  guest: boolean;
  away: boolean;
}

/** Flags by case-folded nick; a nick not in it is shown unmarked. */
export type NickFlagsMap = Readonly<Record<string, NickFlags>>;

/** The flags a Member (or a JOIN presence, which carries the same fields) states. */
export function flagsOf(member: Pick<Member, "registered" | "away">): NickFlags {
  return { guest: !member.registered, away: !!member.away };
}

/** `flags` with the members of a list recorded. */
export function withMembers(flags: NickFlagsMap, members: readonly Member[]): NickFlagsMap {
  const next = { ...flags };
  for (const member of members) if (member.nick) next[foldName(member.nick)] = flagsOf(member);
  return next;
}

/** `flags` with `nick`'s entry changed by `change` (a nick not known yet starts as a guest who is here). */
export function withFlag(flags: NickFlagsMap, nick: string, change: Partial<NickFlags>): NickFlagsMap {
  const key = foldName(nick);
  return { ...flags, [key]: { ...(flags[key] ?? { guest: false, away: false }), ...change } };
}

/** `flags` without `nick` (it quit), or with its entry moved to `renamed` (it changed nick). */
export function withoutNick(flags: NickFlagsMap, nick: string, renamed?: string): NickFlagsMap {
  const key = foldName(nick);
  const entry = flags[key];
  if (!entry) return flags;
  const { [key]: _, ...rest } = flags;
  return renamed ? { ...rest, [foldName(renamed)]: entry } : rest;
}

/** `flags` without any of `nicks` (they quit): one copy for a burst of quits. */
export function withoutNicks(flags: NickFlagsMap, nicks: readonly string[]): NickFlagsMap {
  if (nicks.length === 1) return withoutNick(flags, nicks[0]!);
  const next = { ...flags };
  for (const nick of nicks) delete next[foldName(nick)];
  return next;
}

/** How the nick list shows a nick: "~" before a guest's (no nick may hold "~"). */
export function nickListLabel(nick: string, flags: NickFlags | undefined): string {
  return flags?.guest ? `~${nick}` : nick;
}

/** The lines a Whois reply prints, the first naming the user. */
export function whoisLines(info: UserInfo, nowMs: number): string[] {
  const nick = info.nick ?? "";
  const connectedAtMs = Number(info.connectedAtMs ?? 0);
  const awaySinceMs = Number(info.awaySinceMs ?? 0);
  const rooms = (info.sharedRooms ?? []).map((room) => `#${room}`);
  const clients = info.clients ?? 1;
  const lines = [
    info.account ? `${nick} is logged in to the account ${info.account}` : `${nick} is a guest (no account)`,
    `  idle ${formatDurationMs(Number(info.idleMs ?? 0))}, connected since ${timeFormat.dateTime(connectedAtMs)} (${formatDurationMs(nowMs - connectedAtMs)} ago)`,
    rooms.length ? `  rooms you share: ${rooms.join(", ")}` : "  no rooms in common with you",
  ];
  if (info.awayMessage) lines.push(`  away since ${timeFormat.clock(awaySinceMs)}: ${info.awayMessage}`);
  if (clients > 1) lines.push(`  on ${clients} clients at once`);
  return lines;
}

/** The line shown when someone we write to is away. */
export function awayLine(nick: string, message: string, sinceMs: number): string {
  return `${nick} is away${sinceMs > 0 ? ` (since ${timeFormat.clock(sinceMs)})` : ""}: ${message}`;
}
