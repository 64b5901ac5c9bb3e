// History replies stay inside a frame.
import { describe, expect, it } from "vitest";
import { fitHistory } from "./history-budget.js";

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
});
