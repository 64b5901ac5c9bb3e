// History in SQLite: one transaction per batch, sequence numbers from a per-conversation counter kept
// in memory (the data directory lock makes this process the only writer), reads for join, resume and paging.
import type { ChatMessage } from "@parley/protocol";
import { type MessageRow as Row, toMessage } from "../rows.js";
import { directParties, MESSAGE_OVERHEAD_BYTES, type MessageLog, type NewMessage } from "../store.js";
import type { Db } from "./db.js";
import type { SearchIndexWriter } from "./search.js";

/** A stored row's size as historyRetentionBytes counts it; the same sum as messageBytes in JS. */
const ROW_BYTES_SQL = `LENGTH(CAST(text AS BLOB)) + COALESCE(LENGTH(CAST(file AS BLOB)), 0) + ${MESSAGE_OVERHEAD_BYTES}`;

/** Rows the size cap reads in one round; rounds repeat until the total is under the target. */
const TRIM_ROWS_PER_ROUND = 1000;

/** Far above any seq a request names: "no upper bound" for the reads that take one. */
const NO_LIMIT_SEQ = Number.MAX_SAFE_INTEGER;

export class SqliteMessageLog implements MessageLog {
  private readonly insert;
  private readonly selectByClientId;
  private readonly selectAfter;
  private readonly selectBefore;
  private readonly selectLatest;
  private readonly anyStored;
  private readonly oldestRows;
  private readonly deleteRow;
  private readonly writeBatch;
  /** Newest stored seq per conversation: the counter the next append continues. */
  private readonly counters = new Map<string, number>();

