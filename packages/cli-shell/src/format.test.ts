// The one way the programs write times, sizes and durations: locale from the environment, ISO in C.
import { describe, expect, it } from "vitest";
import { formatBytes, formatDurationMs, TimeFormat, timeLocale } from "./format.js";

const AT = new Date(2026, 10, 22, 21, 5, 9).getTime();

describe("timeLocale", () => {
  it("reads LC_ALL, then LC_TIME, then LANG, and the C locale as ISO", () => {
    expect(timeLocale({ LC_ALL: "de_DE.UTF-8", LC_TIME: "fr_FR.UTF-8", LANG: "en_US.UTF-8" })).toBe("de-DE");
    expect(timeLocale({ LC_ALL: "", LC_TIME: "fr_FR.UTF-8@euro", LANG: "en_US.UTF-8" })).toBe("fr-FR");
    expect(timeLocale({ LANG: "en_GB.UTF-8" })).toBe("en-GB");
    expect(timeLocale({ LANG: "C.UTF-8" })).toBeNull();
    expect(timeLocale({ LC_ALL: "POSIX", LANG: "de_DE.UTF-8" })).toBeNull();
    expect(timeLocale({})).toBeNull();
    expect(timeLocale({ LANG: "not a locale!" })).toBeNull();
  });
});

describe("TimeFormat", () => {
  it("writes ISO 8601 in the C locale", () => {
    const iso = new TimeFormat(null);
    expect(iso.clock(AT)).toBe("21:05");
    expect(iso.clockSeconds(AT)).toBe("21:05:09");
    expect(iso.dateTime(AT)).toBe("2026-11-22 21:05:09");
    expect(iso.date(AT)).toBe("Sunday 2026-11-22");
    expect(iso.clockWidth).toBe(5);
  });

  it("follows the locale asked for", () => {
    const de = new TimeFormat("de-DE");
    expect(de.clock(AT)).toBe("21:05");
    expect(de.dateTime(AT)).toBe("22.11.2026, 21:05:09");
    expect(de.date(AT)).toBe("Sonntag, 22. November 2026");
    const us = new TimeFormat("en-US");
    expect(us.clock(AT)).toMatch(/^09:05\sPM$/u);
    expect(us.clockWidth).toBe(8);
  });
});

describe("formatBytes", () => {
  it.each([
    [0, "0 B"],
    [512, "512 B"],
    [1024, "1 KiB"],
    [1536, "1.5 KiB"],
    [12.34 * 1024 * 1024, "12.3 MiB"],
    [100 * 1024 * 1024, "100 MiB"],
    [3 * 1024 ** 3, "3 GiB"],
  ])("formatBytes(%d) is %s", (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });

  it("keeps the width of a figure that changes in place", () => {
    expect(formatBytes(1536, { fixed: true })).toBe("1.50 KiB");
    expect(formatBytes(10 * 1024 * 1024, { fixed: true })).toBe("10.0 MiB");
  });
});

describe("formatDurationMs", () => {
  it.each([
    [0, "0s"],
    [250, "250ms"],
    [45_000, "45s"],
    [192_000, "3m12s"],
    [7_500_000, "2h05m"],
    [3 * 86_400_000 + 4 * 3_600_000, "3d04h"],
  ])("formatDurationMs(%d) is %s", (ms, text) => {
    expect(formatDurationMs(ms)).toBe(text);
  });
});
