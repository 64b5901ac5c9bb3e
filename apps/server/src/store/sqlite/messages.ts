// History in SQLite: one transaction per batch, sequence numbers from a per-conversation counter and
// client ids from a table kept in memory (the data directory lock makes this process the only
// writer), reads for join, resume and paging.
import type { ChatMessage } from "@parley/protocol";
import { ClientIdTable, clientIdHash } from "../client-ids.js";
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

/** The rows de-duplication knows: a sender and a client id (older rows have sender ''). */
const KEYED_SQL = "client_msg_id <> '' AND sender <> ''";

/** A stored row's de-duplication key. */
type KeyRow = { conversation: string; seq: number; sender: string; client_msg_id: string };

/** A second message with the same (conversation, sender, client id) offered to the log. */
export class DuplicateClientIdError extends Error {
  override name = "DuplicateClientIdError";
}

export class SqliteMessageLog implements MessageLog {
  private readonly insert;
  private readonly selectOne;
  private readonly selectAfter;
  private readonly selectBefore;
  private readonly selectLatest;
  private readonly anyStored;
  private readonly oldestRows;
  private readonly deleteRow;
  private readonly writeBatch;
  /** Newest stored seq per conversation: the counter the next append continues. */
  private readonly counters = new Map<string, number>();
  /**
   * Every stored message's client id, read from the table at start and kept in step after: a
   * message's key is checked here, not by a SELECT and a unique index (one B-tree page written per
   * message at a random place, which cost more than the message row), and only a hash match is read.
   */
  private readonly clientIds: ClientIdTable;

