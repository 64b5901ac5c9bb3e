// A search query as people type it → the words searched for, and a message → the words it is found
// by. Pure: there is no search syntax, so no operator a person types (quotes, OR, NEAR, *, column
// filters) reaches an engine.

/** Words as the index splits text: runs of letters, digits and combining marks. */
const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/** The distinct words of `query`, lower-cased, in the order typed. */
export function searchTerms(query: string): string[] {
  return [...new Set((query.normalize("NFC").match(WORD) ?? []).map((w) => w.toLowerCase()))];
}

/**
 * Accents on Latin letters, as SQLite's `remove_diacritics 2` folds them: in the decomposed form,
 * the combining marks that follow a Latin letter. Other scripts keep theirs (Greek "ά" stays).
 */
const LATIN_DIACRITICS = /(\p{Script=Latin})[\u0300-\u036f]+/gu;

/** `word` without the accents of its Latin letters ("café" → "cafe"), so either spelling finds the other. */
export function foldDiacritics(word: string): string {
  return word.normalize("NFD").replace(LATIN_DIACRITICS, "$1").normalize("NFC");
}

/**
 * Longest word indexed, in UTF-8 bytes: PostgreSQL refuses a longer lexeme (2 KiB), and no one
 * searches for a word that long.
 */
export const MAX_INDEXED_WORD_BYTES = 2046;

/**
 * The words a message is found by, for an engine that is handed words rather than text (postgres/
 * search.ts): split as searchTerms splits a query, accents folded, each once.
 */
export function indexWords(text: string): string[] {
  const words = searchTerms(text).map(foldDiacritics);
  return [...new Set(words)].filter((word) => Buffer.byteLength(word) <= MAX_INDEXED_WORD_BYTES);
}
