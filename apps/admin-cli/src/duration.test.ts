// Duration parsing and formatting, including the inputs operators get wrong.
import { describe, expect, it } from "vitest";
import { DurationSyntaxError, formatDurationMs, parseDurationMs } from "./duration.js";

describe("parseDurationMs", () => {
  it.each([
    ["500ms", 500],
    ["30s", 30_000],
    ["10m", 600_000],
    ["2h", 7_200_000],
    ["1d", 86_400_000],
    ["1w", 604_800_000],
    ["1h30m", 5_400_000],
    ["1d2h3m4s5ms", 93_784_005],
    ["1.5h", 5_400_000],
    ["10M", 600_000],
    [" 10m ", 600_000],
    ["0s", 0],
  ])("%s is %d ms", (input, expectedMs) => {
    expect(parseDurationMs(input)).toBe(expectedMs);
  });

  it.each(["", "10", "m", "10x", "-5m", "10m30", "1h 30m", "ten minutes", "1e3s", "99999999999999999d"])(
    "refuses %j",
    (input) => {
      expect(() => parseDurationMs(input)).toThrow(DurationSyntaxError);
    },
  );

  it("names the input and shows examples in its message", () => {
    expect(() => parseDurationMs("10")).toThrow(/invalid duration "10".*10m/);
  });
});

describe("formatDurationMs", () => {
  it.each([
    [0, "0s"],
    [-5, "0s"],
    [250, "250ms"],
    [1000, "1s"],
    [45_900, "45s"],
    [192_000, "3m12s"],
    [7_500_000, "2h05m"],
    [273_600_000, "3d04h"],
  ])("%d ms is %s", (ms, expected) => {
    expect(formatDurationMs(ms)).toBe(expected);
  });

  it("round-trips its own output to within the dropped unit", () => {
    const ms = 3 * 3_600_000 + 7 * 60_000 + 59_000;
    expect(parseDurationMs(formatDurationMs(ms))).toBe(3 * 3_600_000 + 7 * 60_000);
  });
});
