// Wrapping by display width (Chinese, emoji), nick colours and the rows of one line.
import { describe, expect, it } from "vitest";
import type { Line } from "../state/model.js";
import { fit, highlightTerms, lineRows, nickColour, printable, textWidth, wrapText } from "./layout.js";

const message = (id: number, from: string, text: string, extra: Partial<Line> = {}): Line =>
  ({
    type: "message",
    id,
    seq: id,
    atMs: Date.UTC(2026, 0, 1, 9, 30),
    from,
    text,
    action: false,
    own: false,
    mention: false,
    pending: false,
    clientMsgId: "",
    ...extra,
  }) as Line;

describe("wrapText", () => {
  it("wraps at spaces and keeps every word", () => {
    expect(wrapText("the quick brown fox jumps", 10)).toEqual(["the quick", "brown fox", "jumps"]);
  });

  it("breaks Chinese text between characters, never past the width", () => {
    const rows = wrapText("我们明天早上九点在会议室见面吧", 9);
    for (const row of rows) expect(textWidth(row)).toBeLessThanOrEqual(9);
    expect(rows.join("")).toBe("我们明天早上九点在会议室见面吧");
    expect(rows[0]).toBe("我们明天");
  });

  it("measures emoji and mixed text as terminals do", () => {
    expect(textWidth("ok👍")).toBe(4);
    const rows = wrapText("hello 世界 👋🏽 friends", 8);
    for (const row of rows) expect(textWidth(row)).toBeLessThanOrEqual(8);
    expect(rows.join("").replace(/\s+/g, "")).toBe("hello世界👋🏽friends");
  });

  it("hard-breaks words longer than a row and honours newlines", () => {
    expect(wrapText("abcdefghij", 4)).toEqual(["abcd", "efgh", "ij"]);
    expect(wrapText("one\ntwo", 20)).toEqual(["one", "two"]);
    expect(wrapText("", 5)).toEqual([""]);
  });
});

describe("printable", () => {
  it("removes escape sequences and control characters from other people's text", () => {
    expect(printable("\x1b[2Jhi\x1b]52;c;ZXZpbA==\x07 there\x9b")).toBe("[2Jhi]52;c;ZXZpbA== there");
    expect(printable("a\tb\nc")).toBe("a    b\nc");
    expect(printable("invoice\u202efdp.exe \u2067x\u2069")).toBe("invoicefdp.exe x");
    const row = lineRows(message(1, "\x1b[31mbob", "\x1b[5mblink"), 60, 6)[0]!;
    expect(row.segments.map((s) => s.text).join("")).not.toContain("\x1b");
  });
});

describe("layout", () => {
  it("gives each nick a stable colour", () => {
    expect(nickColour("alice")).toBe(nickColour("alice"));
    expect(nickColour("Alice")).toBe(nickColour("alice"));
    const colours = new Set(["alice", "bob", "carol", "dave", "erin", "frank", "grace"].map(nickColour));
    expect(colours.size).toBeGreaterThan(3);
  });

  it("pads and cuts to a display width", () => {
    expect(fit("ab", 4)).toBe("ab  ");
    expect(fit("ab", 4, "right")).toBe("  ab");
    expect(fit("你好世界", 5)).toBe("你好…");
  });

  it("lays a message out as time, nick and text, continuation rows aligned under the text", () => {
    const rows = lineRows(message(1, "bob", "aaaa bbbb cccc dddd"), 6 + 6 + 3 + 9, 6);
    expect(rows).toHaveLength(2);
    const row0 = rows[0]!.segments.map((s) => s.text).join("");
    const row1 = rows[1]!.segments.map((s) => s.text).join("");
    expect(row0).toMatch(/^\d\d:\d\d {4}bob │ aaaa bbbb$/);
    expect(row1).toBe(`${" ".repeat(12)} │ cccc dddd`);
  });

  it("highlights own lines and mentions", () => {
    const own = lineRows(message(1, "ana", "hi", { own: true }), 40, 6)[0]!;
    expect(own.segments[1]).toMatchObject({ text: "   ana", inverse: true });
    const mention = lineRows(message(2, "bob", "ana: hi", { mention: true }), 40, 6)[0]!;
    expect(mention.segments[3]).toMatchObject({ color: "yellowBright", bold: true });
  });
});

describe("search highlights", () => {
  it("marks the words that start with a search term, in any case, and nothing else", () => {
    const segments = highlightTerms("Deploy: the deployment redeploys", ["deploy"], { text: "" });
    expect(segments.map((s) => [s.text, !!s.inverse])).toEqual([
      ["Deploy", true],
      [": the ", false],
      ["deployment", true],
      [" redeploys", false],
    ]);
    expect(highlightTerms("plain", undefined, { text: "", bold: true })).toEqual([
      { text: "plain", bold: true },
    ]);
  });
});
