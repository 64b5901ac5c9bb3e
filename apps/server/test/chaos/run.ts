// A seeded chaos run: the real server as a process (or several nodes of a cluster), concurrent client
// actors following the schedule, SIGKILL, SIGTERM, kicks and restarts at scheduled steps, then a quiet
// period, a final read of every history, and the checker's verdict. Used by the CI test and by
// `pnpm test:chaos`.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { check, type Violation } from "./checker.js";
import { ClientActor, type Coverage } from "./client-actor.js";
import { ClusterServers } from "./cluster-controller.js";
import { directConversation, emptyObservations, type Observations } from "./observations.js";
import { type ChaosTarget, ServerProcess } from "./process-controller.js";
import { clientNick, DEFAULT_SCHEDULE, roomName, type ScheduleOptions, schedule } from "./schedule.js";
import { Trace } from "./trace.js";

export interface ChaosOptions {
  seed: number;
  /**
   * How long the chaos part runs before the quiet period, in seconds; longer if it has not yet been
   * through a kill, a graceful restart, a replay and a paged resume by then (see covered).
   */
  seconds: number;
  schedule?: ScheduleOptions;
  /** Called with progress lines (start, kills, summary); silent by default. */
  log?: (line: string) => void;
  /** The server's `store` setting (a postgres:// URL); default SQLite in the run's data directory. */
  store?: string;
  /**
   * Nodes of a cluster on one Redis (started for the run) sharing `store`, which must then be
   * PostgreSQL; kills and restarts take the nodes in turn. Default 1: a single server.
   */
  nodes?: number;
}

export interface ChaosResult {
  seed: number;
  steps: number;
  kills: number;
  /** Graceful restarts (SIGTERM). */
  stops: number;
  messagesAcked: number;
  coverage: Coverage;
  violations: Violation[];
  /** Seed, violations, the last events and the server's last stderr lines, for people. */
  report: string;
}

/**
 * Rate limits are raised so that refusals for rate do not hide delivery problems (they have their
 * own tests); retention is off so every message of the run stays checkable; history requests are
 * capped low so that resumes page with `has_more` and FetchHistory up to Joined.last_seq.
 */
const SERVER_ARGS = [
  "--log-level",
  "warn",
  "--max-history-fetch",
  "40",
  "--rate-per-second",
  "100000",
  "--rate-burst",
  "100000",
  "--history-retention-count",
  "0",
  "--history-retention-days",
  "0",
  "--history-retention-bytes",
  "0",
];

/** Steps past which a run ends at its deadline even if it has not covered every path (see covered). */
const MAX_STEPS_FOR_COVERAGE = 3000;

/**
 * Whether the run has been through what the CI test asks of it: a kill, a graceful restart (the
 * schedule has both by firstStopByStep), a resend answered from the store and a resume that paged. A
 * slow machine gets through fewer steps in the time, so the run goes on past its deadline until then,
 * or until MAX_STEPS_FOR_COVERAGE steps.
 */
function covered(steps: number, kills: number, stops: number, coverage: Coverage): boolean {
  if (steps >= MAX_STEPS_FOR_COVERAGE) return true;
  return kills > 0 && stops > 0 && coverage.replays > 0 && coverage.pages > 0;
}

