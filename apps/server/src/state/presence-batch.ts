// Presence frames (joins, leaves, quits, nick changes) may wait a few milliseconds so that a burst of
// them reaches each member in one write instead of one write per event: a login storm into a room of
// a hundred otherwise costs a hundred writes per login. What waits is collapsed first (a join and its
// leave cancel, nick chains shorten), so a flapping member costs its room next to nothing. Any other
// frame to a session flushes its waiting presence first, so the order each session sees is unchanged.
// While presence keeps coming (a login storm), each window is twice the one before, up to a ceiling.
import { encodeFrame, type Presence } from "@parley/protocol";
import type { Clock, Timer } from "../clock.js";
import { collapsePresence, type QueuedPresence } from "./presence-collapse.js";
import { presenceOf } from "./presence-frame.js";

/** A recipient holding presence frames it has not written yet. */
export interface PresenceHolder {
  /** Writes the waiting presence frames now, in one write. */
  flushPresence(): void;
}

/** A presence frame waiting for one recipient (see Member.sendPresence). */
export interface WaitingPresence {
  readonly frame: Uint8Array;
  readonly firstSight: boolean;
}

export class PresenceBatch {
  private readonly waiting = new Set<PresenceHolder>();
  private timer: Timer | undefined;
  /** Longest a window grows to, in ms (never below `flushMs`). */
  private readonly maxFlushMs: number;
  /** The length of the window open now, or of the last one. */
  private windowMs: number;
  /** When the last window was flushed (-Infinity: never). */
  private flushedAtMs = Number.NEGATIVE_INFINITY;
  /**
   * Events the collapsing rewrote, encoded once per batch window for every recipient that gets the same
   * rewrite (the members of a room see the same burst), keyed by what they say.
   */
  private rewrites = new Map<string, Uint8Array>();

  constructor(
    /** Longest a presence frame waits when presence is occasional, in ms; 0 writes at once. */
    readonly flushMs: number,
    private readonly clock: Clock,
    /**
     * Longest a presence frame waits while presence keeps coming, in ms. Each member of a filling room
     * gets one write per window, so doubling the window halves those writes in a login storm.
     */
    maxFlushMs = flushMs,
  ) {
    this.maxFlushMs = Math.max(flushMs, maxFlushMs);
    this.windowMs = flushMs;
  }

  /**
   * Notes that `holder` has waiting presence frames; they are written when the window ends. A window
   * opened within one window's length of the last flush is twice as long as that one (up to
   * `maxFlushMs`): presence is still coming. After a quiet spell it is `flushMs` again.
   */
  add(holder: PresenceHolder): void {
    this.waiting.add(holder);
    if (this.timer) return;
    const still = this.clock.now() - this.flushedAtMs < this.windowMs;
    this.windowMs = still ? Math.min(this.windowMs * 2, this.maxFlushMs) : this.flushMs;
    this.timer = this.clock.setTimeout(this.flushAll, this.windowMs);
  }

  /** The length of the window open now (or of the last one), in ms. */
  get currentWindowMs(): number {
    return this.windowMs;
  }

  /** Forgets a holder that flushed or closed on its own. */
  delete(holder: PresenceHolder): void {
    this.waiting.delete(holder);
  }

  readonly flushAll = (): void => {
    this.timer = undefined;
    this.flushedAtMs = this.clock.now();
    for (const holder of this.waiting) holder.flushPresence();
    this.waiting.clear();
    this.rewrites = new Map();
  };

  /** The frames to write for one recipient's waiting presence, collapsed (presence-collapse.ts). */
  collapse(waiting: readonly WaitingPresence[]): Uint8Array[] {
    const queue: QueuedPresence[] = waiting.map(({ frame, firstSight }) => ({
      frame,
      firstSight,
      presence: presenceOf(frame),
    }));
    return collapsePresence(queue).map((out) => ("frame" in out ? out.frame : this.encoded(out.rewritten)));
  }

  private encoded(presence: Presence): Uint8Array {
    const key = [
      presence.kind,
      presence.sessionId,
      presence.room,
      presence.nick,
      presence.oldNick,
      presence.atMs,
      presence.reason,
      presence.by,
    ].join("\u0000");
    let frame = this.rewrites.get(key);
    if (!frame) {
      frame = encodeFrame({ presence });
      this.rewrites.set(key, frame);
    }
    return frame;
  }
}
