// The V8 heap settings parley runs under, and the relaunch that applies them when node was started
// without them. They keep a client left open for weeks at a flat, small resident size.
import { spawn } from "node:child_process";

/**
 * Node flags for the client's process. Each is given unless the person already set it (on node's
 * command line or in NODE_OPTIONS), so their own choice wins.
 *
 * - `--max-old-space-size=512` (MiB): far above the client's live heap (tens of MB in a busy room),
 *   so it is never reached in practice; what it buys is V8's heap-growing factor. With the default
 *   limit (a quarter of the machine's memory, up to 4 GiB) V8 lets the old space grow to about four
 *   times what is live before collecting; with a limit of 512 MiB it collects at about 1.4 times.
 * - `--max-semi-space-size=2` (MiB): the young generation stays at about 6 MiB instead of growing to
 *   48 MiB under a steady allocation rate (every frame allocates); minor collections come more often
 *   and each is short, since almost nothing a frame allocates outlives it.
 *
 * bin/parley.js passes the same flags in its shebang (test/heap-flags.test.ts checks they agree).
 */
export const HEAP_FLAGS: readonly string[] = ["--max-old-space-size=512", "--max-semi-space-size=2"];

/** `--max_old_space_size=1` and `--max-old-space-size 1` name the same V8 flag. */
function flagName(arg: string): string {
  return (arg.split("=")[0] ?? "").replace(/_/g, "-");
}

/**
 * The flags of HEAP_FLAGS that neither `execArgv` (node's own arguments) nor `nodeOptions` (the
 * NODE_OPTIONS variable) already set, in any spelling or value.
 */
export function missingHeapFlags(execArgv: readonly string[], nodeOptions = ""): string[] {
  const given = new Set([...execArgv, ...nodeOptions.split(/\s+/)].map(flagName));
  return HEAP_FLAGS.filter((flag) => !given.has(flagName(flag)));
}

/** Signals passed on to the relaunched client (the terminal's own go to both processes anyway). */
const FORWARDED_SIGNALS: NodeJS.Signals[] = ["SIGTERM", "SIGINT", "SIGHUP", "SIGQUIT"];

/**
 * Runs this same program again with `flags` added to node's arguments, on the same terminal, and
 * ends as it ends: with its exit code, or by the signal that ended it. Never resolves. Node 20 cannot
 * replace its own process, so this one stays as a small parent that only waits and passes signals on.
 */
export function relaunchWith(flags: readonly string[]): Promise<never> {
  const child = spawn(process.execPath, [...process.execArgv, ...flags, ...process.argv.slice(1)], {
    stdio: "inherit",
  });
  for (const signal of FORWARDED_SIGNALS)
    process.on(signal, () => {
      child.kill(signal);
    });
  child.on("error", (error) => {
    process.stderr.write(`parley: cannot start node again with ${flags.join(" ")}: ${error.message}\n`);
    process.exit(1);
  });
  child.on("exit", (code, signal) => {
    if (signal) {
      process.removeAllListeners(signal);
      process.kill(process.pid, signal);
    } else process.exit(code ?? 1);
  });
  return new Promise<never>(() => {});
}
