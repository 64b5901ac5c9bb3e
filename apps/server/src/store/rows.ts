// Rows as both engines return them (snake_case columns), turned into the server's records: one
// conversion per kind, so SQLite and PostgreSQL cannot read the same row two ways.
import { type Ban, type ChatMessage, type FileInfo, MAX_BAN_DURATION_MS } from "@parley/protocol";
import type { AccountChange, AccountRecord, FileRecord } from "./store.js";

/** A `bans` row. */
export type BanRow = {
  id: number;
  nick: string;
  address: string;
  reason: string;
  by: string;
  created_at_ms: number;
  until_ms: number;
};

/**
 * A stored row as a Ban. Permanent is its own state (until_ms 0 in the table, `permanent` on the wire);
 * an end further than MAX_BAN_DURATION_MS from the ban's creation, such as rows written before durations
 * were bounded, is read as permanent, which is what it meant, rather than as a date no one can format.
 */
export function toBan(row: BanRow): Ban {
  const createdAtMs = Number(row.created_at_ms);
  const until = Number(row.until_ms);
  const permanent = until === 0 || until - createdAtMs > MAX_BAN_DURATION_MS;
  return {
    id: Number(row.id),
    nick: row.nick,
    address: row.address,
    reason: row.reason,
    by: row.by,
    createdAtMs,
    untilMs: permanent ? 0 : until,
    permanent,
  };
}

/** A `messages` row (the columns reads select). */
export type MessageRow = {
  seq: number | string;
  room: string;
  from_nick: string;
  to_nick: string;
  text: string;
  client_msg_id: string;
  kind: number;
  sent_at_ms: number | string;
  file: string | null;
};

export function toMessage(row: MessageRow): ChatMessage {
  const message: ChatMessage = {
    room: row.room,
    toNick: row.to_nick,
    fromNick: row.from_nick,
    seq: Number(row.seq),
    sentAtMs: Number(row.sent_at_ms),
    text: row.text,
    clientMsgId: row.client_msg_id,
    kind: row.kind,
  };
  if (row.file) message.file = JSON.parse(row.file) as FileInfo;
  return message;
}

/** A `files` row. */
export type FileRow = {
  id: string;
  name: string;
  size: number | string;
  sha256: string;
  owner: string;
  address: string;
  from_nick: string;
  room: string;
  to_nick: string;
  from_party: string;
  to_party: string;
  created_at_ms: number | string;
  expires_at_ms: number | string;
  complete: number | boolean;
};

export const toFileRecord = (r: FileRow): FileRecord => ({
  id: r.id,
  name: r.name,
  size: Number(r.size),
  sha256: r.sha256,
  owner: r.owner,
  address: r.address,
  fromNick: r.from_nick,
  room: r.room,
  toNick: r.to_nick,
  fromParty: r.from_party,
  toParty: r.to_party,
  createdAtMs: Number(r.created_at_ms),
  expiresAtMs: Number(r.expires_at_ms),
  complete: r.complete === 1 || r.complete === true,
});

/** The `files` columns an insert fills, in fileValues order. */
export const FILE_COLUMNS =
  "id, name, size, sha256, owner, address, from_nick, room, to_nick, from_party, to_party, created_at_ms, expires_at_ms, complete";

/** A record's values in FILE_COLUMNS order; `complete` as 1 or 0, which both engines take. */
export const fileValues = (r: FileRecord): unknown[] => [
  r.id,
  r.name,
  r.size,
  r.sha256,
  r.owner,
  r.address,
  r.fromNick,
  r.room,
  r.toNick,
  r.fromParty,
  r.toParty,
  r.createdAtMs,
  r.expiresAtMs,
  r.complete ? 1 : 0,
];

/** An `audit` row. */
export type AuditRow = {
  id: number | string;
  at_ms: number | string;
  action: string;
  target: string;
  result: string;
  by: string;
};

export const toAuditEntry = (row: AuditRow) => ({
  id: Number(row.id),
  atMs: Number(row.at_ms),
  action: row.action,
  target: row.target,
  result: row.result,
  by: row.by,
});

/** An `accounts` row. */
export type AccountRow = {
  name: string;
  display: string;
  password_hash: string;
  scram_salt: string;
  scram_iterations: number;
  scram_stored_key: string;
  scram_server_key: string;
  created_at_ms: number | string;
  last_seen_ms: number | string;
  locked: number | boolean;
};

export const toAccountRecord = (row: AccountRow): AccountRecord => ({
  name: row.name,
  display: row.display,
  passwordHash: row.password_hash,
  scram: {
    salt: row.scram_salt,
    iterations: Number(row.scram_iterations),
    storedKey: row.scram_stored_key,
    serverKey: row.scram_server_key,
  },
  createdAtMs: Number(row.created_at_ms),
  lastSeenMs: Number(row.last_seen_ms),
  locked: row.locked === 1 || row.locked === true,
});

/** The `accounts` columns, in accountValues order. */
export const ACCOUNT_COLUMNS =
  "name, display, password_hash, scram_salt, scram_iterations, scram_stored_key, scram_server_key, created_at_ms, last_seen_ms, locked";

/** A record's values in ACCOUNT_COLUMNS order; `locked` as 1 or 0, which both engines take. */
export const accountValues = (r: AccountRecord): unknown[] => [
  r.name,
  r.display,
  r.passwordHash,
  r.scram.salt,
  r.scram.iterations,
  r.scram.storedKey,
  r.scram.serverKey,
  r.createdAtMs,
  r.lastSeenMs,
  r.locked ? 1 : 0,
];

/** An account change as `accounts` columns and their values, in the same order. */
export function accountChangeColumns(change: AccountChange): { columns: string[]; values: unknown[] } {
  const columns: string[] = [];
  const values: unknown[] = [];
  if (change.passwordHash !== undefined) {
    columns.push("password_hash");
    values.push(change.passwordHash);
  }
  if (change.scram !== undefined) {
    columns.push("scram_salt", "scram_iterations", "scram_stored_key", "scram_server_key");
    values.push(change.scram.salt, change.scram.iterations, change.scram.storedKey, change.scram.serverKey);
  }
  if (change.lastSeenMs !== undefined) {
    columns.push("last_seen_ms");
    values.push(change.lastSeenMs);
  }
  if (change.locked !== undefined) {
    columns.push("locked");
    values.push(change.locked ? 1 : 0);
  }
  return { columns, values };
}

/** `count` placeholders as PostgreSQL numbers them: "$1, $2, …". */
export const numberedParams = (count: number): string =>
  Array.from({ length: count }, (_, i) => `$${i + 1}`).join(", ");