  constructor(
    private readonly db: Db,
    /** Records each inserted message for search in the same transaction (and indexes in bulk). */
    private readonly searchIndex: SearchIndexWriter,
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
      "SELECT * FROM messages WHERE conversation = ? AND seq > ? AND seq <= ? ORDER BY seq LIMIT ?",
    );
    this.selectBefore = db.prepare(
      "SELECT * FROM (SELECT * FROM messages WHERE conversation = ? AND seq < ? ORDER BY seq DESC LIMIT ?) ORDER BY seq",
    );
    this.selectLatest = db.prepare(
      "SELECT * FROM (SELECT * FROM messages WHERE conversation = ? AND seq <= ? ORDER BY seq DESC LIMIT ?) ORDER BY seq",
    );
    this.anyStored = db.prepare("SELECT 1 FROM messages WHERE conversation = ? LIMIT 1");
    this.oldestRows = db.prepare(
      `SELECT conversation, seq, ${ROW_BYTES_SQL} AS bytes FROM messages ORDER BY sent_at_ms, seq LIMIT ?`,
    );
    this.deleteRow = db.prepare("DELETE FROM messages WHERE conversation = ? AND seq = ?");
    this.writeBatch = db.transaction((batch: readonly NewMessage[]): number[] => {
      const seqs: number[] = [];
      const next = new Map<string, number>();
      for (const { conversation, sender, message: m } of batch) {
        const seq = (next.get(conversation) ?? this.counters.get(conversation) ?? 0) + 1;
        next.set(conversation, seq);
        seqs.push(seq);
        const text = m.text ?? "";
        this.insert.run(
          conversation,
          seq,
          m.room ?? "",
          m.fromNick ?? "",
          m.toNick ?? "",
          text,
          m.clientMsgId ?? "",
          m.kind ?? 0,
          m.sentAtMs,
          m.file ? JSON.stringify(m.file) : null,
          sender,
        );
        this.searchIndex.record(conversation, seq);
      }
      this.searchIndex.flushIfFull();
      // Only once the transaction's statements all ran: a rolled-back batch leaves the counters alone.
      for (const [conversation, seq] of next) this.counters.set(conversation, seq);
      return seqs;
    });
    for (const row of db
      .prepare("SELECT conversation, MAX(seq) AS seq FROM messages GROUP BY conversation")
      .all() as { conversation: string; seq: number }[])
      this.counters.set(row.conversation, row.seq);
  }

  lastSeqs(): Map<string, number> {
    return new Map(this.counters);
  }

  seqsOf(party: string, conversations: readonly string[]): Map<string, number> {
    const found = new Map<string, number>();
    for (const conversation of conversations) {
      const seq = this.counters.get(conversation);
      if (seq !== undefined) found.set(conversation, seq);
    }
    for (const [conversation, seq] of this.counters)
      if (conversation.startsWith("@") && directParties(conversation).includes(party))
        found.set(conversation, seq);
    return found;
  }

  append(batch: readonly NewMessage[]): number[] {
    return this.writeBatch(batch);
  }

  byClientId(conversation: string, sender: string, clientMsgId: string): ChatMessage | undefined {
    const row = this.selectByClientId.get(conversation, sender, clientMsgId) as Row | undefined;
    return row ? toMessage(row) : undefined;
  }

  after(conversation: string, afterSeq: number, limit: number, upToSeq = NO_LIMIT_SEQ): ChatMessage[] {
    return (this.selectAfter.all(conversation, afterSeq, upToSeq, limit) as Row[]).map(toMessage);
  }

  before(conversation: string, beforeSeq: number, limit: number): ChatMessage[] {
    return (this.selectBefore.all(conversation, beforeSeq, limit) as Row[]).map(toMessage);
  }

  latest(conversation: string, limit: number, upToSeq = NO_LIMIT_SEQ): ChatMessage[] {
    if (limit <= 0) return [];
    return (this.selectLatest.all(conversation, upToSeq, limit) as Row[]).map(toMessage);
  }

  hasAny(conversation: string): boolean {
    return this.anyStored.get(conversation) !== undefined;
  }

  totalBytes(): number {
    return (
      this.db.prepare(`SELECT COALESCE(SUM(${ROW_BYTES_SQL}), 0) AS bytes FROM messages`).get() as {
        bytes: number;
      }
    ).bytes;
  }

  trim(totalBytes: number, targetBytes: number, maxRows: number): number {
    let total = totalBytes;
    let budget = maxRows;
    this.db.transaction(() => {
      while (total > targetBytes && budget > 0) {
        const rows = this.oldestRows.all(Math.min(TRIM_ROWS_PER_ROUND, budget)) as {
          conversation: string;
          seq: number;
          bytes: number;
        }[];
        if (rows.length === 0) {
          total = 0;
          return;
        }
        for (const row of rows) {
          this.deleteRow.run(row.conversation, row.seq);
          total -= row.bytes;
          budget--;
          if (total <= targetBytes) return;
        }
      }
    })();
    return totalBytes - total;
  }

  dropDirect(party: string): { removed: number; bytes: number } {
    // "@a b": `party` as a whole side of the key (parties hold no spaces).
    const where = `conversation LIKE '@%' AND (
      (substr(conversation, 2, @len) = @party AND substr(conversation, @len + 2, 1) = ' ') OR
      (substr(conversation, -@len) = @party AND substr(conversation, -@len - 1, 1) = ' '))`;
    const args = { party, len: party.length };
    return this.db.transaction(() => {
      const { bytes } = this.db
        .prepare(`SELECT COALESCE(SUM(${ROW_BYTES_SQL}), 0) AS bytes FROM messages WHERE ${where}`)
        .get(args) as { bytes: number };
      const removed = this.db.prepare(`DELETE FROM messages WHERE ${where}`).run(args).changes;
      // Nothing is left of the conversations, not even their counters: as after a restart.
      for (const conversation of [...this.counters.keys()])
        if (conversation.startsWith("@") && directParties(conversation).includes(party))
          this.counters.delete(conversation);
      return { removed, bytes };
    })();
  }

  prune(keepCount: number, beforeMs: number): { removed: number; bytes: number } {
    let removed = 0;
    let bytes = 0;
    this.db.transaction(() => {
      if (keepCount > 0) {
        for (const [conversation, last] of this.counters) {
          if (last <= keepCount) continue;
          const cut = last - keepCount;
          bytes += (
            this.db
              .prepare(
                `SELECT COALESCE(SUM(${ROW_BYTES_SQL}), 0) AS bytes FROM messages WHERE conversation = ? AND seq <= ?`,
              )
              .get(conversation, cut) as { bytes: number }
          ).bytes;
          removed += this.db
            .prepare("DELETE FROM messages WHERE conversation = ? AND seq <= ?")
            .run(conversation, cut).changes;
        }
      }
      if (beforeMs > 0) {
        bytes += (
          this.db
            .prepare(`SELECT COALESCE(SUM(${ROW_BYTES_SQL}), 0) AS bytes FROM messages WHERE sent_at_ms < ?`)
            .get(beforeMs) as { bytes: number }
        ).bytes;
        removed += this.db.prepare("DELETE FROM messages WHERE sent_at_ms < ?").run(beforeMs).changes;
      }
    })();
    return { removed, bytes };
  }
}
