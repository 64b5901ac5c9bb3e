// `pnpm test:chaos [--seconds N] [--seed S]`: one chaos run from the command line, longer than CI's;
// prints the verdict (and on failure the seed, violations and last events) and exits non-zero on failure.
import { parseArgs } from "node:util";
import { randomSeed } from "./prng.js";
import { runChaos } from "./run.js";

const { values } = parseArgs({
  options: {
    seconds: { type: "string", default: "300" },
    seed: { type: "string" },
  },
});
const seconds = Number(values.seconds);
const seed = values.seed === undefined ? randomSeed() : Number(values.seed);
if (!Number.isFinite(seconds) || seconds <= 0 || !Number.isInteger(seed) || seed <= 0) {
  console.error("usage: pnpm test:chaos [--seconds N] [--seed S]  (N > 0 seconds, S a positive integer)");
  process.exit(2);
}
const result = await runChaos({ seed, seconds, log: (line) => console.log(line) });
if (result.violations.length) {
  console.error(result.report);
  process.exit(1);
}