  constructor(
    private readonly db: Db,
    /** Records each inserted message for search in the same transaction (and indexes in bulk). */
    private readonly searchIndex: SearchIndexWriter,
  ) {
    this.insert = db.prepare(
      `INSERT INTO messages (conversation, seq, room, from_nick, to_nick, text, client_msg_id, kind, sent_at_ms, file, sender)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.selectOne = db.prepare("SELECT * FROM messages WHERE conversation = ? AND seq = ?");
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
      `SELECT conversation, seq, sender, client_msg_id, ${ROW_BYTES_SQL} AS bytes FROM messages
       ORDER BY sent_at_ms, seq LIMIT ?`,
    );
    this.deleteRow = db.prepare("DELETE FROM messages WHERE conversation = ? AND seq = ?");
    this.writeBatch = db.transaction((batch: readonly NewMessage[], keyed: number[]): number[] => {
      const seqs: number[] = [];
      const next = new Map<string, number>();
      for (const { conversation, sender, message: m } of batch) {
        const seq = (next.get(conversation) ?? this.counters.get(conversation) ?? 0) + 1;
        next.set(conversation, seq);
        seqs.push(seq);
        const text = m.text ?? "";
        const clientMsgId = m.clientMsgId ?? "";
        if (sender && clientMsgId) {
          // Checked against the batch's earlier rows too: they are in the table already.
          const hash = clientIdHash(conversation, sender, clientMsgId);
          if (this.findSeq(hash, conversation, sender, clientMsgId) > 0)
            throw new DuplicateClientIdError(`${conversation}: ${sender} already sent ${clientMsgId}`);
          this.clientIds.add(hash, seq);
          keyed.push(hash, seq);
        }
        this.insert.run(
          conversation,
          seq,
          m.room ?? "",
          m.fromNick ?? "",
          m.toNick ?? "",
          text,
          clientMsgId,
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
    const keyedRows = db.prepare(`SELECT COUNT(*) FROM messages WHERE ${KEYED_SQL}`).pluck().get() as number;
    this.clientIds = new ClientIdTable(keyedRows);
    for (const [conversation, seq, sender, clientMsgId] of db
      .prepare(`SELECT conversation, seq, sender, client_msg_id FROM messages WHERE ${KEYED_SQL}`)
      .raw()
      .iterate() as IterableIterator<[string, number, string, string]>)
      this.clientIds.add(clientIdHash(conversation, sender, clientMsgId), seq);
  }

  /** The seq of the stored message with this key (hashed to `hash`), or 0: a hash match is read and compared. */
  private findSeq(hash: number, conversation: string, sender: string, clientMsgId: string): number {
    return this.clientIds.find(hash, (seq) => {
      const row = this.selectOne.get(conversation, seq) as (Row & { sender: string }) | undefined;
      return row !== undefined && row.sender === sender && row.client_msg_id === clientMsgId;
    });
  }

  /** Forgets the keys of deleted rows (once their deletion committed). */
  private forget(rows: readonly KeyRow[]): void {
    for (const row of rows)
      if (row.sender && row.client_msg_id)
        this.clientIds.remove(clientIdHash(row.conversation, row.sender, row.client_msg_id), row.seq);
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
    /** (hash, seq) pairs added to clientIds: taken out again if the transaction rolls back. */
    const keyed: number[] = [];
    try {
      return this.writeBatch(batch, keyed);
    } catch (error) {
      for (let i = 0; i < keyed.length; i += 2) this.clientIds.remove(keyed[i]!, keyed[i + 1]!);
      throw error;
    }
  }

  byClientId(conversation: string, sender: string, clientMsgId: string): ChatMessage | undefined {
    if (!sender || !clientMsgId) return undefined;
    const seq = this.findSeq(
      clientIdHash(conversation, sender, clientMsgId),
      conversation,
      sender,
      clientMsgId,
    );
    return seq > 0 ? toMessage(this.selectOne.get(conversation, seq) as Row) : undefined;
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
    const deleted: KeyRow[] = [];
    this.db.transaction(() => {
      while (total > targetBytes && budget > 0) {
        const rows = this.oldestRows.all(Math.min(TRIM_ROWS_PER_ROUND, budget)) as (KeyRow & {
          bytes: number;
        })[];
        if (rows.length === 0) {
          total = 0;
          return;
        }
        for (const row of rows) {
          this.deleteRow.run(row.conversation, row.seq);
          deleted.push(row);
          total -= row.bytes;
          budget--;
          if (total <= targetBytes) return;
        }
      }
    })();
    this.forget(deleted);
    return totalBytes - total;
  }

  dropDirect(party: string): { removed: number; bytes: number } {
    // "@a b": `party` as a whole side of the key (parties hold no spaces).
    const where = `conversation LIKE '@%' AND (
      (substr(conversation, 2, @len) = @party AND substr(conversation, @len + 2, 1) = ' ') OR
      (substr(conversation, -@len) = @party AND substr(conversation, -@len - 1, 1) = ' '))`;
    const args = { party, len: party.length };
    let deleted: KeyRow[] = [];
    const result = this.db.transaction(() => {
      const { bytes } = this.db
        .prepare(`SELECT COALESCE(SUM(${ROW_BYTES_SQL}), 0) AS bytes FROM messages WHERE ${where}`)
        .get(args) as { bytes: number };
      deleted = this.keysWhere(where, args);
      const removed = this.db.prepare(`DELETE FROM messages WHERE ${where}`).run(args).changes;
      // Nothing is left of the conversations, not even their counters: as after a restart.
      for (const conversation of [...this.counters.keys()])
        if (conversation.startsWith("@") && directParties(conversation).includes(party))
          this.counters.delete(conversation);
      return { removed, bytes };
    })();
    this.forget(deleted);
    return result;
  }

  /** The de-duplication keys of the rows `where` selects (read before deleting them). */
  private keysWhere(where: string, ...params: unknown[]): KeyRow[] {
    return this.db
      .prepare(
        `SELECT conversation, seq, sender, client_msg_id FROM messages WHERE (${where}) AND ${KEYED_SQL}`,
      )
      .all(...params) as KeyRow[];
  }

  prune(keepCount: number, beforeMs: number): { removed: number; bytes: number } {
    let removed = 0;
    let bytes = 0;
    const deleted: KeyRow[] = [];
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
          for (const row of this.keysWhere("conversation = ? AND seq <= ?", conversation, cut))
            deleted.push(row);
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
        for (const row of this.keysWhere("sent_at_ms < ?", beforeMs)) deleted.push(row);
        removed += this.db.prepare("DELETE FROM messages WHERE sent_at_ms < ?").run(beforeMs).changes;
      }
    })();
    this.forget(deleted);
    return { removed, bytes };
  }
}
