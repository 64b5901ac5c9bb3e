// Everything parley-admin prints: `--json` records with stable snake_case names for scripts, and
// borderless tables for people (styled only on a terminal). Pure: callers pass the clock and the style.

import { formatBytes, timeFormat } from "@parley/cli-shell";
import type { AccountInfo, AdminStats, AuditEntry, Ban, ClosedSession, SessionInfo } from "@parley/protocol";
import {
  escapeJsonForTerminal,
  formatInstant,
  SessionState,
  SessionTransport,
  terminalSafe,
} from "@parley/protocol";
import Table from "cli-table3";
import { formatDurationMs } from "./duration.js";

/** How to render: `styled` adds bold headers (only when stdout is a terminal and NO_COLOR is unset). */
export interface RenderOptions {
  styled: boolean;
  /** The current time, for ages and "in 9m" columns. */
  nowMs: number;
}

// ---------------------------------------------------------------------------------------------------
// JSON: field names are a contract (docs/admin.md). Add fields freely; never rename or remove one.

export interface SessionJson {
  id: number;
  nick: string;
  remote_address: string;
  remote_port: number;
  client_name: string;
  client_version: string;
  connected_at_ms: number;
  connected_at: string;
  idle_ms: number;
  rooms: string[];
  messages_in: number;
  messages_out: number;
  bytes_in: number;
  bytes_out: number;
  send_queue_bytes: number;
  rtt_ms: number;
  state: string;
  /** How the session connected: tcp, tls, ws or wss. */
  transport: string;
  /** The account the session is logged in to; null for a guest. */
  account: string | null;
}

export function sessionJson(s: SessionInfo): SessionJson {
  return {
    id: n(s.id),
    nick: s.nick ?? "",
    remote_address: s.remoteAddress ?? "",
    remote_port: n(s.remotePort),
    client_name: s.clientName ?? "",
    client_version: s.clientVersion ?? "",
    connected_at_ms: n(s.connectedAtMs),
    connected_at: isoTime(n(s.connectedAtMs)),
    idle_ms: n(s.idleMs),
    rooms: [...(s.rooms ?? [])],
    messages_in: n(s.messagesIn),
    messages_out: n(s.messagesOut),
    bytes_in: n(s.bytesIn),
    bytes_out: n(s.bytesOut),
    send_queue_bytes: n(s.sendQueueBytes),
    rtt_ms: n(s.rttMs),
    state: stateName(s.state),
    transport: transportName(s.transport),
    account: s.account ? s.account : null,
  };
}

export interface AccountJson {
  name: string;
  created_at_ms: number;
  created_at: string;
  /** null: never logged in. */
  last_seen_ms: number | null;
  last_seen: string | null;
  locked: boolean;
  sessions: number;
  failed_logins: number;
}

export function accountJson(a: AccountInfo): AccountJson {
  const lastSeenMs = n(a.lastSeenMs);
  return {
    name: a.name ?? "",
    created_at_ms: n(a.createdAtMs),
    created_at: isoTime(n(a.createdAtMs)),
    last_seen_ms: lastSeenMs ? lastSeenMs : null,
    last_seen: lastSeenMs ? isoTime(lastSeenMs) : null,
    locked: !!a.locked,
    sessions: n(a.sessions),
    failed_logins: n(a.failedLogins),
  };
}

export interface BanJson {
  id: number;
  /** Exactly one of nick and address is non-null. */
  nick: string | null;
  address: string | null;
  reason: string;
  by: string;
  created_at_ms: number;
  created_at: string;
  /** null: permanent. */
  until_ms: number | null;
  until: string | null;
  /** The ban never ends (until_ms and until are null). */
  permanent: boolean;
}

export function banJson(b: Ban): BanJson {
  const untilMs = n(b.untilMs);
  return {
    id: n(b.id),
    nick: b.nick ? b.nick : null,
    address: b.address ? b.address : null,
    reason: b.reason ?? "",
    by: b.by ?? "",
    created_at_ms: n(b.createdAtMs),
    created_at: isoTime(n(b.createdAtMs)),
    until_ms: untilMs === 0 ? null : untilMs,
    until: untilMs === 0 ? null : isoTime(untilMs),
    permanent: !!b.permanent || untilMs === 0,
  };
}

export interface ClosedSessionJson {
  session: SessionJson;
  closed_at_ms: number;
  closed_at: string;
  reason: string;
}

