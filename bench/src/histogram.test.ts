// Percentiles, merging and bucket bounds of the latency histogram.
import { describe, expect, it } from "vitest";
import { bucketIndex, bucketValue, Histogram } from "./histogram.js";

describe("Histogram", () => {
  it("gives percentiles within 1 % of the exact order statistic", () => {
    const h = new Histogram();
    for (let v = 1; v <= 10_000; v++) h.record(v);
    expect(h.count).toBe(10_000);
    expect(h.percentile(50)).toBeGreaterThan(5000 * 0.99);
    expect(h.percentile(50)).toBeLessThan(5000 * 1.01);
    expect(h.percentile(99)).toBeGreaterThan(9900 * 0.99);
    expect(h.percentile(99)).toBeLessThan(9900 * 1.01);
    expect(h.percentile(100)).toBe(10_000);
    expect(h.percentile(0)).toBe(1);
  });

  it("clamps to the exact min and max and is NaN when empty", () => {
    const h = new Histogram();
    expect(h.percentile(50)).toBeNaN();
    h.record(123.4);
    expect(h.percentile(50)).toBe(123.4);
    expect(h.percentile(99)).toBe(123.4);
  });

  it("takes the p99 from the tail, not the bulk", () => {
    const h = new Histogram();
    for (let i = 0; i < 980; i++) h.record(100);
    for (let i = 0; i < 20; i++) h.record(5000);
    expect(h.percentile(98)).toBeLessThan(102);
    expect(h.percentile(99)).toBeGreaterThan(4950);
  });

  it("merges across processes through JSON", () => {
    const a = new Histogram();
    const b = new Histogram();
    for (let v = 1; v <= 100; v++) (v % 2 ? a : b).record(v);
    const merged = Histogram.mergeAll([JSON.parse(JSON.stringify(a)), b.toJSON()]);
    expect(merged.count).toBe(100);
    expect(merged.minUs).toBe(1);
    expect(merged.maxUs).toBe(100);
    expect(merged.sumUs).toBe(5050);
    expect(Histogram.mergeAll([]).count).toBe(0);
  });

  it("puts sub-microsecond values in bucket 0 and keeps bucket values inside their bucket", () => {
    expect(bucketIndex(0)).toBe(0);
    expect(bucketIndex(0.5)).toBe(0);
    for (const v of [1, 7, 1000, 123_456])
      expect(bucketIndex(bucketValue(bucketIndex(v)))).toBe(bucketIndex(v));
  });
});
