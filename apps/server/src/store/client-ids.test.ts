// The in-memory client-id table against a plain multiset model: every pair added and not removed is
// found, hash collisions included, across growth and backward-shift removals.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ClientIdTable, clientIdHash } from "./client-ids.js";

describe("client-id hash", () => {
  it("is the same for the same key, never 0, and keeps the parts apart", () => {
    expect(clientIdHash("lobby", "ana", "m1")).toBe(clientIdHash("lobby", "ana", "m1"));
    expect(clientIdHash("lobby", "ana", "m1")).not.toBe(clientIdHash("lobby", "anam", "1"));
    expect(clientIdHash("", "", "")).not.toBe(0);
  });
});

describe("ClientIdTable", () => {
  /** Every seq held under `hash`, in the order find offers them. */
  const seqsOf = (table: ClientIdTable, hash: number) => {
    const found: number[] = [];
    table.find(hash, (seq) => {
      found.push(seq);
      return false;
    });
    return found.sort((a, b) => a - b);
  };

  it("offers every seq under a hash until one is accepted", () => {
    const table = new ClientIdTable();
    table.add(7, 1);
    table.add(7, 2);
    table.add(8, 3);
    expect(seqsOf(table, 7)).toEqual([1, 2]);
    expect(table.find(7, (seq) => seq === 2)).toBe(2);
    expect(table.find(9, () => true)).toBe(0);
    table.remove(7, 1);
    expect(seqsOf(table, 7)).toEqual([2]);
    table.remove(7, 5);
    expect(table.size).toBe(2);
  });

  it("keeps a run whole when a pair is removed from it, across the end of the table", () => {
    const table = new ClientIdTable();
    // Four pairs homed at the last slot but one: the run wraps to the start.
    for (const seq of [1, 2, 3, 4]) table.add(1022, seq);
    table.add(1023, 5);
    table.remove(1022, 1);
    expect(seqsOf(table, 1022)).toEqual([2, 3, 4]);
    expect(seqsOf(table, 1023)).toEqual([5]);
  });

  it("holds what a multiset holds, through growth and removals", () => {
    // Few distinct hashes, low bits alike: long probe runs and wrap-around at the table's end.
    const hash = fc.integer({ min: 0, max: 12 }).map((n) => (n * 1024 + 1021) >>> 0 || 1);
    const op = fc.oneof(
      fc.record({ add: fc.constant(true), hash, seq: fc.integer({ min: 1, max: 6 }) }),
      fc.record({ add: fc.constant(false), hash, seq: fc.integer({ min: 1, max: 6 }) }),
    );
    fc.assert(
      fc.property(fc.array(op, { minLength: 100, maxLength: 3000, size: "max" }), (ops) => {
        const table = new ClientIdTable();
        const model = new Map<number, number[]>();
        for (const { add, hash: h, seq } of ops) {
          const held = model.get(h) ?? [];
          if (add) {
            table.add(h, seq);
            held.push(seq);
          } else {
            table.remove(h, seq);
            const at = held.indexOf(seq);
            if (at >= 0) held.splice(at, 1);
          }
          model.set(h, held);
        }
        let total = 0;
        for (const [h, held] of model) {
          expect(seqsOf(table, h)).toEqual([...held].sort((a, b) => a - b));
          total += held.length;
        }
        expect(table.size).toBe(total);
      }),
      { numRuns: 60 },
    );
  });
});
