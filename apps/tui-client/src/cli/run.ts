// The non-interactive subcommands, `parley send`, `parley get`, `parley probe` and `parley register`: picks one from argv and runs it
// against the real process (stdout, stderr, environment, Ctrl+C cancels the transfer).
import type { CliIo } from "./common.js";
import { runGet } from "./get.js";
import { runProbe } from "./probe.js";
import { runRegister } from "./register.js";
import { runSend } from "./send.js";

/** Subcommands that run without the full-screen interface. */
const SCRIPT_COMMANDS = ["send", "get", "probe", "register"] as const;

/** True if `argv` (after the program name) starts with a script subcommand. */
export function isScriptCommand(argv: readonly string[]): boolean {
  return (SCRIPT_COMMANDS as readonly string[]).includes(argv[0] ?? "");
}

/** Runs `parley send …`, `parley get …` or `parley probe …` in this process and exits with its code. */
export async function runScriptCommand(argv: readonly string[], version: string): Promise<never> {
  const controller = new AbortController();
  process.once("SIGINT", () => controller.abort());
  const io: CliIo = {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
    version,
    signal: controller.signal,
  };
  const [name, ...rest] = argv;
  const code =
    name === "register"
      ? await runRegister(rest, io, { input: process.stdin, output: process.stderr })
      : await (name === "send" ? runSend : name === "probe" ? runProbe : runGet)(rest, io);
  process.exit(code);
}
