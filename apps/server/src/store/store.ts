// The storage seam: everything the server keeps (history, rooms and topics, bans, audit, file
// metadata, accounts) behind one interface, with SQLite (sqlite/, the default) and PostgreSQL (postgres/) behind it.
// Server code calls these interfaces and never knows which engine answers.
import type { AuditEntry, Ban, ChatMessage, ScramVerifier } from "@parley/protocol";
import type { SearchIndex } from "./search.js";

/**
 * A value now or later. The SQLite engine answers synchronously (its reads and its commit happen in
 * the calling turn, as they always have); PostgreSQL answers with promises. Callers `await` either.
 */
export type Awaitable<T> = T | Promise<T>;

/** True for a result still to come (a promise), false for one already there. */
export function isPromise<T>(value: Awaitable<T>): value is Promise<T> {
  return typeof (value as Promise<T> | undefined)?.then === "function";
}

/**
 * `next(value)` once `value` is there: at once for a value (SQLite stays synchronous, so timers and
 * tests see its effects in the same turn), after it for a promise.
 */
export function andThen<T, R>(value: Awaitable<T>, next: (value: T) => Awaitable<R>): Awaitable<R> {
  return isPromise(value) ? value.then(next) : next(value);
}

/** Runs `step` for each item in order, each after the previous one is done; synchronous while every step is. */
export function eachInTurn<T>(items: readonly T[], step: (item: T) => Awaitable<void>): Awaitable<void> {
  for (let i = 0; i < items.length; i++) {
    const done = step(items[i]!);
    if (isPromise(done)) return done.then(() => eachInTurn(items.slice(i + 1), step));
  }
}

/** A message to store: its conversation, its sender for de-duplication, and the message with its time. */
export interface NewMessage {
  /** Room name, or "@a b" for the direct conversation of parties a and b (directConversation). */
  conversation: string;
  /** The sender's case-folded nick ('' for none): with the client id, what de-duplication keys on. */
  sender: string;
  /** The message; `seq` is assigned by append, `sentAtMs` is set. */
  message: ChatMessage & { sentAtMs: number };
}

/** History: messages per conversation with dense sequence numbers, and the reads join, resume and paging need. */
/** What storing one message of a batch gave: its seq, or the copy of it already stored (not stored again). */
export type Appended = number | ChatMessage;

export interface MessageLog {
  /** Newest stored seq per conversation (read once at start). */
  lastSeqs(): Awaitable<Map<string, number>>;
  /**
   * Newest stored seq of each of `conversations` that has one, and of every direct conversation
   * `party` takes part in, read now: in a cluster the other nodes commit to the same store.
   */
  seqsOf(party: string, conversations: readonly string[]): Awaitable<Map<string, number>>;
  /**
   * Stores `batch` in one transaction, giving each message the next seq of its conversation (dense,
   * in batch order, totally ordered across every server on the same database), and returns the seqs
   * in batch order. Nothing is stored if it throws. A second message with the same (conversation,
   * sender, client id) in one batch fails it: callers check byClientId first. On an engine several
   * servers share, a copy another server stored after that check is not stored again: its place in
   * the result holds the stored copy instead of a seq, and the rest of the batch is stored.
   */
  append(batch: readonly NewMessage[]): Awaitable<Appended[]>;
  /** The stored message `sender` sent with this client id in this conversation, if any. */
  byClientId(conversation: string, sender: string, clientMsgId: string): Awaitable<ChatMessage | undefined>;
  /** Stored messages with afterSeq < seq ≤ upToSeq, oldest first, at most `limit`. */
  after(conversation: string, afterSeq: number, limit: number, upToSeq?: number): Awaitable<ChatMessage[]>;
  /** The newest `limit` stored messages with seq < beforeSeq, oldest first. */
  before(conversation: string, beforeSeq: number, limit: number): Awaitable<ChatMessage[]>;
  /** The newest `limit` stored messages with seq ≤ upToSeq, oldest first. */
  latest(conversation: string, limit: number, upToSeq?: number): Awaitable<ChatMessage[]>;
  /** True if the conversation has a stored message. */
  hasAny(conversation: string): Awaitable<boolean>;
  /** Bytes of stored history, as historyRetentionBytes counts them (see MESSAGE_OVERHEAD_BYTES). */
  totalBytes(): Awaitable<number>;
  /** Deletes the oldest messages (by time, any conversation) until at most `targetBytes` remain or `maxRows` are gone; returns the bytes deleted. */
  trim(totalBytes: number, targetBytes: number, maxRows: number): Awaitable<number>;
  /**
   * Retention: keeps the newest `keepCount` per conversation (0: all) and nothing sent before
   * `beforeMs` (0: any age). Returns the messages and bytes deleted.
   */
  prune(keepCount: number, beforeMs: number): Awaitable<{ removed: number; bytes: number }>;
  /**
   * Deletes every direct conversation `party` ("~account") takes part in: a dropped account's history.
   * Returns the messages and bytes deleted.
   */
  dropDirect(party: string): Awaitable<{ removed: number; bytes: number }>;
}

