// The most recently closed sessions and why they closed, kept in memory for operators.
import type { ClosedSession, SessionInfo } from "@parley/protocol";

/** A closed session and its position in the order sessions closed (1, 2, ...; a paging cursor). */
export interface NumberedClosed {
  position: number;
  closed: ClosedSession;
}

export class ClosedSessions {
  private readonly entries: NumberedClosed[] = [];
  private nextPosition = 1;

  constructor(
    /** How many closed sessions are remembered; the oldest is dropped first. */
    readonly capacity = 500,
  ) {}

  add(session: SessionInfo, closedAtMs: number, reason: string): void {
    this.entries.push({ position: this.nextPosition++, closed: { session, closedAtMs, reason } });
    if (this.entries.length > this.capacity) this.entries.shift();
  }

  /** Newest first, at most `limit` (0: all kept). */
  list(limit = 0): ClosedSession[] {
    const newest = [...this.newestBefore(undefined)].map((e) => e.closed);
    return limit > 0 ? newest.slice(0, limit) : newest;
  }

  /** Newest first, from the one closed just before `position` (undefined: from the newest). */
  *newestBefore(position: number | undefined): Generator<NumberedClosed> {
    for (let i = this.entries.length - 1; i >= 0; i--) {
      const entry = this.entries[i]!;
      if (position === undefined || entry.position < position) yield entry;
    }
  }
}
