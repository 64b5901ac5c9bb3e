// pnpm bench: drives the real parley-server and a plain Node relay with the same load from separate
// processes, prints tables of the figures (or JSON with --json) and writes them to bench/results/.
//   options.ts       flags            scenarios/catalog.ts  the scenarios and their parameters
//   run.ts           run loop         scenarios/run.ts      one scenario against one server: phases, /proc readings
//   servers.ts       start a server   relay.ts              the baseline relay (its own process)
//   pool.ts, worker.ts, load/*, clients/*   the load generator processes
//   proc-stat.ts, histogram.ts, report.ts   measurement and presentation
//   client/          the terminal-client scenario: parley in tmux (control mode), key echo, paging
//   cluster/         --cluster: fan-out over several nodes on PostgreSQL and Redis
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { clusterTable } from "./cluster/report.js";
import { runClusterBench } from "./cluster/run.js";
import { parseOptions, USAGE } from "./options.js";
import { formatReport } from "./report.js";
import { progress, runBench } from "./run.js";

let options: ReturnType<typeof parseOptions>;
try {
  options = parseOptions(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`pnpm bench: ${(error as Error).message}\n\n${USAGE}`);
  process.exit(2);
}
if (options.help) {
  process.stdout.write(USAGE);
  process.exit(0);
}
const machine = {
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model ?? "unknown",
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  node: process.version,
};
progress(
  `parley bench${options.quick ? " (quick)" : ""}: ${machine.cpus} × ${machine.cpuModel}, ${machine.node}`,
);
const serverOptions = {
  cpuProfDir: options.cpuProfDir,
  fromSource: options.fromSource,
  serverBin: options.serverBin,
};
const cluster = options.cluster
  ? await runClusterBench(options.quick, options.window, serverOptions, progress)
  : undefined;
const results = options.cluster ? [] : await runBench(options);
const figures = { date: new Date().toISOString(), quick: options.quick, machine, results, cluster };
const out = options.out ?? fileURLToPath(new URL("../results/latest.json", import.meta.url));
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(figures, null, 2)}\n`);
if (options.json) process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
else if (cluster) process.stdout.write(`\nCluster (fan-out)\n\n${clusterTable(cluster)}\n`);
else process.stdout.write(`\n${formatReport(results)}\n`);
progress(`\nfigures written to ${out}`);
