// Table formatting, number formatting and the listening-line parser.
import { describe, expect, it } from "vitest";
import { checkTargets, fmt, formatTable, ratio } from "./report.js";
import { type ScenarioResult, unavailableResult } from "./scenarios/result.js";
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

describe("checkTargets", () => {
  const result = (scenario: string, target: "relay" | "parley", us: number): ScenarioResult => ({
    ...unavailableResult(scenario, "traffic", target, ""),
    available: true,
    serverCpuUsPerDelivery: us,
  });

  it("judges Parley against the relay of the same run, and says what it did not measure", () => {
    const checks = checkTargets([
      result("fanout-50", "relay", 0.5),
      result("fanout-50", "parley", 0.5),
      result("fanout-200", "relay", 0.5),
      result("fanout-200", "parley", 0.5),
    ]);
    const fanout50 = checks.find((c) => c.target.includes("(fanout-50)"))!;
    expect(fanout50).toMatchObject({ met: true, measured: "0.500 µs vs 0.500 µs = 1.00×" });
    // Staying ahead is strict: level with the relay is not ahead.
    expect(checks.find((c) => c.target.includes("(fanout-200)"))!.met).toBe(false);
    expect(checks.find((c) => c.target.includes("(connect-2000)"))).toMatchObject({
      measured: "–",
      met: undefined,
    });
  });
});
