// Remembers recent client message ids per conversation and sender, so a message resent after a
// reconnect (same client_msg_id) is acknowledged with the stored copy instead of being stored twice.

export class Dedup {
  private readonly seen = new Map<string, number>();

  constructor(
    /** Ids remembered; the oldest is forgotten first. */
    readonly capacity: number,
  ) {}

  /** The key of one sender's message id in one conversation; build it once per message. */
  static key(conversation: string, foldedNick: string, clientMsgId: string): string {
    return `${conversation}\u0000${foldedNick}\u0000${clientMsgId}`;
  }

  /** The seq stored under this key, if it was seen recently. */
  find(key: string): number | undefined {
    return this.seen.get(key);
  }

  remember(key: string, seq: number): void {
    this.seen.set(key, seq);
    if (this.seen.size > this.capacity) {
      const oldest = this.seen.keys().next().value;
      if (oldest !== undefined) this.seen.delete(oldest);
    }
  }
}
