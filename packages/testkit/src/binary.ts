// Running Parley's real programs from their TypeScript sources (node + tsx, "source" condition), as a
// person does during development: to completion with captured output, or as a long-lived child.
import { type ChildProcess, spawn } from "node:child_process";
import { onCleanup } from "./cleanup.js";

/** What a finished program left behind. */
export interface RunResult {
  /** Exit code, or null when a signal ended it. */
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface BinaryOptions {
  cwd?: string;
  /** The whole environment of the child; default: this process's. */
  env?: NodeJS.ProcessEnv;
  /** Extra modules for node's --import (test instrumentation). */
  preload?: string[];
}

/** Called once the child is running: it may signal it (e.g. SIGINT for --watch) and read its stdout. */
export type SpawnHook = (child: ChildProcess, stdout: () => string) => void;

/** node's arguments that run `entry` (a .ts/.tsx file) from source. */
function sourceArgs(entry: string, args: readonly string[], preload: string[] = []): string[] {
  return [
    "--conditions=source",
    "--import",
    "tsx",
    ...preload.flatMap((m) => ["--import", m]),
    entry,
    ...args,
  ];
}

/** Starts `entry` from source; the child is killed (SIGKILL) after the test if still running. */
export function spawnSource(
  entry: string,
  args: readonly string[],
  options: BinaryOptions & { stdio?: ("ignore" | "pipe" | "inherit")[] } = {},
): ChildProcess {
  const child = spawn(process.execPath, sourceArgs(entry, args, options.preload), {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: options.stdio ?? ["ignore", "pipe", "pipe"],
  });
  onCleanup(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  });
  return child;
}

/**
 * Runs `entry` from source to completion without blocking this process's event loop (a server under
 * test may live in it). `onSpawn` can signal the child while it runs (e.g. SIGINT for --watch).
 */
export function runSource(
  entry: string,
  args: readonly string[],
  options: BinaryOptions & {
    onSpawn?: SpawnHook /** Written to stdin, which is then closed. */;
    input?: string;
  } = {},
): Promise<RunResult> {
  const stdin = options.input === undefined ? "ignore" : "pipe";
  const child = spawnSource(entry, args, { ...options, stdio: [stdin, "pipe", "pipe"] });
  if (options.input !== undefined) child.stdin!.end(options.input);
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (chunk) => (stdout += chunk));
  child.stderr!.on("data", (chunk) => (stderr += chunk));
  options.onSpawn?.(child, () => stdout);
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("close", (code) => resolve({ code, stdout, stderr }));
  });
}