export async function runChaos(options: ChaosOptions): Promise<ChaosResult> {
  const { seed } = options;
  const scheduleOptions = options.schedule ?? DEFAULT_SCHEDULE;
  const log = options.log ?? (() => {});
  const trace = new Trace();
  const obs: Observations = emptyObservations();
  const dataDir = mkdtempSync(join(tmpdir(), "parley-chaos-"));
  const args = options.store ? [...SERVER_ARGS, "--store", options.store] : SERVER_ARGS;
  const nodes = options.nodes ?? 1;
  if (nodes > 1 && !options.store?.startsWith("postgres"))
    throw new Error("a chaos run on several nodes needs a shared PostgreSQL store (--store postgres://…)");
  const onEvent = (event: string) => trace.add(event);
  const server: ChaosTarget =
    nodes > 1
      ? new ClusterServers({ nodes, dataDir, args, onEvent })
      : new ServerProcess(dataDir, args, onEvent);
  let connections = 0;
  const coverage = { pages: 0, resends: 0, replays: 0 };
  const ctx = { server, obs, trace, coverage, nextConnectionId: () => ++connections };
  const actors = Array.from(
    { length: scheduleOptions.clients },
    (_, i) => new ClientActor(clientNick(i), ctx),
  );
  const rooms = Array.from({ length: scheduleOptions.rooms }, (_, i) => roomName(i));
  let steps = 0;
  let kills = 0;
  let stops = 0;
  let kicks = 0;
  let fatal: Error | undefined;
  const secondServers: Promise<void>[] = [];
  const audit = new ClientActor("audit", { ...ctx, obs: emptyObservations() });
  log(
    `chaos: seed ${seed}, ${options.seconds} s, data in ${dataDir}${options.store ? ", on PostgreSQL" : ""}${nodes > 1 ? `, ${nodes} nodes on Redis` : ""}`,
  );
  try {
    await server.start();
    const deadline = Date.now() + options.seconds * 1000;
    for (const step of schedule(seed, scheduleOptions)) {
      if (Date.now() >= deadline && covered(steps, kills, stops, coverage)) break;
      steps++;
      if (step.kind === "kill") {
        kills++;
        trace.add(`step ${step.index}: kill -9`);
        await server.restart();
      } else if (step.kind === "stop") {
        stops++;
        trace.add(`step ${step.index}: SIGTERM (graceful restart)`);
        await server.restartGracefully();
      } else if (step.kind === "kick") {
        kicks++;
        trace.add(`step ${step.index}: AdminKick ${clientNick(step.client)}`);
        await server.kick(clientNick(step.client));
      } else if (step.kind === "second-server") {
        trace.add(`step ${step.index}: start a second server on the same data directory`);
        secondServers.push(server.trySecondServer());
      } else {
        const a = step.action;
        const what = "room" in a ? ` ${a.room}` : "to" in a ? ` to ${a.to}` : "";
        const id = "clientMsgId" in a ? ` ${a.clientMsgId}` : "";
        trace.add(
          `step ${step.index}: ${clientNick(step.client)} ${a.type}${what}${id}${step.offline ? " (offline)" : ""}`,
        );
        await actors[step.client]!.enqueue(step);
      }
    }
    trace.add(`chaos over after ${steps} steps; quiet period`);
    await Promise.all(actors.map((a) => a.idle()));
    await Promise.all(secondServers);
    // Quiet period: everyone back, in every room, with nothing unconfirmed; then every frame read.
    await Promise.all(actors.map((a) => a.settle(rooms)));
    await Promise.all(actors.map((a) => a.roundTrip()));
    // Final histories: rooms through a client of its own, direct conversations through both sides.
    await audit.settle(rooms);
    for (const room of rooms) obs.stored[room] = await audit.fetchAll({ room });
    for (const [i, actor] of actors.entries()) {
      for (let j = 0; j < actors.length; j++) {
        if (j === i) continue;
        const entries = await actor.fetchAll({ withNick: clientNick(j) });
        const conversation = directConversation(clientNick(i), clientNick(j));
        if (i < j) obs.stored[conversation] = entries;
      }
    }
  } catch (error) {
    fatal = error as Error;
  } finally {
    for (const actor of actors) actor.finish();
    audit.finish();
    await server.stop();
  }
  obs.incidents.push(...server.incidents);
  // A run that could not read the final histories has nothing to check them against.
  const violations: Violation[] = fatal
    ? [
        { invariant: "server", detail: `the run could not finish: ${fatal.stack ?? fatal}` },
        ...obs.incidents.map((detail) => ({ invariant: "server" as const, detail })),
      ]
    : check(obs);
  const messagesAcked = obs.outcomes.filter((o) => o.seq !== undefined).length;
  const summary = `seed ${seed}: ${steps} steps, ${kills} kills, ${stops} graceful restarts, ${kicks} kicks, ${connections} connections, ${messagesAcked} acknowledgements (${coverage.resends} resends, ${coverage.replays} answered as already stored), ${coverage.pages} history pages, ${violations.length} violations`;
  log(`chaos: ${summary}`);
  const report = violations.length
    ? [
        `chaos run failed: ${summary}`,
        `replay: pnpm test:chaos --seed ${seed} --seconds ${options.seconds} --clients ${scheduleOptions.clients} --rooms ${scheduleOptions.rooms}${nodes > 1 ? ` --nodes ${nodes} --store postgres://…` : ""}`,
        `data directory kept: ${dataDir} (observations.json holds everything the clients saw)`,
        "violations (up to 6 of each kind):",
        ...examples(violations, 6),
        "last events:",
        ...trace.last(40).map((line) => `  ${line}`),
        "server stderr (last lines):",
        ...server.tail().map((line) => `  ${line}`),
      ].join("\n")
    : summary;
  if (violations.length) writeFileSync(join(dataDir, "observations.json"), JSON.stringify(obs, null, 1));
  else rmSync(dataDir, { recursive: true, force: true });
  return { seed, steps, kills, stops, messagesAcked, coverage, violations, report };
}

/** A few violations of each invariant, with how many there were in all. */
function examples(violations: Violation[], each: number): string[] {
  const byKind = new Map<string, Violation[]>();
  for (const v of violations) byKind.set(v.invariant, [...(byKind.get(v.invariant) ?? []), v]);
  const lines: string[] = [];
  for (const [kind, list] of byKind) {
    lines.push(`  ${kind}: ${list.length}`);
    for (const v of list.slice(0, each)) lines.push(`    ${v.detail}`);
  }
  return lines;
}
