import { describe, expect, it } from "vitest";
import {
  advance,
  formatDuration,
  formatSpeed,
  fractionDone,
  progressBar,
  progressLine,
  SPEED_WINDOW_MS,
  secondsLeft,
  speedBytesPerSecond,
  startProgress,
} from "./progress.js";

describe("progress model", () => {
  it("measures speed over the recent window and the time left at that speed", () => {
    let p = startProgress(10_000_000, 0, 0);
    expect(speedBytesPerSecond(p, 0)).toBeNull();
    for (let t = 1000; t <= 10_000; t += 1000) p = advance(p, t * 100, t); // 100 kB/s
    expect(speedBytesPerSecond(p, 10_000)).toBeCloseTo(100_000);
    expect(secondsLeft(p, 10_000)).toBeCloseTo(90);
    // Only the window (plus the sample just before it) is kept.
    expect(p.samples[0]!.atMs).toBeGreaterThanOrEqual(10_000 - SPEED_WINDOW_MS);
    // It speeds up: the window follows within a few seconds.
    for (let t = 11_000; t <= 16_000; t += 1000) p = advance(p, 1_000_000 + (t - 10_000) * 1000, t);
    expect(speedBytesPerSecond(p, 16_000)).toBeCloseTo(1_000_000);
  });

  it("shows a stall as falling speed and an unknown time left", () => {
    let p = startProgress(1000, 0, 0);
    p = advance(p, 500, 1000);
    expect(speedBytesPerSecond(p, 1000)).toBe(500);
    expect(speedBytesPerSecond(p, 5000)).toBe(100);
    p = advance(p, 500, 10_000);
    p = advance(p, 500, 20_000);
    expect(speedBytesPerSecond(p, 20_000)).toBe(0);
    expect(secondsLeft(p, 20_000)).toBeNull();
  });

  it("restarts its readings when a resume goes back to an earlier offset", () => {
    let p = advance(startProgress(1000, 0, 0), 800, 1000);
    p = advance(p, 600, 2000);
    expect(p.doneBytes).toBe(600);
    expect(p.samples).toEqual([{ atMs: 2000, bytes: 600 }]);
  });

  it("counts an empty file as done and never goes past 100 %", () => {
    expect(fractionDone(startProgress(0, 0, 0))).toBe(1);
    expect(fractionDone(startProgress(10, 20, 0))).toBe(1);
    expect(secondsLeft(startProgress(10, 10, 0), 0)).toBe(0);
  });
});

describe("formatting", () => {
  it("formats speeds in binary units that keep their width", () => {
    expect(formatSpeed(2 * 1024 * 1024)).toBe("2.00 MiB/s");
    expect(formatSpeed(null)).toBe("–");
  });

  it("formats time left as m:ss or h:mm:ss, rounding up", () => {
    expect(formatDuration(0)).toBe("0:00");
    expect(formatDuration(6.2)).toBe("0:07");
    expect(formatDuration(725)).toBe("12:05");
    expect(formatDuration(3723)).toBe("1:02:03");
    expect(formatDuration(null)).toBe("–:––");
    expect(formatDuration(Number.POSITIVE_INFINITY)).toBe("–:––");
  });

  it("draws bars in eighths of a cell at exactly the width asked", () => {
    expect(progressBar(0, 4)).toBe("    ");
    expect(progressBar(1, 4)).toBe("████");
    expect(progressBar(0.5, 4)).toBe("██  ");
    expect(progressBar(0.5 + 1 / 32, 4)).toBe("██  ");
    expect(progressBar(0.5 + 1 / 16, 4)).toBe("██▎ ");
    expect(progressBar(2, 3)).toBe("███");
    for (let i = 0; i <= 100; i++) expect(progressBar(i / 100, 10)).toHaveLength(10);
  });

  it("fits a whole progress line into the columns it is given", () => {
    let p = startProgress(10 * 1024 * 1024, 0, 0);
    p = advance(p, 5 * 1024 * 1024, 2000);
    const wide = progressLine("report.pdf", p, 2000, 100);
    expect(wide).toContain("report.pdf");
    expect(wide).toContain(" 50%  5.00 MiB of 10.0 MiB  2.50 MiB/s  0:02 left");
    expect(wide).toContain("██████");
    expect(wide.length).toBeLessThanOrEqual(100);
    const narrow = progressLine("report.pdf", p, 2000, 40);
    expect(narrow).not.toContain("█");
    expect(narrow.length).toBeLessThanOrEqual(40);
  });
});
