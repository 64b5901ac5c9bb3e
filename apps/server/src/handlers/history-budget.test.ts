// History replies stay inside a frame.
import { pb } from "@parley/protocol";
import { describe, expect, it } from "vitest";
import { entryBytes } from "../paging.js";
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
    const after = messages(300, 4000);
    expect(fitHistory(after, 1024 * 1024)).toBe(true);
    expect(after[0]!.seq).toBe(1);
    expect(after.length).toBeLessThan(300);
    const latest = messages(300, 4000);
    expect(fitHistory(latest, 1024 * 1024, true)).toBe(true);
    expect(latest.at(-1)!.seq).toBe(300);
    expect(latest.length).toBe(after.length);
  });

  it("charges a shared budget by encoded size, so several replies of one request stay within it", () => {
    const entry = entryBytes(pb.ChatMessage.encode({ seq: 1, text: "x".repeat(1000) }).finish().length);
    const budget = historyBudget(16 * entry);
    const first = messages(10, 1000);
    expect(fitHistory(first, 1024 * 1024, true, budget)).toBe(false);
    expect(budget.remainingBytes).toBe(6 * entry);
    const second = messages(10, 1000);
    expect(fitHistory(second, 1024 * 1024, true, budget)).toBe(true);
    expect(second.map((m) => m.seq)).toEqual([5, 6, 7, 8, 9, 10]);
    const third = messages(10, 1000);
    expect(fitHistory(third, 1024 * 1024, true, budget)).toBe(true);
    expect(third).toEqual([]);
  });

  it("cuts by the page's bytes when they are fewer than the budget's", () => {
    const entry = entryBytes(pb.ChatMessage.encode({ seq: 1, text: "x".repeat(1000) }).finish().length);
    const list = messages(10, 1000);
    expect(fitHistory(list, 3 * entry)).toBe(true);
    expect(list.map((m) => m.seq)).toEqual([1, 2, 3]);
  });
});
