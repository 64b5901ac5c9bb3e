// RoomSequencer: out-of-order items wait, covered ones only acknowledge, gaps fill from the store.
import { describe, expect, it } from "vitest";
import { ManualClock } from "../clock.js";
import { RoomSequencer, type SequencerHost } from "./sequencer.js";

/** A room's stored history (seqs 1..n) and what members were given, in order. */
function harness(stored: number) {
  const rows = Array.from({ length: stored }, (_, i) => ({ seq: i + 1 }));
  const seen: number[] = [];
  const covered: number[] = [];
  let reads = 0;
  let failNext = false;
  const host: SequencerHost<{ seq: number }> = {
    async read(_room, afterSeq, limit) {
      reads++;
      if (failNext) {
        failNext = false;
        throw new Error("store down");
      }
      return rows.filter((row) => row.seq > afterSeq).slice(0, limit);
    },
    deliverFilled(_room, messages) {
      for (const { seq } of messages) seen.push(seq);
    },
    fillFailed() {},
  };
  const clock = new ManualClock(0);
  const sequencer = new RoomSequencer(host, clock, { gapGraceMs: 50, maxHeldItems: 3, fillPageSize: 2 });
  const item = (firstSeq: number, lastSeq = firstSeq) => ({
    firstSeq,
    lastSeq,
    deliver(isCovered: boolean) {
      for (let seq = firstSeq; seq <= lastSeq; seq++) (isCovered ? covered : seen).push(seq);
    },
  });
  const settle = () => new Promise((resolve) => setImmediate(resolve));
  return {
    sequencer,
    seen,
    covered,
    clock,
    item,
    settle,
    get reads() {
      return reads;
    },
    failNextRead() {
      failNext = true;
    },
  };
}

describe("RoomSequencer", () => {
  it("delivers in-order items at once and holds later ones until the gap closes", () => {
    const h = harness(10);
    h.sequencer.track("r", 2);
    h.sequencer.offer("r", h.item(3, 4));
    h.sequencer.offer("r", h.item(7));
    h.sequencer.offer("r", h.item(5, 6));
    expect(h.seen).toEqual([3, 4, 5, 6, 7]);
    expect(h.sequencer.delivered("r")).toBe(7);
    h.clock.advance(1000);
    expect(h.reads).toBe(0);
  });

  it("treats items at or before what was delivered as covered", () => {
    const h = harness(10);
    h.sequencer.track("r", 5);
    h.sequencer.offer("r", h.item(4, 5));
    expect(h.seen).toEqual([]);
    expect(h.covered).toEqual([4, 5]);
  });

  it("fills a gap from the store once the grace has passed, then delivers what was held", async () => {
    const h = harness(10);
    h.sequencer.track("r", 2);
    h.sequencer.offer("r", h.item(6, 7));
    h.clock.advance(49);
    expect(h.reads).toBe(0);
    h.clock.advance(1);
    await h.settle();
    // The fill stops before the held item, whose own bytes go out.
    expect(h.seen).toEqual([3, 4, 5, 6, 7]);
    expect(h.covered).toEqual([]);
  });

  it("fills at once when too many items are held", async () => {
    const h = harness(10);
    h.sequencer.track("r", 0);
    for (const seq of [3, 5, 7, 9]) h.sequencer.offer("r", h.item(seq));
    await h.settle();
    expect(h.seen).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it("reads the whole rest of the store on resync and covers items that arrive late", async () => {
    const h = harness(5);
    h.sequencer.track("r", 1);
    h.sequencer.resync();
    await h.settle();
    expect(h.seen).toEqual([2, 3, 4, 5]);
    h.sequencer.offer("r", h.item(4, 5));
    expect(h.covered).toEqual([4, 5]);
    h.sequencer.offer("r", h.item(6));
    expect(h.seen).toEqual([2, 3, 4, 5, 6]);
  });

  it("tries a failed fill again after the grace", async () => {
    const h = harness(4);
    h.sequencer.track("r", 0);
    h.sequencer.offer("r", h.item(4));
    h.failNextRead();
    h.clock.advance(50);
    await h.settle();
    expect(h.seen).toEqual([]);
    h.clock.advance(50);
    await h.settle();
    expect(h.seen).toEqual([1, 2, 3, 4]);
  });

  it("covers items for rooms it does not track", () => {
    const h = harness(0);
    h.sequencer.offer("elsewhere", h.item(1));
    expect(h.covered).toEqual([1]);
  });

  it("catches a newly subscribed room up to the store's end, with no later publication to show the gap", async () => {
    const h = harness(5);
    h.sequencer.track("r", 2);
    h.sequencer.catchUp("r");
    await h.settle();
    await h.settle();
    expect(h.seen).toEqual([3, 4, 5]);
    expect(h.sequencer.delivered("r")).toBe(5);
  });

  it("tells a closing session when its held acknowledgements have gone out", async () => {
    const h = harness(10);
    const ana = {};
    h.sequencer.track("r", 2);
    h.sequencer.track("s", 0);
    expect(h.sequencer.whenAcknowledged(ana)).toBeUndefined();
    // This node's own commits of 5 in r and 2 in s wait for seqs another node committed.
    h.sequencer.offer("r", { ...h.item(5), owedTo: [ana] });
    h.sequencer.offer("s", { ...h.item(2), owedTo: [ana] });
    let done = false;
    void h.sequencer.whenAcknowledged(ana)!.then(() => {
      done = true;
    });
    h.sequencer.offer("r", h.item(3, 4));
    await h.settle();
    expect(h.seen).toEqual([3, 4, 5]);
    expect(done).toBe(false);
    h.sequencer.offer("s", h.item(1));
    await h.settle();
    expect(done).toBe(true);
    expect(h.sequencer.whenAcknowledged(ana)).toBeUndefined();
  });

  it("orders a room whose last member here left until its held acknowledgements have gone out", async () => {
    const h = harness(10);
    const ana = {};
    h.sequencer.track("r", 2);
    h.sequencer.offer("r", { ...h.item(5), owedTo: [ana] });
    h.sequencer.offer("r", h.item(7));
    const acknowledged = h.sequencer.whenAcknowledged(ana);
    h.sequencer.untrack("r");
    // Still ordered: the acknowledgement of 5 goes out in its turn, not before 3 and 4.
    expect(h.sequencer.delivered("r")).toBe(2);
    h.clock.advance(50);
    await h.settle();
    await acknowledged;
    expect(h.seen.slice(0, 3)).toEqual([3, 4, 5]);
    // Then forgotten.
    expect(h.sequencer.delivered("r")).toBeUndefined();
    expect(h.sequencer.size).toBe(0);
  });

  it("forgets at once a room whose last member left when nothing held owes an acknowledgement", () => {
    const h = harness(10);
    h.sequencer.track("r", 2);
    h.sequencer.offer("r", h.item(5));
    h.sequencer.untrack("r");
    expect(h.sequencer.size).toBe(0);
    h.clock.advance(1000);
    expect(h.reads).toBe(0);
  });

  it("goes on from where it was when a draining room is joined again", async () => {
    const h = harness(10);
    const ana = {};
    h.sequencer.track("r", 2);
    h.sequencer.offer("r", { ...h.item(5), owedTo: [ana] });
    h.sequencer.untrack("r");
    h.sequencer.track("r", 9);
    expect(h.sequencer.delivered("r")).toBe(2);
    h.sequencer.offer("r", h.item(3, 4));
    expect(h.seen).toEqual([3, 4, 5]);
    h.sequencer.offer("r", h.item(6));
    expect(h.sequencer.size).toBe(1);
  });
});
