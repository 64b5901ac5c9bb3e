// Per-room ordering of what a node delivers in a cluster: its own commits and other nodes' publications
// arrive in any order, yet local members must see each room's seqs strictly increasing with no gap.
// Items wait for their predecessors; a gap still open after a short grace is filled from the store.
// No I/O here: reading the store and writing to members go through the host.
import type { Clock, Timer } from "../clock.js";

/** One commit's messages of one room, from this node or another: seqs firstSeq..lastSeq. */
export interface SequencedItem {
  readonly firstSeq: number;
  readonly lastSeq: number;
  /**
   * Writes the item to local members. `covered` is true when a store fill already delivered its
   * messages: a remote item then does nothing, a local one still owes its senders their acknowledgements.
   */
  deliver(covered: boolean): void;
  /**
   * Local senders (and senders of copies) whose acknowledgements `deliver` writes: while the item is
   * held, whenAcknowledged keeps each of them waiting. A remote item owes nobody here.
   */
  readonly owedTo?: readonly object[];
}

/** A stored message as a fill reads it. */
export interface SeqMessage {
  readonly seq: number;
}

/** The sequencer's edges: the store to fill gaps from and the members to deliver fills to. */
export interface SequencerHost<Message extends SeqMessage> {
  /** Stored messages of `room` after `afterSeq`, ascending, at most `limit`. May reject (store down). */
  read(room: string, afterSeq: number, limit: number): Promise<Message[]>;
  /** Writes filled messages (ascending, gap-free, all after what was delivered) to local members. */
  deliverFilled(room: string, messages: Message[]): void;
  /** A fill failed; it is tried again after the grace. */
  fillFailed(room: string, error: unknown): void;
}

export interface SequencerOptions {
  /** How long a gap may stay open before the store is read, in ms: a late publication usually closes it. */
  gapGraceMs: number;
  /** Items held behind a gap; one more starts the fill at once. */
  maxHeldItems: number;
  /** Rows a fill reads per store request. */
  fillPageSize: number;
}

interface RoomOrder {
  /** The seq members get next: everything before it was delivered. */
  next: number;
  /** Items waiting for earlier seqs, by firstSeq. */
  held: Map<number, SequencedItem>;
  gapTimer: Timer | undefined;
  filling: boolean;
  /** Bumped by resync and catchUp, so a fill that finishes for an older generation is ignored. */
  generation: number;
  /**
   * No local member is left, but a held item still owes a sender its acknowledgement: the room is
   * ordered until that has gone out, then forgotten.
   */
  draining: boolean;
}

export class RoomSequencer<Message extends SeqMessage> {
  private readonly rooms = new Map<string, RoomOrder>();
  /** Held items that owe each sender an acknowledgement, and whoever waits for them to go out. */
  private readonly owed = new Map<object, { items: number; waiters: (() => void)[] }>();

  constructor(
    private readonly host: SequencerHost<Message>,
    private readonly clock: Clock,
    private readonly options: SequencerOptions,
  ) {}

  /** Rooms being ordered. */
  get size(): number {
    return this.rooms.size;
  }

  /**
   * Starts ordering `room`; members have everything up to `deliveredSeq` (already ordered, draining
   * included: it goes on from where it is).
   */
  track(room: string, deliveredSeq: number): void {
    const order = this.rooms.get(room);
    if (order) {
      order.draining = false;
      return;
    }
    this.rooms.set(room, {
      next: deliveredSeq + 1,
      held: new Map(),
      gapTimer: undefined,
      filling: false,
      generation: 0,
      draining: false,
    });
  }

  /**
   * `room` has no local member left. Held items owing a sender (who may have just left) its
   * acknowledgement keep the room ordered until they go out, in order and after whatever the sender
   * was told since; otherwise the room is forgotten, with what is held and any fill in flight.
   */
  untrack(room: string): void {
    const order = this.rooms.get(room);
    if (!order) return;
    order.draining = true;
    this.forgetDrained(room, order);
  }

  /** Forgets a draining room once no held item owes an acknowledgement. */
  private forgetDrained(room: string, order: RoomOrder): void {
    if (!order.draining) return;
    for (const item of order.held.values()) if (item.owedTo?.length) return;
    order.gapTimer?.cancel();
    this.rooms.delete(room);
    order.held.clear();
  }

  /**
   * Resolves once no held item owes `sender` an acknowledgement; undefined when none does now. A
   * closing session waits for it, so its last acknowledgements, held behind another node's seqs in
   * any room (one it left too), still reach it before the close.
   */
  whenAcknowledged(sender: object): Promise<void> | undefined {
    const owed = this.owed.get(sender);
    if (!owed) return undefined;
    return new Promise((resolve) => owed.waiters.push(resolve));
  }

  /** Counts a held item against its senders. */
  private hold(order: RoomOrder, item: SequencedItem): void {
    order.held.set(item.firstSeq, item);
    for (const sender of item.owedTo ?? []) {
      const owed = this.owed.get(sender);
      if (owed) owed.items++;
      else this.owed.set(sender, { items: 1, waiters: [] });
    }
  }

  /** Delivers an item that was held, and wakes senders it was the last one to owe. */
  private release(item: SequencedItem, covered: boolean): void {
    item.deliver(covered);
    for (const sender of item.owedTo ?? []) {
      const owed = this.owed.get(sender);
      if (!owed || --owed.items > 0) continue;
      this.owed.delete(sender);
      for (const wake of owed.waiters) wake();
    }
  }

