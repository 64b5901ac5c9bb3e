// The most recently closed sessions and why they closed, kept in memory for operators.
import type { ClosedSession, SessionInfo } from "@parley/protocol";

export class ClosedSessions {
  private readonly entries: ClosedSession[] = [];

  constructor(
    /** How many closed sessions are remembered; the oldest is dropped first. */
    readonly capacity = 500,
  ) {}

  add(session: SessionInfo, closedAtMs: number, reason: string): void {
    this.entries.push({ session, closedAtMs, reason });
    if (this.entries.length > this.capacity) this.entries.shift();
  }

  /** Newest first, at most `limit` (0: all kept). */
  list(limit = 0): ClosedSession[] {
    const newest = this.entries.slice().reverse();
    return limit > 0 ? newest.slice(0, limit) : newest;
  }
}
