// Strings that many sessions carry alike (the client's name and version from Hello), kept once: ten
// thousand sessions of one client hold one copy of each rather than ten thousand.

/**
 * Distinct strings kept. Past it a new string is returned as it came (and held by its session
 * alone), so peers inventing names cannot grow the table.
 */
export const MAX_INTERNED_STRINGS = 256;

export class Interned {
  private readonly known = new Map<string, string>();

  constructor(private readonly max = MAX_INTERNED_STRINGS) {}

  /** The copy of `text` already kept, or `text` itself (kept too while there is room). */
  of(text: string): string {
    const known = this.known.get(text);
    if (known !== undefined) return known;
    if (this.known.size < this.max) this.known.set(text, text);
    return text;
  }

  get size(): number {
    return this.known.size;
  }
}
