// Full-text search in SQLite: an FTS5 index kept in step with the stored batches: a message's search
// id follows from its batch row's id, SearchIndexWriter indexes the text in bulk, always before a
// search reads; a trigger follows every deleted batch and the log takes out messages cut from one.
import type { MessageRow } from "../rows.js";
import { type SearchIndex, type SearchPage, type SearchQuery, searchPage } from "../search.js";
import { findPacked, MESSAGES_PER_BATCH_ROW, type PackedMessage, toRow, unpack } from "./batches.js";
import type { Db } from "./db.js";

/**
 * The FTS5 MATCH expression for `terms`: every word must occur, each as a whole word or the start of
 * one ("deplo" finds "deploy"). Each is quoted as an FTS5 string, so it is never read as syntax.
 */
export function matchExpression(terms: readonly string[]): string {
  return terms.map((term) => `"${term.replace(/"/g, '""')}"*`).join(" AND ");
}

/**
 * The schema migration that adds the index (db.ts lists it): an id per message in insert order
 * (the cursor), a contentless FTS5 table over the text and file names (the text stays in messages
 * alone), triggers that follow every insert and delete, and the index built for messages already stored.
 */
export const SEARCH_SCHEMA = `
  CREATE TABLE message_search_ids (
    id INTEGER PRIMARY KEY,            -- insert order: newer messages have larger ids
    conversation TEXT NOT NULL,
    seq INTEGER NOT NULL,
    UNIQUE (conversation, seq)
  );
  CREATE VIRTUAL TABLE message_search USING fts5(
    text, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2'
  );
  CREATE TRIGGER message_search_insert AFTER INSERT ON messages BEGIN
    INSERT INTO message_search_ids (conversation, seq) VALUES (new.conversation, new.seq);
    INSERT INTO message_search (rowid, text)
      VALUES (last_insert_rowid(), new.text || ' ' || COALESCE(json_extract(new.file, '$.name'), ''));
  END;
  CREATE TRIGGER message_search_delete AFTER DELETE ON messages BEGIN
    DELETE FROM message_search WHERE rowid =
      (SELECT id FROM message_search_ids WHERE conversation = old.conversation AND seq = old.seq);
    DELETE FROM message_search_ids WHERE conversation = old.conversation AND seq = old.seq;
  END;
  INSERT INTO message_search_ids (conversation, seq)
    SELECT conversation, seq FROM messages ORDER BY sent_at_ms, seq;
  INSERT INTO message_search (rowid, text)
    SELECT i.id, m.text || ' ' || COALESCE(json_extract(m.file, '$.name'), '')
    FROM message_search_ids i JOIN messages m ON m.conversation = i.conversation AND m.seq = i.seq;
`;

/**
 * Replaces the insert trigger of SEARCH_SCHEMA (a later migration drops it): the message log records
 * each message's search id in its transaction, and SearchIndexWriter indexes the text in bulk.
 */
export const SEARCH_INSERT_BY_LOG = "DROP TRIGGER message_search_insert;";

/**
 * Where the bulk indexing has got to (a later migration adds it; every message is indexed then):
 * ids up to `indexed_up_to` are in the FTS5 index, later ones wait for SearchIndexWriter.flush.
 */
export const SEARCH_INDEXED_UP_TO = `
  CREATE TABLE message_search_state (indexed_up_to INTEGER NOT NULL);
  INSERT INTO message_search_state SELECT COALESCE(MAX(id), 0) FROM message_search_ids;`;

/**
 * Follows PACKED_HISTORY_SCHEMA (batches.ts) in the same migration: the index is rebuilt over
 * batch rows, each message's search id being its batch id * MESSAGES_PER_BATCH_ROW plus its place
 * from the batch's base seq (no row per message), and a deleted batch takes its ids out of the index.
 * SearchIndexWriter indexes every stored batch when the store opens.
 */
export const SEARCH_BY_BATCH = `
  DROP TABLE message_search;
  DROP TABLE message_search_ids;
  CREATE VIRTUAL TABLE message_search USING fts5(
    text, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2'
  );
  CREATE TRIGGER message_batches_delete AFTER DELETE ON message_batches BEGIN
    DELETE FROM message_search WHERE rowid >= old.id * ${MESSAGES_PER_BATCH_ROW}
      AND rowid < (old.id + 1) * ${MESSAGES_PER_BATCH_ROW};
  END;
  UPDATE message_search_state SET indexed_up_to = 0;`;

/**
 * Messages stored but not yet indexed, at most: the next commit indexes them all in its transaction.
 * FTS5 writes a new index segment per transaction that changes it, which cost a quiet server (one
 * message per commit) about 45 µs of CPU per message; indexing 512 at a time rather than 64 took
 * the store alone (`store-64`) from 7.4–8.0 to 5.9 µs per message. A search indexes what waits
 * first (up to this many, about 1.5 ms), so it never misses a stored message.
 */
export const SEARCH_INDEX_BATCH_ROWS = 512;

/**
 * Keeps the search index in step with the stored batches. Each batch row gets its id from here in
 * the transaction that stores it (newBatch); its messages' text goes into the FTS5 index in bulk
 * (flush): in a commit once SEARCH_INDEX_BATCH_ROWS messages wait, before every search, when the
 * store closes, and when it opens (what a crash left unindexed). How far indexing got (a batch id)
 * is stored with the index, in the same transaction, so a rolled-back commit leaves nothing skipped.
 * Ids come from a counter that never goes back, so a batch stored after others were deleted is never
 * taken for an indexed one; messages deleted before indexing are not indexed, since the bulk insert
 * reads the batch rows as they are then.
 */
