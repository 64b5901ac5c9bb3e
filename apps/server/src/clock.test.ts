// The manual clock tests use in place of sleeping: timers run in time order, at their due time.
import { describe, expect, it } from "vitest";
import { ManualClock } from "./clock.js";

describe("ManualClock", () => {
  it("runs due timers in time order, each seeing its own due time, and stops at the target", () => {
    const clock = new ManualClock(1_000);
    const seen: string[] = [];
    clock.setTimeout(() => seen.push(`b@${clock.now()}`), 20);
    clock.setTimeout(() => seen.push(`a@${clock.now()}`), 10);
    clock.setTimeout(() => seen.push(`c@${clock.now()}`), 20);
    const late = clock.setTimeout(() => seen.push("never"), 50);
    clock.advance(19);
    expect(seen).toEqual(["a@1010"]);
    expect(clock.now()).toBe(1_019);
    clock.advance(1);
    expect(seen).toEqual(["a@1010", "b@1020", "c@1020"]);
    late.cancel();
    clock.advance(100);
    expect(seen).toHaveLength(3);
    expect(clock.pendingTimers).toBe(0);
  });

  it("repeats intervals until cancelled, and runs timers set by timers when they fall due", () => {
    const clock = new ManualClock(0);
    const ticks: number[] = [];
    const interval = clock.setInterval(() => {
      ticks.push(clock.now());
      if (ticks.filter((t) => t > 0).length === 3) interval.cancel();
    }, 100);
    clock.setTimeout(() => clock.setTimeout(() => ticks.push(-clock.now()), 5), 150);
    clock.advance(1_000);
    expect(ticks).toEqual([100, -155, 200, 300]);
    expect(clock.pendingTimers).toBe(0);
    expect(() => clock.advance(-1)).toThrow(RangeError);
  });
});
