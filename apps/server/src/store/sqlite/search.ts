// Full-text search in SQLite: an FTS5 index kept in step with the messages table: the message log
// gives each message its search id as it stores it and SearchIndexWriter indexes the text in bulk,
// always before a search reads; a trigger follows every retention prune and size trim.
import type { MessageRow } from "../rows.js";
import { type SearchIndex, type SearchPage, type SearchQuery, searchPage } from "../search.js";
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
 * Messages stored but not yet indexed, at most: the next commit indexes them all in its transaction.
 * FTS5 writes a new index segment per transaction that changes it, which cost a quiet server (one
 * message per commit) about 45 µs of CPU per message; indexing every 64th commit spreads that.
 */
export const SEARCH_INDEX_BATCH_ROWS = 64;

/**
 * Keeps the search index in step with the messages table. Each stored message gets its search id in
 * the transaction that stores it (record); its text goes into the FTS5 index in bulk (flush): in a
 * commit once SEARCH_INDEX_BATCH_ROWS wait, before every search, when the store closes, and when it
 * opens (what a crash left unindexed). How far indexing got is stored with the index, in the same
 * transaction, so a rolled-back commit leaves nothing skipped. Ids come from a counter that never
 * goes back, so a message stored after others were deleted is never taken for an indexed one; rows
 * deleted before indexing are not indexed, since the bulk insert reads the ids table, which the delete
 * trigger keeps.
 */
export class SearchIndexWriter {
  private readonly insertId;
  private readonly readIndexedUpTo;
  private readonly flushRange;
  /** The next search id to hand out. */
  private nextId: number;
  /** Ids recorded since the last flush (an estimate: a rolled-back commit's count too). */
  private waiting = 0;

  constructor(db: Db) {
    this.insertId = db.prepare("INSERT INTO message_search_ids (id, conversation, seq) VALUES (?, ?, ?)");
    this.readIndexedUpTo = db.prepare("SELECT indexed_up_to FROM message_search_state").pluck();
    const indexText = db.prepare(
      `INSERT INTO message_search (rowid, text)
         SELECT i.id, m.text || ' ' || COALESCE(json_extract(m.file, '$.name'), '')
         FROM message_search_ids i JOIN messages m ON m.conversation = i.conversation AND m.seq = i.seq
         WHERE i.id > ? AND i.id < ? ORDER BY i.id`,
    );
    const setIndexedUpTo = db.prepare("UPDATE message_search_state SET indexed_up_to = ?");
    this.flushRange = db.transaction((from: number, to: number) => {
      indexText.run(from, to);
      setIndexedUpTo.run(to - 1);
    });
    const newest = db.prepare("SELECT COALESCE(MAX(id), 0) FROM message_search_ids").pluck().get() as number;
    this.nextId = Math.max(newest, this.indexedUpTo()) + 1;
    this.flush();
  }

  private indexedUpTo(): number {
    return this.readIndexedUpTo.get() as number;
  }

  /** Gives a stored message its search id; call inside the transaction that inserts it. */
  record(conversation: string, seq: number): void {
    this.insertId.run(this.nextId++, conversation, seq);
    this.waiting++;
  }

  /** Indexes what waits once SEARCH_INDEX_BATCH_ROWS do; call inside the commit's transaction. */
  flushIfFull(): void {
    if (this.waiting >= SEARCH_INDEX_BATCH_ROWS) this.flush();
  }

  /** Indexes every message recorded and not yet indexed (inside the open transaction, if any). */
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
  i.conversation IN (SELECT value FROM json_each(@rooms))
  OR (substr(i.conversation, 1, 1) = '@' AND (
    substr(i.conversation, 1, length(@party) + 2) = '@' || @party || ' '
    OR substr(i.conversation, -length(@party) - 1) = ' ' || @party)))`;

/** The embedded engine: FTS5 in the server's SQLite database. */
export class SqliteSearchIndex implements SearchIndex {
  private readonly select;

  constructor(
    db: Db,
    /** Flushed before each search, so a search sees every stored message. */
    private readonly writer: SearchIndexWriter,
  ) {
    this.select = db.prepare(
      `SELECT m.*, i.id AS search_id FROM message_search s
         JOIN message_search_ids i ON i.id = s.rowid
         JOIN messages m ON m.conversation = i.conversation AND m.seq = i.seq
       WHERE message_search MATCH @match AND s.rowid < @cursor
         AND (@only IS NULL OR i.conversation = @only) AND ${READABLE_SQL}
       ORDER BY s.rowid DESC LIMIT @limit`,
    );
  }

  async search(query: SearchQuery): Promise<SearchPage> {
    this.writer.flush();
    const rows = this.select.all({
      match: matchExpression(query.terms),
      cursor: query.cursor > 0 ? query.cursor : Number.MAX_SAFE_INTEGER,
      only: query.only,
      rooms: JSON.stringify(query.rooms),
      party: query.party,
      limit: query.limit + 1,
    }) as (MessageRow & { search_id: number })[];
    return searchPage(rows, query.limit);
  }
}
