// The words a message is found by: split as queries are, accents folded, each once, none too long to index.
import { describe, expect, it } from "vitest";
import { foldDiacritics, indexWords, MAX_INDEXED_WORD_BYTES } from "./search-terms.js";

describe("index words", () => {
  it("splits text as queries are split, folds case and accents, and keeps each word once", () => {
    expect(indexWords("Café au lait, CAFE crème! 部署 v2.0")).toEqual([
      "cafe",
      "au",
      "lait",
      "creme",
      "部署",
      "v2",
      "0",
    ]);
    expect(indexWords("")).toEqual([]);
    expect(foldDiacritics("Ångström naïve İ")).toBe("Angstrom naive I");
    // As SQLite folds: the accents of Latin letters only.
    expect(foldDiacritics("Ελλάδα")).toBe("Ελλάδα");
  });

  it("leaves out a word too long for an index to hold", () => {
    const long = "a".repeat(MAX_INDEXED_WORD_BYTES + 1);
    expect(indexWords(`short ${long}`)).toEqual(["short"]);
  });
});
