// Presence frames (joins, leaves, quits, nick changes) may wait a few milliseconds so that a burst of
// them reaches each member in one write instead of one write per event: a login storm into a room of
// a hundred otherwise costs a hundred writes per login. Any other frame to a session flushes its
// waiting presence first, so the order each session sees is unchanged.
import type { Clock, Timer } from "../clock.js";

/** A recipient holding presence frames it has not written yet. */
export interface PresenceHolder {
  /** Writes the waiting presence frames now, in one write. */
  flushPresence(): void;
}

export class PresenceBatch {
  private readonly waiting = new Set<PresenceHolder>();
  private timer: Timer | undefined;

  constructor(
    /** Longest a presence frame waits, in ms; 0 writes at once. */
    readonly flushMs: number,
    private readonly clock: Clock,
  ) {}

  /** Notes that `holder` has waiting presence frames; they are written within `flushMs`. */
  add(holder: PresenceHolder): void {
    this.waiting.add(holder);
    this.timer ??= this.clock.setTimeout(this.flushAll, this.flushMs);
  }

  /** Forgets a holder that flushed or closed on its own. */
  delete(holder: PresenceHolder): void {
    this.waiting.delete(holder);
  }

  readonly flushAll = (): void => {
    this.timer = undefined;
    for (const holder of this.waiting) holder.flushPresence();
    this.waiting.clear();
  };
}
