// Reconnect delays grow, stay capped and spread with jitter.
import { describe, expect, it } from "vitest";
import { backoffDelayMs } from "./backoff.js";

describe("backoffDelayMs", () => {
  const options = { initialMs: 1000, maxMs: 30_000, jitter: 0.2 };
  it("doubles from the initial delay up to the cap", () => {
    expect([1, 2, 3, 4, 5, 6, 7].map((n) => backoffDelayMs(n, options, 0.5))).toEqual([
      1000, 2000, 4000, 8000, 16000, 30000, 30000,
    ]);
  });
  it("spreads by the jitter fraction either way", () => {
    expect(backoffDelayMs(1, options, 0)).toBe(800);
    expect(backoffDelayMs(1, options, 0.999)).toBe(1200);
    expect(backoffDelayMs(10, options, 0.999)).toBe(30000);
  });
});
