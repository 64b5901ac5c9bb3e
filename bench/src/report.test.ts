// Table formatting, number formatting and the listening-line parser.
import { describe, expect, it } from "vitest";
import { fmt, formatTable, ratio } from "./report.js";
import { listeningPort } from "./servers.js";

describe("formatTable", () => {
  it("pads columns into a Markdown table, numbers right-aligned", () => {
    expect(
      formatTable(
        ["name", "n"],
        [
          ["a", "1"],
          ["long name", "1,000"],
        ],
      ),
    ).toBe(
      [
        "| name      |     n |",
        "|-----------|------:|",
        "| a         |     1 |",
        "| long name | 1,000 |",
      ].join("\n"),
    );
  });
});

describe("fmt and ratio", () => {
  it("format numbers and mark missing ones", () => {
    expect(fmt(1234.567, 1)).toBe("1,234.6");
    expect(fmt(undefined)).toBe("–");
    expect(fmt(Number.NaN)).toBe("–");
    expect(ratio(3, 2)).toBe("1.50×");
    expect(ratio(3, 0)).toBe("–");
    expect(ratio(undefined, 2)).toBe("–");
  });
});

describe("listeningPort", () => {
  it("takes the chat port from the listening line only", () => {
    expect(listeningPort('{"level":30,"msg":"listening","port":4321,"adminPort":4322}')).toBe(4321);
    expect(listeningPort('{"msg":"admin listening","admin":4322}')).toBeUndefined();
    expect(listeningPort("listening on 4321")).toBeUndefined();
    expect(listeningPort("{not json")).toBeUndefined();
  });
});
