// `pnpm test:chaos [--seconds N] [--seed S] [--clients C] [--rooms R] [--store postgres://…] [--nodes K]`:
// one chaos run from the command line, longer than CI's (K > 1: a cluster of K nodes on a Redis it
// starts, sharing the PostgreSQL store); prints the verdict and exits non-zero on failure.
import { parseArgs } from "node:util";
import { randomSeed } from "./prng.js";
import { runChaos } from "./run.js";
import { DEFAULT_SCHEDULE } from "./schedule.js";

const { values } = parseArgs({
  options: {
    seconds: { type: "string", default: "300" },
    seed: { type: "string" },
    clients: { type: "string", default: String(DEFAULT_SCHEDULE.clients) },
    rooms: { type: "string", default: String(DEFAULT_SCHEDULE.rooms) },
    store: { type: "string" },
    nodes: { type: "string", default: "1" },
  },
});
const seconds = Number(values.seconds);
const seed = values.seed === undefined ? randomSeed() : Number(values.seed);
const clients = Number(values.clients);
const rooms = Number(values.rooms);
const nodes = Number(values.nodes);
const whole = (n: number, min: number) => Number.isInteger(n) && n >= min;
if (
  !Number.isFinite(seconds) ||
  seconds <= 0 ||
  !whole(seed, 1) ||
  !whole(clients, 2) ||
  !whole(rooms, 1) ||
  !whole(nodes, 1)
) {
  console.error(
    "usage: pnpm test:chaos [--seconds N] [--seed S] [--clients C] [--rooms R] [--store URL] [--nodes K]\n" +
      "  N > 0 seconds of chaos (default 300), S a positive integer (default random), C ≥ 2 clients, R ≥ 1 rooms,\n" +
      "  K ≥ 1 nodes (more than 1: a cluster on a Redis started for the run; needs a postgres:// store)",
  );
  process.exit(2);
}
const schedule = { ...DEFAULT_SCHEDULE, clients, rooms };
const result = await runChaos({
  seed,
  seconds,
  schedule,
  store: values.store,
  nodes,
  log: (line) => console.log(line),
});
if (result.violations.length) {
  console.error(result.report);
  process.exit(1);
}