export function closedSessionJson(c: ClosedSession): ClosedSessionJson {
  return {
    session: sessionJson(c.session ?? {}),
    closed_at_ms: n(c.closedAtMs),
    closed_at: isoTime(n(c.closedAtMs)),
    reason: c.reason ?? "",
  };
}

export interface AuditEntryJson {
  id: number;
  at_ms: number;
  at: string;
  action: string;
  target: string;
  result: string;
  by: string;
}

export function auditEntryJson(e: AuditEntry): AuditEntryJson {
  return {
    id: n(e.id),
    at_ms: n(e.atMs),
    at: isoTime(n(e.atMs)),
    action: e.action ?? "",
    target: e.target ?? "",
    result: e.result ?? "",
    by: e.by ?? "",
  };
}

export interface StatsJson {
  server_version: string;
  uptime_ms: number;
  sessions: number;
  rooms: number;
  messages_total: number;
  messages_per_second: number;
  bytes_in_total: number;
  bytes_out_total: number;
  bytes_in_per_second: number;
  bytes_out_per_second: number;
  rss_bytes: number;
  heap_used_bytes: number;
}

export function statsJson(s: AdminStats): StatsJson {
  return {
    server_version: s.serverVersion ?? "",
    uptime_ms: n(s.uptimeMs),
    sessions: n(s.sessions),
    rooms: n(s.rooms),
    messages_total: n(s.messagesTotal),
    messages_per_second: n(s.messagesPerSecond),
    bytes_in_total: n(s.bytesInTotal),
    bytes_out_total: n(s.bytesOutTotal),
    bytes_in_per_second: n(s.bytesInPerSecond),
    bytes_out_per_second: n(s.bytesOutPerSecond),
    rss_bytes: n(s.rssBytes),
    heap_used_bytes: n(s.heapUsedBytes),
  };
}

/**
 * Serialises a JSON document: indented, one trailing newline. C1 controls and bidi formatting in
 * strings (from nicks, reasons, topics, file names) are written as `\uXXXX`, so `--json` piped to a
 * terminal cannot be driven by them either; parsers read the same values.
 */
export function jsonDocument(value: unknown): string {
  return `${escapeJsonForTerminal(JSON.stringify(value, null, 2))}\n`;
}

// ---------------------------------------------------------------------------------------------------
// Tables for people.

/** A borderless, left-aligned table with a header row; trailing spaces trimmed; one trailing newline. */
export function renderTable(
  head: string[],
  rows: string[][],
  options: Pick<RenderOptions, "styled">,
): string {
  // Bold is applied here rather than through cli-table3's colour library, which follows FORCE_COLOR
  // and would make `styled` mean different things in different environments.
  const table = new Table({
    head: options.styled ? head.map(bold) : head,
    chars: BORDERLESS,
    style: { head: [], border: [], "padding-left": 0, "padding-right": 2 },
  });
  for (const row of rows) table.push(row.map(printable));
  return `${table
    .toString()
    .split("\n")
    .map((line) => line.trimEnd())
    .join("\n")}\n`;
}

function bold(text: string): string {
  return `\x1b[1m${text}\x1b[22m`;
}

/** Label/value lines for one record, labels aligned. */
export function renderDetail(pairs: [string, string][], options: Pick<RenderOptions, "styled">): string {
  const width = Math.max(...pairs.map(([label]) => label.length));
  return pairs
    .map(([label, value]) => {
      const padded = `${label}:`.padEnd(width + 2);
      return `${options.styled ? bold(padded) : padded}${printable(value)}\n`;
    })
    .join("");
}

export const SESSION_COLUMNS = [
  "ID",
  "NICK",
  "ADDRESS",
  "VIA",
  "CLIENT",
  "AGE",
  "IDLE",
  "ROOMS",
  "MSGS IN/OUT",
  "BYTES IN/OUT",
  "SENDQ",
  "RTT",
  "STATE",
];

export function sessionRow(s: SessionInfo, nowMs: number): string[] {
  return [
    String(n(s.id)),
    s.nick || "-",
    address(s),
    transportName(s.transport),
    client(s),
    formatDurationMs(nowMs - n(s.connectedAtMs)),
    formatDurationMs(n(s.idleMs)),
    roomsCell(s.rooms ?? []),
    `${n(s.messagesIn)}/${n(s.messagesOut)}`,
    `${formatBytes(n(s.bytesIn))}/${formatBytes(n(s.bytesOut))}`,
    formatBytes(n(s.sendQueueBytes)),
    n(s.rttMs) === 0 ? "-" : `${n(s.rttMs)}ms`,
    stateName(s.state),
  ];
}

