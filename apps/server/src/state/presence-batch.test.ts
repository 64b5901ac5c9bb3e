// The presence batch's windows: `presenceFlushMs` for occasional presence, doubling while presence keeps
// coming (a login storm) up to `presenceFlushMaxMs`, and back to the start after a quiet spell.
import { describe, expect, it } from "vitest";
import { ManualClock } from "../clock.js";
import { PresenceBatch, type PresenceHolder } from "./presence-batch.js";

/** A recipient that counts its flushes. */
function holder(): PresenceHolder & { flushes: number } {
  return {
    flushes: 0,
    flushPresence() {
      this.flushes++;
    },
  };
}

describe("PresenceBatch windows", () => {
  it("writes occasional presence after presenceFlushMs", () => {
    const clock = new ManualClock();
    const batch = new PresenceBatch(20, clock, 160);
    const ana = holder();
    batch.add(ana);
    clock.advance(19);
    expect(ana.flushes).toBe(0);
    clock.advance(1);
    expect(ana.flushes).toBe(1);
  });

  it("doubles the window while presence keeps coming, up to presenceFlushMaxMs, then starts again after a quiet spell", () => {
    const clock = new ManualClock();
    const batch = new PresenceBatch(20, clock, 160);
    const ana = holder();
    const windows: number[] = [];
    for (let i = 0; i < 6; i++) {
      // Each window opens right after the flush before it, as in a storm of logins.
      batch.add(ana);
      windows.push(batch.currentWindowMs);
      clock.advance(batch.currentWindowMs);
      expect(ana.flushes).toBe(i + 1);
    }
    expect(windows).toEqual([20, 40, 80, 160, 160, 160]);
    // Quiet for longer than the last window: occasional again.
    clock.advance(160);
    batch.add(ana);
    expect(batch.currentWindowMs).toBe(20);
  });

  it("keeps every window at presenceFlushMs when the ceiling is below it", () => {
    const clock = new ManualClock();
    const batch = new PresenceBatch(20, clock, 0);
    const ana = holder();
    for (let i = 0; i < 3; i++) {
      batch.add(ana);
      expect(batch.currentWindowMs).toBe(20);
      clock.advance(20);
    }
    expect(ana.flushes).toBe(3);
  });
});
