// Client ids of stored messages, held in memory: a 32-bit hash of (conversation, sender, client id)
// and the message's seq in an open-addressing table of typed arrays. Pure: the store verifies a match.

/** Slots filled at most, as a share of the table, before it doubles: linear probing stays short. */
const MAX_LOAD = 0.7;

/** Smallest table, in slots (a power of two). */
const MIN_SLOTS = 1024;

/**
 * FNV-1a over `conversation \0 sender \0 clientMsgId` (UTF-16 units), never 0 (0 marks an empty
 * slot). Equal keys hash alike; different keys may too, which is why a match is only a candidate.
 */
export function clientIdHash(conversation: string, sender: string, clientMsgId: string): number {
  let h = 0x811c9dc5;
  h = mix(h, conversation);
  h = Math.imul(h, 0x01000193) >>> 0;
  h = mix(h, sender);
  h = Math.imul(h, 0x01000193) >>> 0;
  h = mix(h, clientMsgId);
  return h === 0 ? 1 : h;
}

function mix(hash: number, text: string): number {
  let h = hash;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/**
 * A multiset of (hash, seq) pairs: every stored message's key hash with its seq. 12 bytes a slot,
 * at most 70 % full, so about 17–34 bytes per message. Several messages may share a hash; `find`
 * offers each of their seqs until the caller accepts one (having read the message and compared its
 * key), so a hash collision costs a read, never a wrong answer.
 */
export class ClientIdTable {
  private hashes: Uint32Array;
  private seqs: Float64Array;
  private mask: number;
  private used = 0;

  constructor(expected = 0) {
    let slots = MIN_SLOTS;
    while (slots * MAX_LOAD < expected) slots *= 2;
    this.hashes = new Uint32Array(slots);
    this.seqs = new Float64Array(slots);
    this.mask = slots - 1;
  }

  /** Pairs held. */
  get size(): number {
    return this.used;
  }

  /** Adds a stored message's pair. */
  add(hash: number, seq: number): void {
    if (this.used + 1 > (this.mask + 1) * MAX_LOAD) this.grow();
    let i = hash & this.mask;
    while (this.hashes[i] !== 0) i = (i + 1) & this.mask;
    this.hashes[i] = hash;
    this.seqs[i] = seq;
    this.used++;
  }

  /** The first seq under `hash` that `accept` takes, or 0 if it takes none. */
  find(hash: number, accept: (seq: number) => boolean): number {
    for (let i = hash & this.mask; this.hashes[i] !== 0; i = (i + 1) & this.mask)
      if (this.hashes[i] === hash && accept(this.seqs[i]!)) return this.seqs[i]!;
    return 0;
  }

  /** Removes one (hash, seq) pair (a deleted message); nothing if it is not held. */
  remove(hash: number, seq: number): void {
    let i = hash & this.mask;
    while (this.hashes[i] !== 0 && !(this.hashes[i] === hash && this.seqs[i] === seq))
      i = (i + 1) & this.mask;
    if (this.hashes[i] === 0) return;
    // Backward-shift deletion: later pairs of the run move into the gap when their home slot allows,
    // so no tombstones build up and every probe still reaches its pair.
    let gap = i;
    for (let j = (i + 1) & this.mask; this.hashes[j] !== 0; j = (j + 1) & this.mask) {
      const home = this.hashes[j]! & this.mask;
      // The pair at j may move to the gap if its home is not inside (gap, j] (cyclically).
      const homeAfterGap = gap <= j ? home > gap && home <= j : home > gap || home <= j;
      if (homeAfterGap) continue;
      this.hashes[gap] = this.hashes[j]!;
      this.seqs[gap] = this.seqs[j]!;
      gap = j;
    }
    this.hashes[gap] = 0;
    this.seqs[gap] = 0;
    this.used--;
  }

  /** Doubles the table, placing each pair again by its hash. */
  private grow(): void {
    const { hashes, seqs } = this;
    const slots = (this.mask + 1) * 2;
    this.hashes = new Uint32Array(slots);
    this.seqs = new Float64Array(slots);
    this.mask = slots - 1;
    this.used = 0;
    for (let i = 0; i < hashes.length; i++) if (hashes[i] !== 0) this.add(hashes[i]!, seqs[i]!);
  }
}
