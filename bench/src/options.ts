// Command-line flags of `pnpm bench`.
import { parseArgs } from "node:util";
import type { TargetName } from "./plan.js";
import { CLIENT_SECONDS, catalog, WINDOW } from "./scenarios/catalog.js";

export interface BenchOptions {
  quick: boolean;
  /** Scenario names to run, in catalog order (all when none given). */
  scenarios: string[];
  targets: TargetName[];
  /** Print the figures as JSON on stdout instead of the tables. */
  json: boolean;
  /** Also write the JSON figures to this file. */
  out: string | undefined;
  /** Profile the server with node --cpu-prof into this directory. */
  cpuProfDir: string | undefined;
  /** Run Parley from its sources through tsx instead of the built binary. */
  fromSource: boolean;
  /** Run this parley-server entry point instead of the repository's build. */
  serverBin: string | undefined;
  /** Parley's `store` setting: a postgres:// URL to measure PostgreSQL instead of SQLite. */
  store: string | undefined;
  /** Unacknowledged messages per sender in the windowed scenarios. */
  window: number;
  /** Traffic phase of the client scenario, in s (undefined: its default). */
  clientSeconds: number | undefined;
  /** Repetitions of each scenario (every target each time); the one least disturbed by other processes is kept. */
  repeat: number;
  /** Run the cluster layouts (cluster/run.ts) instead of the scenarios. */
  cluster: boolean;
  help: boolean;
}

export const USAGE = `Usage: pnpm bench [-- options]

  --quick              smaller counts and shorter runs (a smoke test)
  --scenario NAME      run only this scenario (repeatable): ${catalog(false)
    .map((s) => s.name)
    .join(", ")}
                       (client is not run unless named: it takes about 5 minutes, --quick about 2)
  --client-seconds N   traffic phase of the client scenario (default ${CLIENT_SECONDS}; 600 for the
                       10-minute memory run)
  --target KIND        relay, parley, parley-pg, floor or floor-durable (repeatable; default relay
                       and parley). A floor is the least a Node server can do and still speak Parley
                       to the bench (src/floor.ts: no checks, no limits): floor stores nothing,
                       floor-durable stores each message in Parley's SQLite store before relaying it;
                       in the traffic and connection scenarios
  --postgres           also run Parley on PostgreSQL (target parley-pg) beside SQLite: the bench
                       starts a throwaway PostgreSQL 15 (synchronous_commit off, as SQLite's WAL with
                       synchronous=NORMAL), a fresh database for each run, and stops it at the end
  --window N           unacknowledged messages per sender in fan-out and rooms (default ${WINDOW})
  --repeat N           run each scenario N times (both targets each time) and keep the repetition in
                       which other processes used the least CPU (for a machine that is not idle)
  --json               print the figures as JSON instead of tables
  --out FILE           also write the JSON figures to FILE (default bench/results/latest.json)
  --cpu-prof DIR       run the server under node --cpu-prof, writing profiles to DIR
  --from-source        run parley-server from its TypeScript sources (tsx) instead of the build
  --server-bin FILE    run this parley-server entry point instead (e.g. a patched build to compare;
                       a .ts file runs through tsx)
  --store URL          run parley-server on this PostgreSQL database (postgres://user@host:port/db)
                       instead of its SQLite store; an empty database each time is fairest
  --cluster            instead: fan-out (fanout-50) on 1 node with SQLite, 1 node with PostgreSQL, and
                       2 and 3 nodes on PostgreSQL + Redis with the members spread over them; starts
                       its own PostgreSQL and Redis (needs the postgresql and redis-server packages)
  --help               this text
`;

export function parseOptions(argv: readonly string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv.filter((a) => a !== "--"),
    options: {
      quick: { type: "boolean", default: false },
      scenario: { type: "string", multiple: true },
      target: { type: "string", multiple: true },
      json: { type: "boolean", default: false },
      out: { type: "string" },
      "cpu-prof": { type: "string" },
      "from-source": { type: "boolean", default: false },
      "server-bin": { type: "string" },
      postgres: { type: "boolean", default: false },
      store: { type: "string" },
      window: { type: "string" },
      repeat: { type: "string" },
      "client-seconds": { type: "string" },
      cluster: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  const known = catalog(false).map((s) => s.name);
  for (const name of values.scenario ?? []) {
    if (!known.includes(name)) throw new Error(`unknown scenario "${name}" (known: ${known.join(", ")})`);
  }
  const named = values.target ?? ["relay", "parley"];
  if (values.postgres && !named.includes("parley-pg")) named.push("parley-pg");
  const targets = named.map((t) => {
    if (!["relay", "parley", "parley-pg", "floor", "floor-durable"].includes(t))
      throw new Error(`unknown target "${t}" (relay, parley, parley-pg, floor or floor-durable)`);
    return t as TargetName;
  });
  return {
    quick: values.quick!,
    scenarios: values.scenario ?? [],
    targets,
    json: values.json!,
    out: values.out,
    cpuProfDir: values["cpu-prof"],
    fromSource: values["from-source"]!,
    serverBin: values["server-bin"],
    store: values.store,
    window: positiveInteger("--window", values.window, WINDOW),
    repeat: positiveInteger("--repeat", values.repeat, 1),
    clientSeconds:
      values["client-seconds"] === undefined
        ? undefined
        : positiveInteger("--client-seconds", values["client-seconds"], CLIENT_SECONDS),
    cluster: values.cluster!,
    help: values.help!,
  };
}

function positiveInteger(flag: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`${flag} takes a whole number of at least 1, not "${value}"`);
  return n;
}
