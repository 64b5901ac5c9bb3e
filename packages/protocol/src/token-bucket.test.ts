// Token bucket arithmetic, with time passed in.
import { describe, expect, it } from "vitest";
import { TokenBucket } from "./token-bucket.js";

describe("TokenBucket", () => {
  it("allows a burst, then the sustained rate, and says how long to wait", () => {
    const bucket = new TokenBucket(2, 3, 0);
    expect([bucket.take(0), bucket.take(0), bucket.take(0)]).toEqual([0, 0, 0]);
    expect(bucket.take(0)).toBe(500);
    expect(bucket.take(499)).toBeGreaterThan(0);
    expect(bucket.take(500)).toBe(0);
    expect(bucket.take(10_000)).toBe(0);
    // Refilled to the burst, never beyond.
    expect([bucket.take(10_000), bucket.take(10_000), bucket.take(10_000)]).toEqual([0, 0, 500]);
  });

  it("charges into debt, which the refill pays back before anything can be taken", () => {
    const bucket = new TokenBucket(10, 2, 0);
    expect(bucket.charge(0)).toBe(1);
    expect(bucket.charge(0, 3)).toBe(-2);
    expect(bucket.take(0)).toBe(300);
    expect(bucket.charge(200)).toBe(-1);
    expect(bucket.take(400)).toBe(0);
  });
});
