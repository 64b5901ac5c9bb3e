// Collapses one recipient's waiting presence events before they are written, so a burst of joins,
// leaves and nick changes costs what it changes rather than what it took: a join and the leave (or
// quit) after it cancel, a chain of nick changes a→b→c is one a→c, and a join followed by nick changes
// is one join of the final nick. Pure: the events in, what to write out; everything else keeps its order.
import { type Presence, PresenceKind } from "@parley/protocol";

/** One waiting presence frame of one recipient. */
export interface QueuedPresence {
  /** The encoded frame, shared by every recipient of the event. */
  readonly frame: Uint8Array;
  /** What the frame says; undefined when it is not known here (relayed from another node): it passes as is. */
  readonly presence: Presence | undefined;
  /**
   * For a JOIN: the recipient shared no room with the subject before this join, so everything it
   * knows of the subject comes after it, and a later nick change can be folded into the join.
   */
  readonly firstSight: boolean;
}

/** What to write, in order: an event's own frame, or an event the collapsing changed (to be encoded). */
export type CollapsedPresence = { readonly frame: Uint8Array } | { readonly rewritten: Presence };

/** A place in the output: the event there, changed or not; undefined once it cancelled out. */
interface Slot {
  readonly item: QueuedPresence;
  presence: Presence;
  changed: boolean;
}

/** What the events so far say about one subject (a session id), for this recipient. */
interface Subject {
  /** The subject's first event here was a first-sight JOIN: the recipient knows it only from these events. */
  readonly fresh: boolean;
  /** Slot of each JOIN still standing, by room. */
  readonly joins: Map<string, number>;
  /** Slots of the subject still standing, ascending. */
  readonly live: Set<number>;
  /** Slot of the NICK standing for the subject's renames so far, if any. */
  nickAt: number | undefined;
}

const { PRESENCE_KIND_JOIN: JOIN, PRESENCE_KIND_LEAVE: LEAVE, PRESENCE_KIND_QUIT: QUIT } = PresenceKind;
const { PRESENCE_KIND_NICK: NICK } = PresenceKind;

/**
 * The events to write for `queue` (in arrival order), with these rules per subject:
 * - a JOIN of a room, then a LEAVE of that room: both go (what happened between them stays);
 * - a QUIT: the subject's JOINs before it go; if the recipient knew the subject only from them (the
 *   first was a first-sight JOIN), the QUIT and everything else of the subject go too;
 * - a NICK: for a subject known only from this batch, it is folded into the subject's events still
 *   standing (a JOIN of the final nick) and goes; otherwise it joins the NICK standing before it
 *   (a→b then b→c is a→c, at the first one's place, with the events between renamed to c), and a
 *   chain that ends where it began (a→b→a) goes altogether;
 * - a KICK, or any other kind (AWAY, BACK), stays and starts the subject afresh: nothing before it
 *   merges with anything after it.
 * Events of other subjects, and frames whose content is unknown, keep their place and order.
 */
export function collapsePresence(queue: readonly QueuedPresence[]): CollapsedPresence[] {
  // Joins alone (a login storm) leave nothing to collapse: no bookkeeping for them.
  if (queue.every(onlyPasses)) return queue.map(({ frame }) => ({ frame }));
  const slots: (Slot | undefined)[] = [];
  const subjects = new Map<number, Subject>();
  const drop = (subject: Subject, at: number) => {
    slots[at] = undefined;
    subject.live.delete(at);
    if (subject.nickAt === at) subject.nickAt = undefined;
    for (const [room, joinAt] of subject.joins) if (joinAt === at) subject.joins.delete(room);
  };
  const rename = (subject: Subject, after: number, nick: string) => {
    for (const at of subject.live) {
      const slot = slots[at];
      if (at <= after || !slot || slot.presence.nick === nick) continue;
      slot.presence = { ...slot.presence, nick };
      slot.changed = true;
    }
  };
  const keep = (item: QueuedPresence, presence: Presence, subject?: Subject) => {
    slots.push({ item, presence, changed: false });
    subject?.live.add(slots.length - 1);
    return slots.length - 1;
  };

  for (const item of queue) {
    const presence = item.presence;
    if (!presence) {
      slots.push({ item, presence: {}, changed: false });
      continue;
    }
    const id = Number(presence.sessionId ?? 0);
    let subject = subjects.get(id);
    if (!subject) {
      subject = newSubject(presence.kind === JOIN && item.firstSight);
      subjects.set(id, subject);
    }
    switch (presence.kind) {
      case JOIN:
        subject.joins.set(presence.room ?? "", keep(item, presence, subject));
        break;
      case LEAVE: {
        const joinAt = subject.joins.get(presence.room ?? "");
        if (joinAt === undefined) keep(item, presence, subject);
        else drop(subject, joinAt);
        break;
      }
      case QUIT:
        if (subject.fresh) {
          for (const at of [...subject.live]) drop(subject, at);
        } else {
          for (const at of [...subject.joins.values()]) drop(subject, at);
          keep(item, presence, subject);
        }
        break;
      case NICK: {
        const nick = presence.nick ?? "";
        if (subject.fresh) {
          rename(subject, -1, nick);
          break;
        }
        const mergedAt = subject.nickAt;
        const merged = mergedAt === undefined ? undefined : slots[mergedAt];
        if (mergedAt === undefined || !merged) {
          subject.nickAt = keep(item, presence, subject);
          break;
        }
        merged.presence = { ...merged.presence, nick, atMs: presence.atMs };
        merged.changed = true;
        rename(subject, mergedAt, nick);
        if (merged.presence.oldNick === nick) drop(subject, mergedAt);
        break;
      }
      default:
        keep(item, presence);
        subjects.set(id, newSubject(false));
    }
  }

  const out: CollapsedPresence[] = [];
  for (const slot of slots) {
    if (!slot) continue;
    out.push(slot.changed ? { rewritten: slot.presence } : { frame: slot.item.frame });
  }
  return out;
}

/** A JOIN, or a frame whose content is unknown here: nothing before it changes it, alone it stays. */
function onlyPasses({ presence }: QueuedPresence): boolean {
  return presence === undefined || presence.kind === JOIN;
}

function newSubject(fresh: boolean): Subject {
  return { fresh, joins: new Map(), live: new Set(), nickAt: undefined };
}
