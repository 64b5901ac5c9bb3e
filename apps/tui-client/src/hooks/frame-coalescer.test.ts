// The frame coalescer on a manual clock: a lone item goes out at once, a stream of them at most one
// frame per interval, every item once and in order.
import { describe, expect, it } from "vitest";
import { type FrameClock, FrameCoalescer } from "./frame-coalescer.js";

/** A clock that moves only when told, running the timers that fall due. */
class ManualClock implements FrameClock {
  private ms = 0;
  private timers: { atMs: number; run: () => void; id: number }[] = [];
  private nextId = 1;
  now(): number {
    return this.ms;
  }
  schedule(run: () => void, delayMs: number): unknown {
    const id = this.nextId++;
    this.timers.push({ atMs: this.ms + delayMs, run, id });
    return id;
  }
  cancel(handle: unknown): void {
    this.timers = this.timers.filter((t) => t.id !== handle);
  }
  /** Moves time on by `ms`, running each timer at its time. */
  advance(ms: number): void {
    const end = this.ms + ms;
    for (;;) {
      const due = this.timers.filter((t) => t.atMs <= end).sort((a, b) => a.atMs - b.atMs)[0];
      if (!due) break;
      this.timers = this.timers.filter((t) => t !== due);
      this.ms = due.atMs;
      due.run();
    }
    this.ms = end;
  }
  get pendingTimers(): number {
    return this.timers.length;
  }
}

function setup(intervalMs = 100) {
  const clock = new ManualClock();
  const frames: { atMs: number; items: number[] }[] = [];
  const coalescer = new FrameCoalescer<number>(
    intervalMs,
    (items) => frames.push({ atMs: clock.now(), items }),
    clock,
  );
  return { clock, frames, coalescer };
}

describe("FrameCoalescer", () => {
  it("hands on an item after a quiet spell at once, with the others pushed in the same turn", () => {
    const { clock, frames, coalescer } = setup();
    coalescer.push(1);
    coalescer.push(2);
    expect(frames).toEqual([]);
    clock.advance(0);
    expect(frames).toEqual([{ atMs: 0, items: [1, 2] }]);
  });

  it("gathers a steady stream into one frame per interval, none lost, in order", () => {
    const { clock, frames, coalescer } = setup(100);
    // 100 items a second for one second: one every 10 ms.
    for (let i = 0; i < 100; i++) {
      coalescer.push(i);
      clock.advance(10);
    }
    clock.advance(200);
    expect(frames.flatMap((f) => f.items)).toEqual(Array.from({ length: 100 }, (_, i) => i));
    expect(frames.length).toBe(11);
    for (let i = 1; i < frames.length; i++)
      expect(frames[i]!.atMs - frames[i - 1]!.atMs).toBeGreaterThanOrEqual(100);
  });

  it("waits only what is left of the interval after the last frame", () => {
    const { clock, frames, coalescer } = setup(100);
    coalescer.push(1);
    clock.advance(0);
    clock.advance(60);
    coalescer.push(2);
    clock.advance(39);
    expect(frames.length).toBe(1);
    clock.advance(1);
    expect(frames).toEqual([
      { atMs: 0, items: [1] },
      { atMs: 100, items: [2] },
    ]);
    // Long after: at once again.
    clock.advance(500);
    coalescer.push(3);
    clock.advance(0);
    expect(frames.at(-1)).toEqual({ atMs: 600, items: [3] });
  });

  it("hands on what is pending at once when flushed, then waits a whole interval", () => {
    const { clock, frames, coalescer } = setup(100);
    coalescer.flush();
    expect(frames).toEqual([]);
    coalescer.push(1);
    clock.advance(0);
    clock.advance(30);
    coalescer.push(2);
    coalescer.flush();
    expect(frames).toEqual([
      { atMs: 0, items: [1] },
      { atMs: 30, items: [2] },
    ]);
    expect(clock.pendingTimers).toBe(0);
    coalescer.push(3);
    clock.advance(99);
    expect(frames.length).toBe(2);
    clock.advance(1);
    expect(frames.at(-1)).toEqual({ atMs: 130, items: [3] });
  });

  it("drops what is pending when stopped", () => {
    const { clock, frames, coalescer } = setup();
    coalescer.push(1);
    coalescer.stop();
    expect(clock.pendingTimers).toBe(0);
    clock.advance(1000);
    expect(frames).toEqual([]);
  });
});
