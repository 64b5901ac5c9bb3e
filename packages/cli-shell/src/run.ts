// The one way a Parley program ends: run its body, turn any failure into one `prog: message` line on
// stderr and an exit code from the table. runToExitCode is in-process (tests); run() exits the process.
import { CliError } from "./errors.js";
import { ExitCode } from "./exit-codes.js";

/** Where the shell writes; a test passes strings, the binaries pass process streams. */
export interface ShellStream {
  write(text: string): unknown;
}

/** A program's body: returns its exit code, or anything else (nothing) for success. */
export type Main = () => unknown;

/** Turns an error the program does not know about into a CliError, or undefined to leave it unexpected. */
export type Translate = (error: unknown) => CliError | undefined;

/** Commander's own errors: it has printed its message (or the help) already. */
function commanderExitCode(error: unknown): number | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  if (!(error instanceof Error) || typeof code !== "string" || !code.startsWith("commander."))
    return undefined;
  const exitCode = (error as { exitCode?: number }).exitCode;
  return exitCode === 0 ? ExitCode.ok : ExitCode.usage;
}

/** Messages are one line on stderr, whatever the cause put in them. */
export function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, " ").trim();
}

/** Reports `error` on `stderr` as `prog: message` and returns its exit code. Never throws. */
export function reportFailure(
  prog: string,
  error: unknown,
  stderr: ShellStream,
  translate?: Translate,
): number {
  const fromCommander = commanderExitCode(error);
  if (fromCommander !== undefined) return fromCommander;
  const known = error instanceof CliError ? error : translate?.(error);
  if (known) {
    stderr.write(`${prog}: ${oneLine(known.message)}\n`);
    return known.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  stderr.write(`${prog}: unexpected error: ${oneLine(message)}\n`);
  return ExitCode.failed;
}

/** Runs `body` and resolves with its exit code (ok unless it returns a number), reporting any failure. */
export async function runToExitCode(
  prog: string,
  stderr: ShellStream,
  body: Main,
  translate?: Translate,
): Promise<number> {
  try {
    const code = await body();
    return typeof code === "number" ? code : ExitCode.ok;
  } catch (error) {
    return reportFailure(prog, error, stderr, translate);
  }
}

/**
 * The binaries' entry: runs `body` with the process's streams, then exits with its code once stdout
 * has been written (a pending socket or timer must not keep a finished command alive).
 */
export async function run(prog: string, body: Main, translate?: Translate): Promise<never> {
  const code = await runToExitCode(prog, process.stderr, body, translate);
  // Writes to pipes, files and terminals are synchronous on Linux; the callback covers the rest.
  await new Promise<void>((resolve) => process.stdout.write("", () => resolve()));
  process.exit(code);
}

/**
 * For programs that keep running after start-up (the full-screen client): returns what `body`
 * returns, or reports its failure and exits the process (code 0 after `--help` or `--version`).
 */
export async function orExit<T>(prog: string, body: () => T, translate?: Translate): Promise<T> {
  try {
    return await body();
  } catch (error) {
    const code = reportFailure(prog, error, process.stderr, translate);
    await new Promise<void>((resolve) => process.stdout.write("", () => resolve()));
    process.exit(code);
  }
}
