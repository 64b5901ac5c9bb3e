// parley's entry point: makes sure the process runs under the client's heap settings (heap-flags.ts),
// relaunching node with them if it was started without, then starts the client (main.tsx).
import { missingHeapFlags, relaunchWith } from "./heap-flags.js";

const missing = missingHeapFlags(process.execArgv, process.env.NODE_OPTIONS);
if (missing.length > 0) await relaunchWith(missing);
await import("./main.js");