export function renderSessions(sessions: readonly SessionInfo[], options: RenderOptions): string {
  return renderTable(
    SESSION_COLUMNS,
    sessions.map((s) => sessionRow(s, options.nowMs)),
    options,
  );
}

/** Every field of one session, for `session <id>`. */
export function renderSessionDetail(s: SessionInfo, options: RenderOptions): string {
  const connectedAtMs = n(s.connectedAtMs);
  return renderDetail(
    [
      ["id", String(n(s.id))],
      ["nick", s.nick || "-"],
      ["account", s.account || "(guest)"],
      ["state", stateName(s.state)],
      ["address", address(s)],
      ["transport", transportName(s.transport)],
      ["client", client(s)],
      ["connected", `${localTime(connectedAtMs)} (${formatDurationMs(options.nowMs - connectedAtMs)} ago)`],
      ["idle", formatDurationMs(n(s.idleMs))],
      ["rooms", (s.rooms ?? []).join(", ") || "-"],
      ["messages in", String(n(s.messagesIn))],
      ["messages out", String(n(s.messagesOut))],
      ["bytes in", formatBytes(n(s.bytesIn))],
      ["bytes out", formatBytes(n(s.bytesOut))],
      ["send queue", formatBytes(n(s.sendQueueBytes))],
      ["rtt", n(s.rttMs) === 0 ? "not measured yet" : `${n(s.rttMs)}ms`],
    ],
    options,
  );
}

export function renderAccounts(accounts: readonly AccountInfo[], options: RenderOptions): string {
  return renderTable(
    ["NAME", "CREATED", "LAST SEEN", "SESSIONS", "LOCKED", "FAILED LOGINS"],
    accounts.map((a) => [
      a.name ?? "",
      localTime(n(a.createdAtMs)),
      n(a.lastSeenMs) ? `${formatDurationMs(options.nowMs - n(a.lastSeenMs))} ago` : "never",
      String(n(a.sessions)),
      a.locked ? "locked" : "-",
      String(n(a.failedLogins)),
    ]),
    options,
  );
}

/** One account, then the table of its sessions now. */
export function renderAccountDetail(
  a: AccountInfo,
  sessions: readonly SessionInfo[],
  options: RenderOptions,
): string {
  const lastSeenMs = n(a.lastSeenMs);
  const detail = renderDetail(
    [
      ["account", a.name ?? ""],
      ["created", localTime(n(a.createdAtMs))],
      [
        "last seen",
        lastSeenMs
          ? `${localTime(lastSeenMs)} (${formatDurationMs(options.nowMs - lastSeenMs)} ago)`
          : "never",
      ],
      ["locked", a.locked ? "yes" : "no"],
      ["failed logins", String(n(a.failedLogins))],
      ["sessions now", String(sessions.length)],
    ],
    options,
  );
  return sessions.length > 0 ? `${detail}\n${renderSessions(sessions, options)}` : detail;
}

export function renderBans(bans: readonly Ban[], options: RenderOptions): string {
  return renderTable(
    ["ID", "TARGET", "UNTIL", "REASON", "BY", "SINCE"],
    bans.map((b) => [
      String(n(b.id)),
      banTarget(b),
      banUntil(n(b.untilMs), options.nowMs),
      b.reason || "-",
      b.by || "-",
      localTime(n(b.createdAtMs)),
    ]),
    options,
  );
}

export function renderClosed(closed: readonly ClosedSession[], options: RenderOptions): string {
  return renderTable(
    ["CLOSED", "ID", "NICK", "ADDRESS", "CLIENT", "LASTED", "MSGS IN/OUT", "REASON"],
    closed.map((c) => {
      const s = c.session ?? {};
      const closedAtMs = n(c.closedAtMs);
      return [
        localTime(closedAtMs),
        String(n(s.id)),
        s.nick || "-",
        address(s),
        client(s),
        formatDurationMs(closedAtMs - n(s.connectedAtMs)),
        `${n(s.messagesIn)}/${n(s.messagesOut)}`,
        c.reason || "-",
      ];
    }),
    options,
  );
}

export function renderAudit(entries: readonly AuditEntry[], options: RenderOptions): string {
  return renderTable(
    ["ID", "TIME", "BY", "ACTION", "TARGET", "RESULT"],
    entries.map((e) => [
      String(n(e.id)),
      localTime(n(e.atMs)),
      e.by || "-",
      e.action || "-",
      e.target || "-",
      e.result || "-",
    ]),
    options,
  );
}

