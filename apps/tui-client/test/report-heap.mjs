// Test instrumentation, loaded with node --import: appends a line of JSON per process to
// $PARLEY_HEAP_REPORT when it starts and when it exits, with its heap limit, node's flags and
// whether it ran the client's screen (loaded React).
import { appendFileSync } from "node:fs";
import { createRequire } from "node:module";
import { getHeapStatistics } from "node:v8";

const require = createRequire(import.meta.url);
const report = (event) =>
  appendFileSync(
    process.env.PARLEY_HEAP_REPORT,
    `${JSON.stringify({
      event,
      pid: process.pid,
      ppid: process.ppid,
      execArgv: process.execArgv,
      heapSizeLimit: getHeapStatistics().heap_size_limit,
      ranScreen: Object.entries(require.cache).some(
        ([path, module]) => module?.loaded && /[\\/]react[\\/]cjs[\\/]/.test(path),
      ),
    })}\n`,
  );
report("start");
process.on("exit", () => report("exit"));
