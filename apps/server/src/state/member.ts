// What shared state knows of a connection: someone frames can be written to, and a member of rooms.
// Rooms and the registry hold members through these interfaces and never see a socket; `Session`
// implements them, and a backplane's stand-in for a session on another node could too.

/** Someone encoded frames can be written to. */
export interface Recipient {
  /**
   * Writes encoded bytes (one frame, or several joined); the same bytes may go to many recipients.
   * Returns false when nothing was written because the recipient is closing.
   */
  sendFrame(frame: Uint8Array): boolean;
  /**
   * Writes a presence frame, possibly batched (and collapsed) with other presence for a few ms (see
   * PresenceBatch). `firstSight`: a JOIN whose subject shared no room with this recipient before.
   */
  sendPresence(frame: Uint8Array, firstSight?: boolean): void;
}

/** A session as rooms and the registry know it. */
export interface Member extends Recipient {
  /** Session id, never reused within a run. */
  readonly id: number;
  /** Nick as chosen (empty before login). */
  readonly nick: string;
  /** Case-folded nick: the registry key (empty before login). */
  readonly foldedNick: string;
  /** Case-folded name of the account the member is logged in to; empty for a guest. */
  readonly account: string;
  /** Chat messages delivered to this member; rooms count their fan-out here. */
  messagesOut: number;
}
