// A search query as people type it → the words searched for. Pure: there is no search syntax, so no
// operator a person types (quotes, OR, NEAR, *, column filters) reaches an engine.

/** Words as the index splits text: runs of letters, digits and combining marks. */
const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/** The distinct words of `query`, lower-cased, in the order typed. */
export function searchTerms(query: string): string[] {
  return [...new Set((query.normalize("NFC").match(WORD) ?? []).map((w) => w.toLowerCase()))];
}
