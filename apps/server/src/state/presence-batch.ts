// Presence frames (joins, leaves, quits, nick changes) may wait a few milliseconds so that a burst of
// them reaches each member in one write instead of one write per event: a login storm into a room of
// a hundred otherwise costs a hundred writes per login. What waits is collapsed first (a join and its
// leave cancel, nick chains shorten), so a flapping member costs its room next to nothing. Any other
// frame to a session flushes its waiting presence first, so the order each session sees is unchanged.
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
  /**
   * Events the collapsing rewrote, encoded once per batch window for every recipient that gets the same
   * rewrite (the members of a room see the same burst), keyed by what they say.
   */
  private rewrites = new Map<string, Uint8Array>();

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