/** A room's stored metadata: the topic survives a restart. */
export interface StoredRoom {
  name: string;
  topic: string;
  topicBy: string;
  topicAtMs: number;
}

export interface RoomRecords {
  /** Records a room (nothing if it exists). */
  create(name: string, nowMs: number): Awaitable<void>;
  /** Forgets a room (an expired one). */
  delete(name: string): Awaitable<void>;
  setTopic(name: string, topic: string, by: string, nowMs: number): Awaitable<void>;
  load(): Awaitable<StoredRoom[]>;
}

/** A ban to store. */
export interface NewBan {
  /** Case-folded nick, or empty. */
  nick?: string;
  /** An exact address ("10.0.0.7", "::1") or a CIDR range ("10.0.0.0/8", "2001:db8::/32"), or empty. */
  address?: string;
  reason?: string;
  by?: string;
  /** End of the ban in ms since the epoch, at most MAX_BAN_DURATION_MS ahead; 0 for permanent. */
  untilMs: number;
}

/** One admin action as recorded. */
export interface AuditRecord {
  action: string;
  target: string;
  result: string;
  by: string;
}

export interface BanRecords {
  /** Every stored ban, expired ones included, in id order. */
  load(): Awaitable<Ban[]>;
  /**
   * Stores `bans` and, in the same transaction, the audit entry `audit` makes of them: if either
   * fails, nothing is stored. Returns the bans as stored and the entry.
   */
  add(
    bans: readonly NewBan[],
    nowMs: number,
    audit: (stored: Ban[]) => AuditRecord,
  ): Awaitable<{ bans: Ban[]; entry: AuditEntry }>;
  /** Deletes the bans with these ids. */
  remove(ids: readonly number[]): Awaitable<void>;
}

export interface AuditRecords {
  /** Stores one entry; returns it with its id. */
  record(atMs: number, record: AuditRecord): Awaitable<AuditEntry>;
  /** Rewrites an entry's time and result (a row standing for repeated events). */
  update(id: number, atMs: number, result: string): Awaitable<void>;
  /** The newest `limit` entries (older than id `beforeId` when given), newest first. */
  newest(limit: number, beforeId?: number): Awaitable<AuditEntry[]>;
}

/** A file or upload held by the server. */
export interface FileRecord {
  id: string;
  name: string;
  size: number;
  sha256: string;
  /** Who the quota charges and who may resume the upload: "~account" for an account, else the case-folded nick. */
  owner: string;
  /** Uploader's IP address ('' for files stored before addresses were recorded). */
  address: string;
  fromNick: string;
  room: string;
  toNick: string;
  /** Direct files: the sender's and the recipient's party ("~account", or a guest session's own name), who alone may fetch it. */
  fromParty: string;
  toParty: string;
  createdAtMs: number;
  expiresAtMs: number;
  complete: boolean;
}

/** What an owner or an address holds: bytes and files, unfinished uploads included. */
export interface FileUsage {
  bytes: number;
  files: number;
}

/** File metadata; the bytes live in the file directory (files/store.ts). */
export interface FileRecords {
  insert(record: FileRecord): Awaitable<void>;
  get(id: string): Awaitable<FileRecord | undefined>;
  /** Bytes and files held or reserved by this owner, not expired at nowMs. */
  usedBy(owner: string, nowMs: number): Awaitable<FileUsage>;
  /** Bytes and files held or reserved by uploads from this address. */
  usedFrom(address: string, nowMs: number): Awaitable<FileUsage>;
  /** Bytes held or reserved in all, and the part reserved by unfinished uploads. */
  usedInAll(nowMs: number): Awaitable<{ bytes: number; reserved: number }>;
  complete(id: string, expiresAtMs: number): Awaitable<void>;
  delete(id: string): Awaitable<void>;
  /** Ids of files and uploads past their expiry at nowMs. */
  expired(nowMs: number): Awaitable<string[]>;
  /** Expires every direct file `party` sent or received (a dropped account); the next sweep deletes them. */
  expireDirect(party: string): Awaitable<void>;
}

/** One account as stored. Never holds the password: an argon2id hash and a SCRAM verifier. */
export interface AccountRecord {
  /** Case-folded nick the account owns: its key. */
  name: string;
  /** The nick as it was registered. */
  display: string;
  /** argon2id hash (PHC string), for the password checks that are not SCRAM (change, drop). */
  passwordHash: string;
  /** What a SCRAM login is checked against. */
  scram: ScramVerifier;
  createdAtMs: number;
  /** Last login or logout (0: never). */
  lastSeenMs: number;
  /** Locked by an operator: logins refused. */
  locked: boolean;
}