export class SearchIndexWriter {
  private readonly readIndexedUpTo;
  private readonly flushRange;
  private readonly deleteOne;
  /** The next batch id to hand out. */
  private nextId: number;
  /** Messages stored since the last flush (an estimate: a rolled-back commit's count too). */
  private waiting = 0;

  constructor(db: Db) {
    this.readIndexedUpTo = db.prepare("SELECT indexed_up_to FROM message_search_state").pluck();
    const indexText = db.prepare(
      `INSERT INTO message_search (rowid, text)
         SELECT b.id * ${MESSAGES_PER_BATCH_ROW} + (json_extract(j.value, '$[0]') - b.base_seq),
           json_extract(j.value, '$[4]') || ' ' || COALESCE(json_extract(json_extract(j.value, '$[8]'), '$.name'), '')
         FROM message_batches b, json_each(b.messages) j
         WHERE b.id > ? AND b.id < ? ORDER BY b.id, j.key`,
    );
    const setIndexedUpTo = db.prepare("UPDATE message_search_state SET indexed_up_to = ?");
    this.flushRange = db.transaction((from: number, to: number) => {
      indexText.run(from, to);
      setIndexedUpTo.run(to - 1);
    });
    this.deleteOne = db.prepare("DELETE FROM message_search WHERE rowid = ?");
    const newest = db.prepare("SELECT COALESCE(MAX(id), 0) FROM message_batches").pluck().get() as number;
    this.nextId = Math.max(newest, this.indexedUpTo()) + 1;
    this.flush();
  }

  private indexedUpTo(): number {
    return this.readIndexedUpTo.get() as number;
  }

  /** The id of a new batch row of `messages` messages; call inside the transaction that inserts it. */
  newBatch(messages: number): number {
    this.waiting += messages;
    return this.nextId++;
  }

  /** Takes one message cut from batch `id` (stored from `baseSeq`) out of the index. */
  remove(id: number, baseSeq: number, seq: number): void {
    this.deleteOne.run(id * MESSAGES_PER_BATCH_ROW + (seq - baseSeq));
  }

  /** Indexes what waits once SEARCH_INDEX_BATCH_ROWS do; call inside the commit's transaction. */
  flushIfFull(): void {
    if (this.waiting >= SEARCH_INDEX_BATCH_ROWS) this.flush();
  }

  /** Indexes every batch stored and not yet indexed (inside the open transaction, if any). */
  flush(): void {
    const from = this.indexedUpTo();
    if (from + 1 < this.nextId) this.flushRange(from, this.nextId);
    this.waiting = 0;
  }
}

/**
 * Readable: one of the searcher's rooms, or a direct conversation ("@a b", parties sorted: see
 * directConversation) with the searcher's party on either side. substr comparisons, not LIKE or GLOB:
 * nicks may hold [ ] _ .
 */
const READABLE_SQL = `(
  b.conversation IN (SELECT value FROM json_each(@rooms))
  OR (substr(b.conversation, 1, 1) = '@' AND (
    substr(b.conversation, 1, length(@party) + 2) = '@' || @party || ' '
    OR substr(b.conversation, -length(@party) - 1) = ' ' || @party)))`;

/** The embedded engine: FTS5 in the server's SQLite database. */
export class SqliteSearchIndex implements SearchIndex {
  private readonly select;

  constructor(
    db: Db,
    /** Flushed before each search, so a search sees every stored message. */
    private readonly writer: SearchIndexWriter,
  ) {
    this.select = db.prepare(
      `SELECT s.rowid AS search_id, b.base_seq, b.messages FROM message_search s
         JOIN message_batches b ON b.id = s.rowid / ${MESSAGES_PER_BATCH_ROW}
       WHERE message_search MATCH @match AND s.rowid < @cursor
         AND (@only IS NULL OR b.conversation = @only) AND ${READABLE_SQL}
       ORDER BY s.rowid DESC LIMIT @limit`,
    );
  }

  async search(query: SearchQuery): Promise<SearchPage> {
    this.writer.flush();
    const hits = this.select.all({
      match: matchExpression(query.terms),
      cursor: query.cursor > 0 ? query.cursor : Number.MAX_SAFE_INTEGER,
      only: query.only,
      rooms: JSON.stringify(query.rooms),
      party: query.party,
      limit: query.limit + 1,
    }) as { search_id: number; base_seq: number; messages: string }[];
    // Each hit's batch unpacked once however many of its messages match.
    const unpacked = new Map<number, PackedMessage[]>();
    const rows: (MessageRow & { search_id: number })[] = [];
    for (const hit of hits) {
      const batch = Math.floor(hit.search_id / MESSAGES_PER_BATCH_ROW);
      let messages = unpacked.get(batch);
      if (!messages) {
        messages = unpack(hit);
        unpacked.set(batch, messages);
      }
      const p = findPacked(messages, hit.base_seq + (hit.search_id % MESSAGES_PER_BATCH_ROW));
      if (p) rows.push({ ...toRow(p), search_id: hit.search_id });
    }
    return searchPage(rows, query.limit);
  }
}
