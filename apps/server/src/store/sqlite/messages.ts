// History in SQLite: a committed batch of a conversation as one packed row (batches.ts), one
// transaction per batch, sequence numbers from a per-conversation counter and client ids from a
// table kept in memory (the data directory lock makes this process the only writer), reads for join,
// resume and paging that unpack the rows they touch.
import type { ChatMessage } from "@parley/protocol";
import { ClientIdTable, clientIdHash } from "../client-ids.js";
import { directParties, type MessageLog, type NewMessage } from "../store.js";
import {
  type BatchRow,
  findPacked,
  MESSAGES_PER_BATCH_ROW,
  type PackedMessage,
  packedBytes,
  packMessage,
  toChatMessage,
  unpack,
} from "./batches.js";
import type { Db } from "./db.js";
import type { SearchIndexWriter } from "./search.js";

/** Batch rows the size cap reads in one round; rounds repeat until the total is under the target. */
const TRIM_BATCHES_PER_ROUND = 64;

/** Far above any seq a request names: "no upper bound" for the reads that take one. */
const NO_LIMIT_SEQ = Number.MAX_SAFE_INTEGER;

/** A stored message's de-duplication key. */
type KeyRow = { conversation: string; seq: number; sender: string; client_msg_id: string };

/** A second message with the same (conversation, sender, client id) offered to the log. */
export class DuplicateClientIdError extends Error {
  override name = "DuplicateClientIdError";
}

export class SqliteMessageLog implements MessageLog {
  private readonly insertBatch;
  private readonly batchHolding;
  private readonly batchesAfter;
  private readonly batchesBefore;
  private readonly anyStored;
  private readonly oldestBatches;
  private readonly batchesFrom;
  private readonly deleteBatch;
  private readonly updateBatch;
  private readonly writeBatch;
  /** Newest stored seq per conversation: the counter the next append continues. */
  private readonly counters = new Map<string, number>();
  /**
   * Every stored message's client id, read from the table at start and kept in step after: a
   * message's key is checked here, not by a SELECT and a unique index (one B-tree page written per
   * message at a random place, which cost more than the message row), and only a hash match is read.
   */
  private readonly clientIds: ClientIdTable;
  /** The batch being written, by conversation: a client id found in it is checked here, not read. */
  private writing: Map<string, PackedMessage[]> | undefined;