/**
 * The fields of an account that change after it is registered. Each change writes only its own
 * fields: in a cluster a node may hold an older copy of the record, and writing the whole of it back
 * (on a login, say) would undo a password change or a lock made through another node.
 */
export type AccountChange = Partial<Pick<AccountRecord, "passwordHash" | "scram" | "lastSeenMs" | "locked">>;

/** Accounts: read once at start into the Accounts service; every change is written through. */
export interface AccountRecords {
  /** Every account. */
  loadAll(): Awaitable<AccountRecord[]>;
  /** One account, or undefined when there is none (another node of a cluster may have just stored it). */
  get(name: string): Awaitable<AccountRecord | undefined>;
  /**
   * Adds the account's row; false, changing nothing, when the name has one already (registered
   * through another node of a cluster a moment ago).
   */
  insert(record: AccountRecord): Awaitable<boolean>;
  /** Writes `change`'s fields of the account's row and no others (nothing when there is no row). */
  update(name: string, change: AccountChange): Awaitable<void>;
  /** Deletes the account's row (its history is MessageLog.dropDirect's). */
  delete(name: string): Awaitable<void>;
}

/** Direct messages held for an offline account until its next login (the messages stay in history). */
export interface OfflineQueueRecords {
  /** How many messages each account holds (read once at start). */
  counts(): Awaitable<Map<string, number>>;
  /** Queues the stored message (conversation, seq) for `account`. */
  add(account: string, conversation: string, seq: number): Awaitable<void>;
  /**
   * The account's queued messages, oldest first, taken off the queue in the same transaction, so each
   * is handed out once; one that history no longer holds (retention) is dropped unseen.
   */
  take(account: string): Awaitable<ChatMessage[]>;
  /** Forgets the account's queue (a dropped account). */
  drop(account: string): Awaitable<void>;
}

/** How far each account has read each conversation (room name or direct conversation key). */
export interface ReadMarkerRecords {
  /** The account's markers: conversation → last seq read. */
  of(account: string): Awaitable<Map<string, number>>;
  /**
   * Moves the account's marker in `conversation` to `seq` (never backwards) and keeps at most
   * `maxMarkers` for the account, forgetting the ones updated longest ago.
   */
  set(account: string, conversation: string, seq: number, nowMs: number, maxMarkers: number): Awaitable<void>;
  /** Forgets the account's markers (a dropped account). */
  drop(account: string): Awaitable<void>;
}

/** Which engine stands behind a Store. */
export type StoreEngine = "sqlite" | "postgres";

/** The server's storage: one engine behind every record kind. */
export interface Store {
  readonly engine: StoreEngine;
  readonly messages: MessageLog;
  readonly rooms: RoomRecords;
  readonly bans: BanRecords;
  readonly audit: AuditRecords;
  readonly files: FileRecords;
  /** Full-text search of the history in `messages`, kept in step with it by the engine (search.ts). */
  readonly search: SearchIndex;
  readonly accounts: AccountRecords;
  readonly offlineQueue: OfflineQueueRecords;
  readonly readMarkers: ReadMarkerRecords;
  /**
   * Connects and brings the schema up to date (versioned migrations, applied under a lock so servers
   * starting together migrate once); called once, before anything else.
   */
  open(): Awaitable<void>;
  /** Closes the connection(s); nothing may be called after. Idempotent. */
  close(): Promise<void>;
}

/** The store could not be reached or refused the work (PostgreSQL down, a full disk). */
export class StoreUnavailableError extends Error {
  override name = "StoreUnavailableError";
}

/** What one stored message counts against historyRetentionBytes beyond its text and file description. */
export const MESSAGE_OVERHEAD_BYTES = 64;

/** A message's size as historyRetentionBytes counts it: UTF-8 text, JSON file description, overhead. */
export function messageBytes(text: string, file: string | null): number {
  return Buffer.byteLength(text) + (file ? Buffer.byteLength(file) : 0) + MESSAGE_OVERHEAD_BYTES;
}

/**
 * Key of the direct conversation between two parties ("~account" for an account, a guest session's own
 * name otherwise: see Session.party); the same whichever sends.
 */
export function directConversation(a: string, b: string): string {
  return a < b ? `@${a} ${b}` : `@${b} ${a}`;
}

/** The two parties of a direct conversation key ("@a b" → ["a", "b"]). */
export function directParties(conversation: string): [string, string] {
  const space = conversation.indexOf(" ");
  return [conversation.slice(1, space), conversation.slice(space + 1)];
}
