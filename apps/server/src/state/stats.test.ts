// Rates are computed between consecutive samples, from injected times.
import { describe, expect, it } from "vitest";
import { Stats } from "./stats.js";

describe("Stats", () => {
  it("reports messages and bytes per second over the last sampling interval", () => {
    const stats = new Stats(1000);
    expect(stats.currentRates.messagesPerSecond).toBe(0);
    stats.messagesTotal = 3;
    stats.sample(2500, 300, 600);
    expect(stats.currentRates).toEqual({
      messagesPerSecond: 2,
      bytesInPerSecond: 200,
      bytesOutPerSecond: 400,
    });
    stats.sample(3500, 300, 600);
    expect(stats.currentRates).toEqual({ messagesPerSecond: 0, bytesInPerSecond: 0, bytesOutPerSecond: 0 });
    // A sample at the same instant changes nothing rather than dividing by zero.
    stats.messagesTotal = 10;
    stats.sample(3500, 900, 900);
    expect(stats.currentRates.messagesPerSecond).toBe(0);
  });
});
