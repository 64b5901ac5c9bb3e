// Full-text search in SQLite: an FTS5 index kept in step with the messages table in the same
// transaction that changes them: the message log indexes what it inserts (SearchIndexWriter), and a
// trigger follows every retention prune and size trim.
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
 * Replaces the insert trigger of SEARCH_SCHEMA (a later migration drops it): statements run from the
 * message log's transaction cost about a third less per message than the same work done by a trigger.
 */
export const SEARCH_INSERT_BY_LOG = "DROP TRIGGER message_search_insert;";

/**
 * Adds stored messages to the index; called inside the transaction that inserts them, so a rolled
 * back batch leaves no index entry behind. Indexes the text and a file announcement's file name,
 * as SEARCH_SCHEMA's trigger did.
 */
export class SearchIndexWriter {
  private readonly insertId;
  private readonly insertText;

  constructor(db: Db) {
    this.insertId = db.prepare("INSERT INTO message_search_ids (conversation, seq) VALUES (?, ?)");
    this.insertText = db.prepare("INSERT INTO message_search (rowid, text) VALUES (?, ?)");
  }

  add(conversation: string, seq: number, text: string, fileName: string): void {
    const id = this.insertId.run(conversation, seq).lastInsertRowid;
    this.insertText.run(id, `${text} ${fileName}`);
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

  constructor(db: Db) {
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
