// History replies stay inside a frame.
import { describe, expect, it } from "vitest";
import { fitHistory, historyBudget } from "./history-budget.js";

const messages = (n: number, size: number) =>
  Array.from({ length: n }, (_, i) => ({ seq: i + 1, text: "x".repeat(size) }));

describe("fitHistory", () => {
  it("keeps small replies whole", () => {
    const list = messages(10, 10);
    expect(fitHistory(list, 1024 * 1024)).toBe(false);
    expect(list).toHaveLength(10);
  });

  it("cuts the newest for an 'after' page and the oldest for a 'latest' page", () => {
    const after = messages(100, 4000);
    expect(fitHistory(after, 1024 * 1024)).toBe(true);
    expect(after[0]!.seq).toBe(1);
    expect(after.length).toBeLessThan(100);
    const latest = messages(100, 4000);
    expect(fitHistory(latest, 1024 * 1024, true)).toBe(true);
    expect(latest.at(-1)!.seq).toBe(100);
    expect(latest.length).toBe(after.length);
  });

  it("charges a shared budget, so several replies of one request stay within it", () => {
    const budget = historyBudget(50_000);
    const first = messages(10, 1000);
    expect(fitHistory(first, 1024 * 1024, true, budget)).toBe(false);
    expect(budget.remainingBytes).toBe(50_000 - 10 * 3096);
    const second = messages(10, 1000);
    expect(fitHistory(second, 1024 * 1024, true, budget)).toBe(true);
    expect(second.map((m) => m.seq)).toEqual([5, 6, 7, 8, 9, 10]);
    const third = messages(10, 1000);
    expect(fitHistory(third, 1024 * 1024, true, budget)).toBe(true);
    expect(third).toEqual([]);
  });
});
