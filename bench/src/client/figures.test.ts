import { describe, expect, it } from "vitest";
import { type ClientSample, cpuPct, rssTrend } from "./figures.js";

const at = (atMs: number, rssMiB: number, cpuMs: number): ClientSample => ({
  atMs,
  rssBytes: rssMiB * 2 ** 20,
  cpuMs,
});

describe("client figures", () => {
  it("compares the first and last tenth of the memory readings", () => {
    const samples = Array.from({ length: 20 }, (_, i) => at(i * 1000, i < 2 ? 100 : i >= 18 ? 110 : 150, 0));
    const trend = rssTrend(samples);
    expect(trend.startBytes).toBe(100 * 2 ** 20);
    expect(trend.endBytes).toBe(110 * 2 ** 20);
    expect(trend.minBytes).toBe(100 * 2 ** 20);
    expect(trend.maxBytes).toBe(150 * 2 ** 20);
    expect(trend.driftPct).toBeCloseTo(10);
  });

  it("turns CPU time between the first and last reading into a share of one core", () => {
    expect(cpuPct([at(0, 1, 100), at(500, 1, 150), at(2000, 1, 300)])).toBeCloseTo(10);
    expect(cpuPct([at(0, 1, 100)])).toBeNaN();
  });
});
