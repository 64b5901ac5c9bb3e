// Smoke run of the terminal-client scenario at toy sizes, from source: the real client in tmux against
// the real server produces every figure. Figures only, no timing: this machine's speed is not tested.
import { describe, expect, it } from "vitest";
import { formatReport } from "../report.js";
import type { ClientScenario } from "../scenarios/catalog.js";
import { runClientScenario } from "./scenario.js";

const SMOKE: ClientScenario = {
  kind: "client",
  name: "client",
  title: "terminal client, smoke sizes",
  optIn: true,
  workers: 1,
  columns: 160,
  rows: 45,
  members: 20,
  messagesPerSecond: 20,
  idleMs: 500,
  trafficMs: 3000,
  warmupMs: 500,
  sampleIntervalMs: 250,
  probeIntervalMs: 50,
  historyMessages: 150,
  stormClients: 40,
};

describe("the terminal-client benchmark", () => {
  it("measures CPU, memory, key echo, paging and a join storm of the real client", {
    timeout: 300_000,
  }, async () => {
    const result = await runClientScenario(SMOKE, { fromSource: true });
    const c = result.client!;
    expect(Number.isFinite(c.idleCpuPct)).toBe(true);
    expect(Number.isFinite(c.trafficCpuPct)).toBe(true);
    expect(c.echo?.samples).toBeGreaterThan(0);
    expect(c.framesPerSec).toBeGreaterThan(0);
    expect(c.rssSeries.length).toBeGreaterThan(1);
    expect(c.rss.minBytes).toBeGreaterThan(0);
    expect(c.rss.maxBytes).toBeGreaterThanOrEqual(c.rss.minBytes);
    expect(Number.isFinite(c.loadAverage.start) && Number.isFinite(c.loadAverage.end)).toBe(true);
    expect(c.peakRssBytes).toBeGreaterThan(0);
    expect(c.reachedFirst).toBe(true);
    expect(c.pages?.samples).toBeGreaterThan(0);
    expect(c.stormMembersShown).toBe(true);
    expect(c.stormEcho?.samples).toBeGreaterThan(0);
    const report = formatReport([result]);
    expect(report).toContain("Targets (terminal client)");
    expect(report).toMatch(/frames drawn\s*\|\s*[\d.,]+\/s in the traffic/);
    expect(report).toMatch(/key echo p99 ≤ 50 ms meanwhile: p50 [\d.,]+ ms/);
    expect(report).toMatch(/RSS during traffic \(MiB\)\s*\|\s*min [\d.,]+, max [\d.,]+, end [\d.,]+/);
  });
});
