// Message history: sequence numbers per conversation, writes batched into one transaction per
// event-loop turn, and reads for join, resume and history requests.
import type { ChatMessage, FileInfo } from "@parley/protocol";
import type { Db } from "./db.js";

/** A stored message: seq and time are always set. */
export type StoredMessage = ChatMessage & { seq: number; sentAtMs: number };

/** A message waiting for its batch to commit, with the caller's ticket saying what to do after. */
export interface PendingMessage<Ticket> {
  conversation: string;
  /** The sender's case-folded nick ('' for none): with the client id, what de-duplication keys on. */
  sender: string;
  message: StoredMessage;
  ticket: Ticket;
}

/** An earlier message with the same client id: still in the open batch, or stored. */
export type EarlierCopy<Ticket> = { pending: PendingMessage<Ticket> } | { stored: ChatMessage };

/** Called once per committed batch (or with the error that rolled it back), in append order. */
export type CommitHandler<Ticket> = (batch: PendingMessage<Ticket>[], error?: Error) => void;

type Row = {
  seq: number;
  room: string;
  from_nick: string;
  to_nick: string;
  text: string;
  client_msg_id: string;
  kind: number;
  sent_at_ms: number;
  file: string | null;
};

function toMessage(row: Row): ChatMessage {
  const message: ChatMessage = {
    room: row.room,
    toNick: row.to_nick,
    fromNick: row.from_nick,
    seq: row.seq,
    sentAtMs: row.sent_at_ms,
    text: row.text,
    clientMsgId: row.client_msg_id,
    kind: row.kind,
  };
  if (row.file) message.file = JSON.parse(row.file) as FileInfo;
  return message;
}

/** What one stored message counts against historyRetentionBytes beyond its text and file description. */
export const MESSAGE_OVERHEAD_BYTES = 64;

/** A stored row's size as historyRetentionBytes counts it; the same sum as `storedBytes` in JS. */
const ROW_BYTES_SQL = `LENGTH(CAST(text AS BLOB)) + COALESCE(LENGTH(CAST(file AS BLOB)), 0) + ${MESSAGE_OVERHEAD_BYTES}`;

/** Rows the size cap reads in one round; rounds repeat until the total is under the target. */
const TRIM_ROWS_PER_ROUND = 1000;

/**
 * Most rows one commit deletes for the size cap, so a trim never blocks the event loop for long; a
 * commit that leaves the total above the cap trims again, and each commit deletes far more than
 * the rate limits let a turn add.
 */
const TRIM_MAX_ROWS_PER_COMMIT = 10_000;

function dedupKey(conversation: string, sender: string, clientMsgId: string): string {
  return `${conversation}\u0000${sender}\u0000${clientMsgId}`;
}

/** Key of the direct conversation between two (case-folded) nicks; the same whichever sends. */
export function directConversation(a: string, b: string): string {
  return a < b ? `@${a} ${b}` : `@${b} ${a}`;
}

/**
 * Sequence numbers are assigned at append time (in memory, so they are strictly increasing even
 * before commit); rows are written in one transaction per event-loop turn, and only then does the
 * commit handler run: that is where acknowledgements and deliveries go out. One callback per batch,
 * not a closure per message.
 */
export class MessageStore<Ticket> {
  private readonly insert;
  private readonly selectAfter;
  private readonly selectBefore;
  private readonly selectLatest;
  private readonly pruneCount;
  private readonly anyStored;
  private readonly pruneAge;
  /** Newest seq handed out per conversation, committed or still in the open batch. */
  private readonly lastSeqs = new Map<string, number>();
  /** Newest committed seq per conversation: what a reader of the database can see. */
  private readonly committedSeqs = new Map<string, number>();
  private pending: PendingMessage<Ticket>[] = [];
  /** The open batch's messages that carry a client id, by dedupKey. */
  private pendingByClientId = new Map<string, PendingMessage<Ticket>>();
  private readonly selectByClientId;
  private flushScheduled = false;
  private readonly writeBatch;
  private readonly oldestRows;
  private readonly deleteRow;
  private readonly bytesUpTo;
  private readonly bytesBefore;
  /** Size of every committed message, as historyRetentionBytes counts it (text, file description, overhead). */
  private totalBytes: number;