export function renderStats(s: AdminStats, options: RenderOptions): string {
  return renderDetail(
    [
      ["server version", s.serverVersion || "-"],
      ["uptime", formatDurationMs(n(s.uptimeMs))],
      ["sessions", String(n(s.sessions))],
      ["rooms", String(n(s.rooms))],
      ["messages", `${n(s.messagesTotal)} total, ${rate(n(s.messagesPerSecond))}/s`],
      ["bytes in", `${formatBytes(n(s.bytesInTotal))} total, ${formatBytes(n(s.bytesInPerSecond))}/s`],
      ["bytes out", `${formatBytes(n(s.bytesOutTotal))} total, ${formatBytes(n(s.bytesOutPerSecond))}/s`],
      ["memory", `${formatBytes(n(s.rssBytes))} resident, ${formatBytes(n(s.heapUsedBytes))} heap used`],
    ],
    options,
  );
}

// ---------------------------------------------------------------------------------------------------
// Cell formatting.

/** A ban's end for people: "permanent", "expired", or local time with what is left. */
export function banUntil(untilMs: number, nowMs: number): string {
  if (untilMs === 0) return "permanent";
  if (untilMs <= nowMs) return `${localTime(untilMs)} (expired)`;
  return `${localTime(untilMs)} (in ${formatDurationMs(untilMs - nowMs)})`;
}

export function banTarget(b: Ban): string {
  return b.nick ? `nick ${b.nick}` : `address ${b.address ?? "?"}`;
}

/** Local wall-clock time as the locale writes it ("2026-11-22 01:52:10" in C); "-" for none. */
export function localTime(ms: number): string {
  return ms === 0 ? "-" : timeFormat.dateTime(ms);
}

/**
 * Replaces control characters (escape sequences above all) and bidi formatting with U+FFFD: nicks,
 * reasons and client names come from users, and must not be able to drive the operator's terminal
 * or reorder what it shows.
 */
export function printable(text: string): string {
  return terminalSafe(text);
}

/** Lower-case state name: "online", "handshake", ... */
export function stateName(state: SessionState | null | undefined): string {
  const name = SessionState[state ?? 0] as string | undefined;
  return name ? name.replace(/^SESSION_STATE_/, "").toLowerCase() : `state_${state}`;
}

/** Short names of how a session connected, as the table and JSON show them. */
const TRANSPORT_NAMES: Record<number, string> = {
  [SessionTransport.SESSION_TRANSPORT_TCP]: "tcp",
  [SessionTransport.SESSION_TRANSPORT_TLS]: "tls",
  [SessionTransport.SESSION_TRANSPORT_WEBSOCKET]: "ws",
  [SessionTransport.SESSION_TRANSPORT_WEBSOCKET_TLS]: "wss",
};

export function transportName(transport: SessionTransport | null | undefined): string {
  return TRANSPORT_NAMES[transport ?? 0] ?? "-";
}

function address(s: SessionInfo): string {
  const host = s.remoteAddress ?? "";
  if (host === "") return "-";
  if (!s.remotePort) return host;
  return host.includes(":") ? `[${host}]:${s.remotePort}` : `${host}:${s.remotePort}`;
}

function client(s: SessionInfo): string {
  const text = [s.clientName, s.clientVersion].filter(Boolean).join(" ");
  return text || "-";
}

/** Room names joined, the tail summarised so one busy session does not widen the table: "#a,#b +3". */
function roomsCell(rooms: readonly string[]): string {
  if (rooms.length === 0) return "-";
  const shown = rooms.slice(0, 2).join(",");
  return rooms.length > 2 ? `${shown} +${rooms.length - 2}` : shown;
}

function rate(perSecond: number): string {
  return perSecond >= 100 ? String(Math.round(perSecond)) : String(Math.round(perSecond * 10) / 10);
}

function isoTime(ms: number): string {
  return formatInstant(ms);
}

function n(value: number | null | undefined): number {
  return Number(value ?? 0);
}

const BORDERLESS = {
  top: "",
  "top-mid": "",
  "top-left": "",
  "top-right": "",
  bottom: "",
  "bottom-mid": "",
  "bottom-left": "",
  "bottom-right": "",
  left: "",
  "left-mid": "",
  mid: "",
  "mid-mid": "",
  right: "",
  "right-mid": "",
  middle: "",
};
