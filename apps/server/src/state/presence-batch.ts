// Presence frames (joins, leaves, quits, nick changes) may wait a few milliseconds so that a burst of
// them reaches each member in one write instead of one write per event: a login storm into a room of
// a hundred otherwise costs a hundred writes per login. Any other frame to a session flushes its
// waiting presence first, so the order each session sees is unchanged.
import type { Session } from "../session.js";

export class PresenceBatch {
  private readonly waiting = new Set<Session>();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    /** Longest a presence frame waits, in ms; 0 writes at once. */
    readonly flushMs: number,
  ) {}

  /** Notes that `session` holds waiting presence frames; they are written within `flushMs`. */
  add(session: Session): void {
    this.waiting.add(session);
    if (!this.timer) {
      this.timer = setTimeout(this.flushAll, this.flushMs);
      this.timer.unref();
    }
  }

  /** Forgets a session that flushed or closed on its own. */
  delete(session: Session): void {
    this.waiting.delete(session);
  }

  readonly flushAll = (): void => {
    this.timer = undefined;
    for (const session of this.waiting) session.flushPresence();
    this.waiting.clear();
  };
}
