// Scrolling by screen rows: long wrapped messages, markers between lines, a view that holds still
// while lines arrive, and the stop at the oldest row.
import { describe, expect, it } from "vitest";
import type { Line, ScrollAnchor } from "../state/model.js";
import type { Row } from "./layout.js";
import { atOldestRow, rowsBelow, scrollBy, type ViewGeometry, viewRows } from "./scrollback.js";

const message = (id: number, text: string, extra: Partial<Line> = {}): Line =>
  ({
    type: "message",
    id,
    seq: id,
    atMs: Date.UTC(2026, 0, 1, 9, 30),
    from: "bob",
    text,
    action: false,
    own: false,
    mention: false,
    pending: false,
    clientMsgId: "",
    ...extra,
  }) as Line;

const view = (height: number, extra: Partial<ViewGeometry> = {}): ViewGeometry => ({
  width: 40,
  height,
  nickWidth: 6,
  readMarker: null,
  ...extra,
});
const texts = (rows: Row[]) => rows.map((r) => r.segments.at(-1)!.text);
const whole = (rows: Row[]) => rows.map((r) => r.segments.map((s) => s.text).join(""));

describe("scrollback", () => {
  it("shows the newest rows at the bottom, and older ones a page of rows up", () => {
    const lines = Array.from({ length: 10 }, (_, i) => message(i + 1, `m${i + 1}`));
    expect(texts(viewRows(lines, null, view(3)))).toEqual(["m8", "m9", "m10"]);
    const up = scrollBy(lines, null, 2, view(3));
    expect(up).toEqual({ lineId: 8, row: 0 });
    expect(texts(viewRows(lines, up, view(3)))).toEqual(["m6", "m7", "m8"]);
    expect(rowsBelow(lines, up, view(3))).toBe(2);
    expect(scrollBy(lines, up, -2, view(3))).toBeNull();
    expect(scrollBy(lines, up, -100, view(3))).toBeNull();
    expect(texts(viewRows(lines.slice(0, 2), null, view(3)))).toEqual(["m1", "m2"]);
  });

  it("reaches every row of a message longer than the view, even in a short buffer", () => {
    // 3,000 characters at 40 columns (31 for text) wrap to about a hundred rows.
    const long = Array.from({ length: 500 }, (_, i) => `w${String(i).padStart(3, "0")}`).join(" ");
    const lines = [message(1, "before"), message(2, long), message(3, "after")];
    const v = view(10);
    let anchor: ScrollAnchor | null = scrollBy(lines, null, 8, v);
    expect(anchor).not.toBeNull();
    expect(rowsBelow(lines, anchor, v)).toBe(8);
    const seen = new Set<string>(texts(viewRows(lines, null, v)));
    for (let i = 0; i < 100 && !atOldestRow(lines, anchor, v); i++) {
      for (const text of texts(viewRows(lines, anchor, v))) seen.add(text);
      anchor = scrollBy(lines, anchor, 8, v);
    }
    const shown = viewRows(lines, anchor, v);
    expect(texts(shown)[0]).toBe("before");
    expect(shown).toHaveLength(10);
    expect(atOldestRow(lines, anchor, v)).toBe(true);
    // Scrolling further back stays at the oldest row.
    expect(scrollBy(lines, anchor, 8, v)).toEqual(anchor);
    for (const text of texts(shown)) seen.add(text);
    const words = [...seen]
      .join(" ")
      .split(/\s+/)
      .filter((w) => /^w\d{3}$/.test(w));
    expect(new Set(words).size).toBe(500);
  });

  it("holds a scrolled view still while new lines arrive below and older ones above", () => {
    const lines = Array.from({ length: 20 }, (_, i) => message(i + 10, `m${i + 10}`));
    const anchor = scrollBy(lines, null, 5, view(4));
    const before = texts(viewRows(lines, anchor, view(4)));
    const grown = [message(1, "older"), ...lines, message(100, "newest"), message(101, "newer still")];
    expect(texts(viewRows(grown, anchor, view(4)))).toEqual(before);
    expect(rowsBelow(grown, anchor, view(4))).toBe(rowsBelow(lines, anchor, view(4)) + 2);
  });

  it("holds the oldest line kept when the anchored one was dropped from memory", () => {
    const lines = Array.from({ length: 10 }, (_, i) => message(i + 1, `m${i + 1}`));
    expect(texts(viewRows(lines.slice(5), { lineId: 2, row: 0 }, view(3)))).toEqual(["m6", "m7", "m8"]);
  });

  it("fills a view that grew taller instead of leaving blank rows above the oldest line", () => {
    const lines = Array.from({ length: 6 }, (_, i) => message(i + 1, `m${i + 1}`));
    const anchor = scrollBy(lines, null, 100, view(2));
    expect(texts(viewRows(lines, anchor, view(2)))).toEqual(["m1", "m2"]);
    expect(texts(viewRows(lines, anchor, view(4)))).toEqual(["m1", "m2", "m3", "m4"]);
  });

  it("marks the start of a new day between lines", () => {
    const day1 = new Date(2026, 0, 1, 23, 50).getTime();
    const day2 = new Date(2026, 0, 2, 0, 5).getTime();
    const lines = [message(1, "late", { atMs: day1 }), message(2, "early", { atMs: day2 })];
    const rows = whole(viewRows(lines, null, view(10, { width: 60 })));
    expect(rows).toHaveLength(3);
    expect(rows[1]).toMatch(/^── .*2026.*─$/);
    expect(rows[1]!.length).toBe(60);
    const sameDay = [lines[0]!, message(3, "same day", { atMs: day1 + 60_000 })];
    expect(viewRows(sameDay, null, view(10, { width: 60 }))).toHaveLength(2);
  });

  it("marks where unseen lines begin, and nothing when none arrived", () => {
    const lines = [message(1, "seen"), message(2, "unseen")];
    const marked = whole(viewRows(lines, null, view(10, { width: 30, readMarker: 1 })));
    expect(marked).toHaveLength(3);
    expect(marked[1]).toBe(`── new ${"─".repeat(23)}`);
    expect(viewRows(lines, null, view(10, { width: 30, readMarker: 2 }))).toHaveLength(2);
    expect(viewRows(lines, null, view(10, { width: 30 }))).toHaveLength(2);
  });
});
