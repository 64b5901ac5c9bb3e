// Full-text search of stored history: the seam the SearchHistory handler calls, whatever engine
// answers (sqlite/search.ts: FTS5). Who may read what is decided by the caller and passed in.
import type { ChatMessage } from "@parley/protocol";
import { type MessageRow, toMessage } from "./rows.js";

/** What one search asks for; who may read what is decided by the caller and passed in. */
export interface SearchQuery {
  /** Words that must all occur (searchTerms); never empty. */
  terms: readonly string[];
  /** Rooms the searcher may read (the rooms it is in). */
  rooms: readonly string[];
  /** The searcher's party (Session.party): the direct conversations it is a party to are readable. */
  party: string;
  /** Only this conversation (a room name, or a direct conversation's key); null for all readable. */
  only: string | null;
  /** Most matches returned. */
  limit: number;
  /** 0 for the newest page; else the cursor of the last match of the page before. */
  cursor: number;
}

/** One matching message and the cursor that continues after it. */
export interface SearchMatch {
  message: ChatMessage;
  /** Pass as SearchQuery.cursor to get the matches older than this one. */
  cursor: number;
}

export interface SearchPage {
  /** Matches, newest first. */
  matches: SearchMatch[];
  /** More (older) matches exist past the last one. */
  more: boolean;
}

/**
 * The search seam: the handler asks, an engine answers. Async, so an engine over the network
 * (PostgreSQL) fits behind it as well as the embedded one.
 */
export interface SearchIndex {
  search(query: SearchQuery): Promise<SearchPage>;
}

/**
 * A page from rows an engine read newest first, asking for one more than `limit` to learn whether
 * more exist; `search_id` is the row's cursor.
 */
export function searchPage(rows: (MessageRow & { search_id: number | string })[], limit: number): SearchPage {
  const more = rows.length > limit;
  return {
    matches: rows.slice(0, limit).map((row) => ({ message: toMessage(row), cursor: Number(row.search_id) })),
    more,
  };
}