  /** The last seq delivered to `room`'s local members (undefined when not tracked). */
  delivered(room: string): number | undefined {
    const order = this.rooms.get(room);
    return order ? order.next - 1 : undefined;
  }

  /** An item for `room`: delivered now if it is next, held if earlier seqs are missing, else covered. */
  offer(room: string, item: SequencedItem): void {
    const order = this.rooms.get(room);
    if (!order) {
      // Nobody here is in the room: a local commit still acknowledges its senders.
      item.deliver(true);
      return;
    }
    if (item.lastSeq < order.next) {
      item.deliver(true);
      return;
    }
    if (item.firstSeq === order.next && !order.filling) {
      this.deliverItem(order, item);
      this.drain(room, order);
      return;
    }
    this.hold(order, item);
    if (order.filling) return;
    if (order.held.size > this.options.maxHeldItems) this.fill(room, order);
    else
      order.gapTimer ??= this.clock.setTimeout(() => this.gapTimedOut(room, order), this.options.gapGraceMs);
  }

  /**
   * Publications may have been lost (the link between nodes broke, or a node died between its commit
   * and its publication): every room reads the store from what it delivered, then carries on with the
   * items held meanwhile.
   */
  resync(): void {
    // A fill in flight is superseded: its generation is stale once this one starts.
    for (const [room, order] of this.rooms) this.fill(room, order, true);
  }

  /**
   * `room`'s publications flow now (or a client resumes from a seq this node has not delivered
   * yet): what other nodes committed is read from the store to its end, so a room with no later
   * traffic still reaches its members. Resolves when that read is over, whatever its outcome.
   */
  catchUp(room: string): Promise<void> {
    const order = this.rooms.get(room);
    return order ? this.fill(room, order, true) : Promise.resolve();
  }

  private deliverItem(order: RoomOrder, item: SequencedItem, held = false): void {
    order.next = item.lastSeq + 1;
    if (held) this.release(item, false);
    else item.deliver(false);
  }

  /**
   * Delivers held items that follow on; closes the gap timer when nothing is left waiting, and forgets
   * a draining room that owes nothing more.
   */
  private drain(room: string, order: RoomOrder): void {
    this.deliverHeld(order);
    this.forgetDrained(room, order);
    if (this.rooms.get(room) !== order) return;
    if (order.held.size === 0) {
      order.gapTimer?.cancel();
      order.gapTimer = undefined;
    } else if (!order.filling && !order.gapTimer) {
      order.gapTimer = this.clock.setTimeout(() => this.gapTimedOut(room, order), this.options.gapGraceMs);
    }
  }

  /** Delivers the held items that follow what was delivered; those a fill covered only acknowledge. */
  private deliverHeld(order: RoomOrder): void {
    for (;;) {
      for (const [firstSeq, item] of order.held) {
        if (item.lastSeq < order.next) {
          order.held.delete(firstSeq);
          this.release(item, true);
        }
      }
      const item = order.held.get(order.next);
      if (!item) return;
      order.held.delete(order.next);
      this.deliverItem(order, item, true);
    }
  }

  private gapTimedOut(room: string, order: RoomOrder): void {
    order.gapTimer = undefined;
    if (this.rooms.get(room) !== order || order.held.size === 0 || order.filling) return;
    this.fill(room, order);
  }

  /**
   * Reads the store from `next` on, page by page, delivering held items as the reads reach them, until
   * nothing is held any more (`toEnd`: until the store has nothing more) or the store has nothing that
   * closes the next gap yet.
   */
  private fill(room: string, order: RoomOrder, toEnd = false): Promise<void> {
    order.gapTimer?.cancel();
    order.gapTimer = undefined;
    order.filling = true;
    const generation = ++order.generation;
    const { fillPageSize } = this.options;
    const step = async (): Promise<void> => {
      for (;;) {
        const rows = await this.host.read(room, order.next - 1, fillPageSize);
        if (this.rooms.get(room) !== order || order.generation !== generation) return;
        const before = order.next;
        // Stop before the first held item: its own bytes (and a local one's acknowledgements) go out.
        const stopAt = firstHeld(order);
        let count = 0;
        while (count < rows.length && rows[count]!.seq === order.next + count && rows[count]!.seq < stopAt)
          count++;
        if (count > 0) {
          order.next = rows[count - 1]!.seq + 1;
          this.host.deliverFilled(room, count === rows.length ? rows : rows.slice(0, count));
        }
        this.deliverHeld(order);
        const storeExhausted = rows.length < fillPageSize && count === rows.length;
        if (order.next === before || (order.held.size === 0 && (!toEnd || storeExhausted))) break;
      }
      order.filling = false;
      this.drain(room, order);
    };
    return step().catch((error: unknown) => {
      if (this.rooms.get(room) !== order || order.generation !== generation) return;
      order.filling = false;
      this.host.fillFailed(room, error);
      order.gapTimer ??= this.clock.setTimeout(() => this.retryFill(room, order), this.options.gapGraceMs);
    });
  }

  private retryFill(room: string, order: RoomOrder): void {
    order.gapTimer = undefined;
    if (this.rooms.get(room) === order && !order.filling) this.fill(room, order);
  }
}

function firstHeld(order: RoomOrder): number {
  let first = Number.POSITIVE_INFINITY;
  for (const firstSeq of order.held.keys()) if (firstSeq < first) first = firstSeq;
  return first;
}
