// The schedule is a pure function of the seed: the same seed replays the same actions, kills,
// graceful restarts and kicks.
import { describe, expect, it } from "vitest";
import { DEFAULT_SCHEDULE, type Step, schedule } from "./schedule.js";

function take(seed: number, count: number): Step[] {
  const steps: Step[] = [];
  for (const step of schedule(seed)) {
    steps.push(step);
    if (steps.length === count) break;
  }
  return steps;
}

describe("chaos schedule", () => {
  it("replays the same steps for the same seed, and other steps for another", () => {
    const first = take(1234, 3000);
    expect(take(1234, 3000)).toEqual(first);
    expect(take(1235, 3000)).not.toEqual(first);
  });

  it("kills the server and restarts it gracefully early in every run, however short", () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const steps = take(seed, DEFAULT_SCHEDULE.firstStopByStep + 1);
      expect(steps.find((s) => s.kind === "kill")?.index).toBeLessThanOrEqual(
        DEFAULT_SCHEDULE.firstKillByStep,
      );
      expect(steps.find((s) => s.kind === "stop")?.index).toBeLessThanOrEqual(
        DEFAULT_SCHEDULE.firstStopByStep,
      );
    }
  });

  it("kills the server and mixes every kind of client action", () => {
    const steps = take(7, 5000);
    expect(steps.filter((s) => s.kind === "kill").length).toBeGreaterThan(
      5000 * DEFAULT_SCHEDULE.killChance * 0.5,
    );
    const types = new Set(steps.flatMap((s) => (s.kind === "client" ? [s.action.type] : [])));
    expect([...types].sort()).toEqual(
      [
        "connect",
        "drop",
        "fetch",
        "join",
        "leave",
        "send",
        "send-direct",
        "send-drop",
        "send-quit",
        "send-twice",
      ].sort(),
    );
  });

  it("never leaves a client's last room, and only joins rooms it is not in", () => {
    const rooms = new Map<number, Set<string>>();
    for (const step of take(99, 5000)) {
      if (step.kind !== "client") continue;
      const mine = rooms.get(step.client) ?? new Set<string>();
      rooms.set(step.client, mine);
      if (step.action.type === "join") {
        expect(mine.has(step.action.room)).toBe(false);
        mine.add(step.action.room);
      } else if (step.action.type === "leave") {
        expect(mine.size).toBeGreaterThan(1);
        mine.delete(step.action.room);
      } else if ("room" in step.action) {
        expect(mine.has(step.action.room)).toBe(true);
      }
    }
  });
});
