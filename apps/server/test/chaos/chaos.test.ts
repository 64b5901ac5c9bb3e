// The fault-injection proof in CI: seeded chaos runs against the real server process (SQLite, then
// PostgreSQL) and against three real nodes sharing PostgreSQL and Redis, with SIGKILLs, graceful
// restarts and kicks, must keep every delivery promise. A failure prints the seed to replay.
import { postgresPerDataDir, tempDir } from "@parley/testkit";
import { describe, expect, it } from "vitest";
import { randomSeed } from "./prng.js";
import { runChaos } from "./run.js";

/** CI's budget of chaos, in seconds; PARLEY_CHAOS_SECONDS and PARLEY_CHAOS_SEED override. */
const CI_CHAOS_SECONDS = 60;
/** The run on PostgreSQL is shorter: the same promises, checked through the other engine. */
const CI_POSTGRES_CHAOS_SECONDS = 30;
/**
 * The cluster's run: three nodes, so each is killed or restarted about once or twice in this time,
 * while the whole of CI stays within its time on two cores.
 */
const CI_CLUSTER_CHAOS_SECONDS = 30;

const postgresFor = postgresPerDataDir();

describe("chaos", () => {
  it.each([
    ["SQLite", CI_CHAOS_SECONDS, 1],
    ["PostgreSQL", CI_POSTGRES_CHAOS_SECONDS, 1],
    ["three nodes sharing PostgreSQL and Redis", CI_CLUSTER_CHAOS_SECONDS, 3],
  ])(
    "keeps every delivery promise through concurrent clients, drops, resumes and SIGKILLs on %s",
    async (engine, budget, nodes) => {
      const seconds = Number(process.env.PARLEY_CHAOS_SECONDS || budget);
      const seed = Number(process.env.PARLEY_CHAOS_SEED || randomSeed());
      const store = engine === "SQLite" ? undefined : await postgresFor(tempDir());
      const result = await runChaos({ seed, seconds, store, nodes, log: (line) => console.log(line) });
      expect(result.kills, `seed ${seed}: the schedule killed the server`).toBeGreaterThan(0);
      expect(result.stops, `seed ${seed}: the schedule restarted the server gracefully`).toBeGreaterThan(0);
      expect(result.messagesAcked).toBeGreaterThan(0);
      // The run went through resends answered from the store, and resumes that had to page.
      expect(result.coverage.replays, result.report).toBeGreaterThan(0);
      expect(result.coverage.pages, result.report).toBeGreaterThan(0);
      expect(result.violations, result.report).toEqual([]);
    },
    240_000,
  );
});
