// Full-text search in PostgreSQL: each message's words (search-terms.ts indexWords) stored as a
// tsvector beside it in the same insert, a GIN index over them, and prefix queries built from the terms.
import type { MessageRow } from "../rows.js";
import { type SearchIndex, type SearchPage, type SearchQuery, searchPage } from "../search.js";
import { foldDiacritics } from "../search-terms.js";
import { directWithParty, MESSAGE_COLUMNS, type Queries } from "./queries.js";

/**
 * The tsquery for `terms`: every word must occur, each as a whole word or the start of one ("deplo"
 * finds "deploy"), accents folded as the stored words are. Each is quoted as a tsquery lexeme, so it
 * is never read as syntax.
 */
export function tsQuery(terms: readonly string[]): string {
  return terms
    .map((term) => `'${foldDiacritics(term).replace(/\\/g, "\\\\").replace(/'/g, "''")}':*`)
    .join(" & ");
}

/**
 * Readable, as in the SQLite index: one of the searcher's rooms ($3), or a direct conversation with
 * the searcher's party ($4) on either side.
 */
const SEARCH_SQL = `
  SELECT ${MESSAGE_COLUMNS}, search_id FROM messages
  WHERE words @@ $1::tsquery AND search_id < $2
    AND (conversation = ANY($3::text[]) OR ${directWithParty("conversation", "$4")})
    AND ($5::text IS NULL OR conversation = $5)
  ORDER BY search_id DESC LIMIT $6`;

/** The shared engine: a GIN index in the servers' PostgreSQL database. */
export class PostgresSearchIndex implements SearchIndex {
  constructor(private readonly db: Queries) {}

  async search(query: SearchQuery): Promise<SearchPage> {
    const rows = await this.db.rows<MessageRow & { search_id: string }>(SEARCH_SQL, [
      tsQuery(query.terms),
      query.cursor > 0 ? query.cursor : Number.MAX_SAFE_INTEGER,
      query.rooms,
      query.party,
      query.only,
      query.limit + 1,
    ]);
    return searchPage(rows, query.limit);
  }
}