  constructor(
    private readonly db: Db,
    private readonly onCommitted: CommitHandler<Ticket>,
    /**
     * Most bytes of history kept (0: no limit): past it, each commit deletes the oldest messages,
     * whatever their conversation, until the total is 1/16 under it, so a full store does not trim
     * on every commit.
     */
    private readonly maxTotalBytes = 0,
  ) {
    this.insert = db.prepare(
      `INSERT INTO messages (conversation, seq, room, from_nick, to_nick, text, client_msg_id, kind, sent_at_ms, file, sender)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    // The two `<> ''` terms let SQLite use the partial unique index.
    this.selectByClientId = db.prepare(
      `SELECT * FROM messages WHERE conversation = ? AND sender = ? AND client_msg_id = ?
         AND client_msg_id <> '' AND sender <> ''`,
    );
    this.selectAfter = db.prepare(
      "SELECT * FROM messages WHERE conversation = ? AND seq > ? ORDER BY seq LIMIT ?",
    );
    this.selectBefore = db.prepare(
      "SELECT * FROM (SELECT * FROM messages WHERE conversation = ? AND seq < ? ORDER BY seq DESC LIMIT ?) ORDER BY seq",
    );
    this.selectLatest = db.prepare(
      "SELECT * FROM (SELECT * FROM messages WHERE conversation = ? ORDER BY seq DESC LIMIT ?) ORDER BY seq",
    );
    this.anyStored = db.prepare("SELECT 1 FROM messages WHERE conversation = ? LIMIT 1");
    this.pruneCount = db.prepare("DELETE FROM messages WHERE conversation = ? AND seq <= ?");
    this.pruneAge = db.prepare("DELETE FROM messages WHERE sent_at_ms < ?");
    this.oldestRows = db.prepare(
      `SELECT conversation, seq, ${ROW_BYTES_SQL} AS bytes FROM messages ORDER BY sent_at_ms, seq LIMIT ?`,
    );
    this.deleteRow = db.prepare("DELETE FROM messages WHERE conversation = ? AND seq = ?");
    this.bytesUpTo = db.prepare(
      `SELECT COALESCE(SUM(${ROW_BYTES_SQL}), 0) AS bytes FROM messages WHERE conversation = ? AND seq <= ?`,
    );
    this.bytesBefore = db.prepare(
      `SELECT COALESCE(SUM(${ROW_BYTES_SQL}), 0) AS bytes FROM messages WHERE sent_at_ms < ?`,
    );
    this.totalBytes = (
      db.prepare(`SELECT COALESCE(SUM(${ROW_BYTES_SQL}), 0) AS bytes FROM messages`).get() as {
        bytes: number;
      }
    ).bytes;
    this.reloadLastSeqs();
    this.writeBatch = db.transaction((batch: PendingMessage<Ticket>[]): number => {
      let bytes = 0;
      for (const { conversation, sender, message: m } of batch) {
        const text = m.text ?? "";
        const file = m.file ? JSON.stringify(m.file) : null;
        bytes += Buffer.byteLength(text) + (file ? Buffer.byteLength(file) : 0) + MESSAGE_OVERHEAD_BYTES;
        this.insert.run(
          conversation,
          m.seq,
          m.room ?? "",
          m.fromNick ?? "",
          m.toNick ?? "",
          text,
          m.clientMsgId ?? "",
          m.kind ?? 0,
          m.sentAtMs,
          file,
          sender,
        );
      }
      return bytes;
    });
  }

  /** Newest sequence number stored or queued in a conversation (0 if none). */
  lastSeq(conversation: string): number {
    return this.lastSeqs.get(conversation) ?? 0;
  }

  /**
   * Newest committed sequence number in a conversation (0 if none): what a join announces as
   * `last_seq`. Every read below covers up to it, and every message still in the open batch has a
   * greater seq and reaches members when it commits.
   */
  committedSeq(conversation: string): number {
    return this.committedSeqs.get(conversation) ?? 0;
  }

  /**
   * Assigns the next sequence number and queues the message for this turn's transaction. `sender`
   * is the sender's case-folded nick; a message with a client id must first be checked with
   * findByClientId, since the database refuses a second copy (and the whole batch with it).
   */
  append(
    conversation: string,
    message: ChatMessage,
    sentAtMs: number,
    ticket: Ticket,
    sender = "",
  ): StoredMessage {
    const seq = this.lastSeq(conversation) + 1;
    this.lastSeqs.set(conversation, seq);
    const stored = message as StoredMessage;
    stored.seq = seq;
    stored.sentAtMs = sentAtMs;
    const item = { conversation, sender, message: stored, ticket };
    this.pending.push(item);
    if (sender && message.clientMsgId)
      this.pendingByClientId.set(dedupKey(conversation, sender, message.clientMsgId), item);
    if (!this.flushScheduled) {
      this.flushScheduled = true;
      setImmediate(this.flushNow);
    }
    return stored;
  }

  /** Commits everything queued in one transaction, then hands the batch to the commit handler. */
  readonly flushNow = (): void => {
    this.flushScheduled = false;
    const batch = this.pending;
    if (batch.length === 0) return;
    this.pending = [];
    if (this.pendingByClientId.size > 0) this.pendingByClientId = new Map();
    let error: Error | undefined;
    try {
      this.totalBytes += this.writeBatch(batch);
      for (const { conversation, message } of batch) this.committedSeqs.set(conversation, message.seq);
      if (this.maxTotalBytes > 0 && this.totalBytes > this.maxTotalBytes) this.trimToSize();
    } catch (cause) {
      error = cause as Error;
      // The rolled-back seqs must be handed out again, or the conversation would have a hole.
      this.reloadLastSeqs();
    }
    this.onCommitted(batch, error);
  };

  private reloadLastSeqs(): void {
    this.lastSeqs.clear();
    this.committedSeqs.clear();
    for (const row of this.db
      .prepare("SELECT conversation, MAX(seq) AS seq FROM messages GROUP BY conversation")
      .all() as { conversation: string; seq: number }[]) {
      this.lastSeqs.set(row.conversation, row.seq);
      this.committedSeqs.set(row.conversation, row.seq);
    }
    for (const item of this.pending) this.lastSeqs.set(item.conversation, item.message.seq);
  }

  /**
   * The earlier copy of a message `sender` sent with this client id in this conversation, if any:
   * still in the open batch, or stored (for as long as retention keeps it, across restarts).
   */
  findByClientId(conversation: string, sender: string, clientMsgId: string): EarlierCopy<Ticket> | undefined {
    if (!sender || !clientMsgId) return undefined;
    const pending = this.pendingByClientId.get(dedupKey(conversation, sender, clientMsgId));
    if (pending) return { pending };
    const row = this.selectByClientId.get(conversation, sender, clientMsgId) as Row | undefined;
    return row ? { stored: toMessage(row) } : undefined;
  }

  // The reads below see committed rows only (a batch is written in one synchronous transaction), so
  // they never return a seq above committedSeq: a page never runs ahead of what members were sent.

  /** Stored messages with seq > afterSeq, oldest first, at most `limit`. */
  after(conversation: string, afterSeq: number, limit: number): ChatMessage[] {
    return (this.selectAfter.all(conversation, afterSeq, limit) as Row[]).map(toMessage);
  }

  /** The newest `limit` stored messages with seq < beforeSeq, oldest first. */
  before(conversation: string, beforeSeq: number, limit: number): ChatMessage[] {
    return (this.selectBefore.all(conversation, beforeSeq, limit) as Row[]).map(toMessage);
  }

  /** The newest `limit` stored messages, oldest first. */
  latest(conversation: string, limit: number): ChatMessage[] {
    if (limit <= 0) return [];
    return (this.selectLatest.all(conversation, limit) as Row[]).map(toMessage);
  }

  /** True if the conversation has a message stored, or one waiting in the open batch. */
  hasHistory(conversation: string): boolean {
    if (this.lastSeq(conversation) > this.committedSeq(conversation)) return true;
    return this.anyStored.get(conversation) !== undefined;
  }

  /** Bytes of committed history, as historyRetentionBytes counts them. */
  get storedBytes(): number {
    return this.totalBytes;
  }

  /**
   * Deletes the oldest messages (by time, any conversation) until the total is 1/16 under the cap, or
   * TRIM_MAX_ROWS_PER_COMMIT are gone (the next commit goes on while the total is above the cap).
   */
  private trimToSize(): void {
    const target = this.maxTotalBytes - Math.floor(this.maxTotalBytes / 16);
    let budget = TRIM_MAX_ROWS_PER_COMMIT;
    this.db.transaction(() => {
      while (this.totalBytes > target && budget > 0) {
        const rows = this.oldestRows.all(Math.min(TRIM_ROWS_PER_ROUND, budget)) as {
          conversation: string;
          seq: number;
          bytes: number;
        }[];
        if (rows.length === 0) {
          this.totalBytes = 0;
          return;
        }
        for (const row of rows) {
          this.deleteRow.run(row.conversation, row.seq);
          this.totalBytes -= row.bytes;
          budget--;
          if (this.totalBytes <= target) return;
        }
      }
    })();
  }

  /** Applies retention: keeps the newest `keepCount` per conversation (0: all) and nothing older than `maxAgeMs` (0: any age). */
  prune(keepCount: number, maxAgeMs: number, nowMs: number): number {
    let removed = 0;
    const run = this.db.transaction(() => {
      if (keepCount > 0) {
        for (const [conversation, last] of this.committedSeqs) {
          if (last <= keepCount) continue;
          this.totalBytes -= (this.bytesUpTo.get(conversation, last - keepCount) as { bytes: number }).bytes;
          removed += this.pruneCount.run(conversation, last - keepCount).changes;
        }
      }
      if (maxAgeMs > 0) {
        this.totalBytes -= (this.bytesBefore.get(nowMs - maxAgeMs) as { bytes: number }).bytes;
        removed += this.pruneAge.run(nowMs - maxAgeMs).changes;
      }
    });
    run();
    return removed;
  }
}