  constructor(
    private readonly db: Db,
    /** Hands out batch ids, and indexes the stored text for search in bulk. */
    private readonly searchIndex: SearchIndexWriter,
    /** Called after each batch commits (the WAL checkpointer's cue). */
    private readonly afterCommit: () => void = () => {},
  ) {
    this.insertBatch = db.prepare(
      `INSERT INTO message_batches (id, conversation, base_seq, last_seq, sent_at_ms, bytes, messages)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    this.batchHolding = db.prepare(
      "SELECT * FROM message_batches WHERE conversation = ? AND last_seq >= ? ORDER BY last_seq LIMIT 1",
    );
    this.batchesAfter = db.prepare(
      "SELECT * FROM message_batches WHERE conversation = ? AND last_seq > ? ORDER BY last_seq",
    );
    // A row holding a seq below `before` has last_seq < before + MESSAGES_PER_BATCH_ROW: the index bounds the scan.
    this.batchesBefore = db.prepare(
      `SELECT * FROM message_batches WHERE conversation = ? AND last_seq < ? + ${MESSAGES_PER_BATCH_ROW}
         AND base_seq < ? ORDER BY last_seq DESC`,
    );
    this.anyStored = db.prepare("SELECT 1 FROM message_batches WHERE conversation = ? LIMIT 1");
    // Ids follow commit order, and so sent-at order (see prune): the oldest rows have the lowest ids.
    this.oldestBatches = db.prepare("SELECT * FROM message_batches ORDER BY id LIMIT ?");
    this.batchesFrom = db.prepare("SELECT * FROM message_batches WHERE id > ? ORDER BY id LIMIT ?");
    this.deleteBatch = db.prepare("DELETE FROM message_batches WHERE id = ?");
    this.updateBatch = db.prepare(
      "UPDATE message_batches SET last_seq = ?, sent_at_ms = ?, bytes = ?, messages = ? WHERE id = ?",
    );
    this.writeBatch = db.transaction((batch: readonly NewMessage[], keyed: number[]): number[] => {
      const seqs: number[] = [];
      const next = new Map<string, number>();
      const groups = new Map<string, PackedMessage[]>();
      this.writing = groups;
      for (const { conversation, sender, message: m } of batch) {
        const seq = (next.get(conversation) ?? this.counters.get(conversation) ?? 0) + 1;
        next.set(conversation, seq);
        seqs.push(seq);
        const clientMsgId = m.clientMsgId ?? "";
        if (sender && clientMsgId) {
          // Checked against the batch's earlier messages too (findSeq reads them from `writing`).
          const hash = clientIdHash(conversation, sender, clientMsgId);
          if (this.findSeq(hash, conversation, sender, clientMsgId) > 0)
            throw new DuplicateClientIdError(`${conversation}: ${sender} already sent ${clientMsgId}`);
          this.clientIds.add(hash, seq);
          keyed.push(hash, seq);
        }
        const packed = packMessage(seq, sender, m);
        const group = groups.get(conversation);
        if (group) group.push(packed);
        else groups.set(conversation, [packed]);
      }
      for (const [conversation, messages] of groups)
        for (let from = 0; from < messages.length; from += MESSAGES_PER_BATCH_ROW)
          this.insertRow(conversation, messages.slice(from, from + MESSAGES_PER_BATCH_ROW));
      this.searchIndex.flushIfFull();
      // Only once the transaction's statements all ran: a rolled-back batch leaves the counters alone.
      for (const [conversation, seq] of next) this.counters.set(conversation, seq);
      return seqs;
    });
    for (const row of db
      .prepare("SELECT conversation, MAX(last_seq) AS seq FROM message_batches GROUP BY conversation")
      .all() as { conversation: string; seq: number }[])
      this.counters.set(row.conversation, row.seq);
    const stored = db
      .prepare("SELECT COALESCE(SUM(last_seq - base_seq + 1), 0) FROM message_batches")
      .pluck()
      .get() as number;
    this.clientIds = new ClientIdTable(stored);
    for (const row of db
      .prepare("SELECT conversation, messages FROM message_batches")
      .iterate() as IterableIterator<Pick<BatchRow, "conversation" | "messages">>)
      for (const p of unpack(row))
        if (p[9] && p[5]) this.clientIds.add(clientIdHash(row.conversation, p[9], p[5]), p[0]);
  }

  /** Stores one row of a conversation's messages of this batch (seq order). */
  private insertRow(conversation: string, messages: PackedMessage[]): void {
    let bytes = 0;
    for (const p of messages) bytes += packedBytes(p);
    this.insertBatch.run(
      this.searchIndex.newBatch(messages.length),
      conversation,
      messages[0]![0],
      messages[messages.length - 1]![0],
      oldest(messages),
      bytes,
      JSON.stringify(messages),
    );
  }

  /** The stored (or being stored) message `seq` of a conversation, packed, or undefined. */
  private packedAt(conversation: string, seq: number): PackedMessage | undefined {
    const group = this.writing?.get(conversation);
    if (group && seq >= group[0]![0]) return group[seq - group[0]![0]];
    const row = this.batchHolding.get(conversation, seq) as BatchRow | undefined;
    return row && row.base_seq <= seq ? findPacked(unpack(row), seq) : undefined;
  }

  /** The stored message `seq` of a conversation (for the offline queue's pointers), or undefined. */
  messageAt(conversation: string, seq: number): ChatMessage | undefined {
    const p = this.packedAt(conversation, seq);
    return p ? toChatMessage(p) : undefined;
  }

  /** The seq of the stored message with this key (hashed to `hash`), or 0: a hash match is read and compared. */
  private findSeq(hash: number, conversation: string, sender: string, clientMsgId: string): number {
    return this.clientIds.find(hash, (seq) => {
      const p = this.packedAt(conversation, seq);
      return p !== undefined && p[9] === sender && p[5] === clientMsgId;
    });
  }

  /** Forgets the keys of deleted messages (once their deletion committed). */
  private forget(rows: readonly KeyRow[]): void {
    for (const row of rows)
      if (row.sender && row.client_msg_id)
        this.clientIds.remove(clientIdHash(row.conversation, row.sender, row.client_msg_id), row.seq);
  }

  /**
   * Keeps the messages of a batch row that `keep` accepts: the row goes if none is left, otherwise
   * it is rewritten and the others leave the search index. Returns the messages and bytes cut and
   * notes their keys in `deleted`; call inside a transaction.
   */
  private cut(
    row: BatchRow,
    keep: (p: PackedMessage) => boolean,
    deleted: KeyRow[],
  ): { removed: number; bytes: number } {
    const kept: PackedMessage[] = [];
    const gone: PackedMessage[] = [];
    let bytes = 0;
    for (const p of unpack(row)) {
      if (keep(p)) {
        kept.push(p);
        continue;
      }
      gone.push(p);
      bytes += packedBytes(p);
      deleted.push(keyOf(row.conversation, p));
    }
    const removed = gone.length;
    if (removed === 0) return { removed, bytes };
    if (kept.length === 0) {
      this.deleteBatch.run(row.id);
      return { removed, bytes };
    }
    for (const p of gone) this.searchIndex.remove(row.id, row.base_seq, p[0]);
    this.updateBatch.run(
      kept[kept.length - 1]![0],
      oldest(kept),
      row.bytes - bytes,
      JSON.stringify(kept),
      row.id,
    );
    return { removed, bytes };
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
      const seqs = this.writeBatch(batch, keyed);
      this.afterCommit();
      return seqs;
    } catch (error) {
      for (let i = 0; i < keyed.length; i += 2) this.clientIds.remove(keyed[i]!, keyed[i + 1]!);
      throw error;
    } finally {
      this.writing = undefined;
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
    return seq > 0 ? this.messageAt(conversation, seq) : undefined;
  }

  after(conversation: string, afterSeq: number, limit: number, upToSeq = NO_LIMIT_SEQ): ChatMessage[] {
    const found: ChatMessage[] = [];
    if (limit <= 0) return found;
    for (const row of this.batchesAfter.iterate(conversation, afterSeq) as IterableIterator<BatchRow>) {
      if (row.base_seq > upToSeq) break;
      for (const p of unpack(row)) {
        if (p[0] <= afterSeq) continue;
        if (p[0] > upToSeq || found.length === limit) return found;
        found.push(toChatMessage(p));
      }
      if (found.length === limit) break;
    }
    return found;
  }

  before(conversation: string, beforeSeq: number, limit: number): ChatMessage[] {
    const found: ChatMessage[] = [];
    if (limit <= 0) return found;
    for (const row of this.batchesBefore.iterate(
      conversation,
      beforeSeq,
      beforeSeq,
    ) as IterableIterator<BatchRow>) {
      const messages = unpack(row);
      for (let i = messages.length - 1; i >= 0 && found.length < limit; i--)
        if (messages[i]![0] < beforeSeq) found.push(toChatMessage(messages[i]!));
      if (found.length === limit) break;
    }
    return found.reverse();
  }

  latest(conversation: string, limit: number, upToSeq = NO_LIMIT_SEQ): ChatMessage[] {
    if (limit <= 0) return [];
    return this.before(conversation, upToSeq === NO_LIMIT_SEQ ? NO_LIMIT_SEQ : upToSeq + 1, limit);
  }

  hasAny(conversation: string): boolean {
    return this.anyStored.get(conversation) !== undefined;
  }

  totalBytes(): number {
    return this.db.prepare("SELECT COALESCE(SUM(bytes), 0) FROM message_batches").pluck().get() as number;
  }

  /**
   * Deletes the oldest messages, batch row by batch row (in the order they were stored), a row's
   * messages in seq order, until the total is at most `targetBytes` or `maxRows` messages are gone:
   * the last row reached is cut, not deleted whole.
   */
  trim(totalBytes: number, targetBytes: number, maxRows: number): number {
    let total = totalBytes;
    let budget = maxRows;
    const deleted: KeyRow[] = [];
    this.db.transaction(() => {
      while (total > targetBytes && budget > 0) {
        const rows = this.oldestBatches.all(TRIM_BATCHES_PER_ROUND) as BatchRow[];
        if (rows.length === 0) {
          total = 0;
          return;
        }
        for (const row of rows) {
          this.cut(
            row,
            (p) => {
              if (total <= targetBytes || budget <= 0) return true;
              total -= packedBytes(p);
              budget--;
              return false;
            },
            deleted,
          );
          if (total <= targetBytes || budget <= 0) return;
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
    const deleted: KeyRow[] = [];
    const result = this.db.transaction(() => {
      let removed = 0;
      let bytes = 0;
      for (const row of this.db
        .prepare(`SELECT * FROM message_batches WHERE ${where}`)
        .all(args) as BatchRow[])
        for (const p of unpack(row)) {
          removed++;
          bytes += packedBytes(p);
          deleted.push(keyOf(row.conversation, p));
        }
      this.db.prepare(`DELETE FROM message_batches WHERE ${where}`).run(args);
      // Nothing is left of the conversations, not even their counters: as after a restart.
      for (const conversation of [...this.counters.keys()])
        if (conversation.startsWith("@") && directParties(conversation).includes(party))
          this.counters.delete(conversation);
      return { removed, bytes };
    })();
    this.forget(deleted);
    return result;
  }

  /** Retention; a batch row partly past the count or the age is cut to the messages kept. */
  prune(keepCount: number, beforeMs: number): { removed: number; bytes: number } {
    let removed = 0;
    let bytes = 0;
    const deleted: KeyRow[] = [];
    const add = (outcome: { removed: number; bytes: number }) => {
      removed += outcome.removed;
      bytes += outcome.bytes;
    };
    this.db.transaction(() => {
      if (keepCount > 0) {
        const holding = this.db.prepare(
          `SELECT * FROM message_batches WHERE conversation = ? AND last_seq < ? + ${MESSAGES_PER_BATCH_ROW}
             AND base_seq <= ?`,
        );
        for (const [conversation, last] of this.counters) {
          if (last <= keepCount) continue;
          const cut = last - keepCount;
          for (const row of holding.all(conversation, cut, cut) as BatchRow[])
            add(this.cut(row, (p) => p[0] > cut, deleted));
        }
      }
      if (beforeMs > 0) this.pruneOlder(beforeMs, deleted, add);
    })();
    this.forget(deleted);
    return { removed, bytes };
  }
  /**
   * Cuts the messages sent before `beforeMs`, walking the rows by id up to the first row with none:
   * rows are stored in commit order and a row's sent_at_ms is its oldest message's time, so the rows
   * after it are newer too (a clock set back may hold some back until the rows before them go).
   */
  private pruneOlder(
    beforeMs: number,
    deleted: KeyRow[],
    add: (outcome: { removed: number; bytes: number }) => void,
  ): void {
    let afterId = 0;
    for (;;) {
      const rows = this.batchesFrom.all(afterId, TRIM_BATCHES_PER_ROUND) as BatchRow[];
      for (const row of rows) {
        if (row.sent_at_ms >= beforeMs) return;
        add(this.cut(row, (p) => p[7] >= beforeMs, deleted));
        afterId = row.id;
      }
      if (rows.length < TRIM_BATCHES_PER_ROUND) return;
    }
  }
}

/** The earliest sent-at of a row's messages (a clock set back may leave them out of seq order). */
function oldest(messages: readonly PackedMessage[]): number {
  let at = messages[0]![7];
  for (const p of messages) if (p[7] < at) at = p[7];
  return at;
}

/** A packed message's de-duplication key. */
function keyOf(conversation: string, p: PackedMessage): KeyRow {
  return { conversation, seq: p[0], sender: p[9], client_msg_id: p[5] };
}
