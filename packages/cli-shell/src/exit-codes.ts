// The one exit-code table of parley-server, parley and parley-admin. Scripts rely on these numbers:
// add rows, never renumber. docs/admin.md, docs/client.md and docs/server.md print the same table.
import { constants } from "node:os";

/** Exit codes, one meaning each, the same in every Parley program. */
export const ExitCode = {
  /** Done. Also `--help` and `--version`. */
  ok: 0,
  /** The request was valid but nothing matched: no such session, ban, entry or file (like grep). */
  notFound: 1,
  /** Bad command line or settings: unknown option, missing argument, a value that does not parse. */
  usage: 2,
  /** No token found, or the server refused the credentials. */
  unauthorized: 3,
  /** The server could not be reached, or the connection was lost for good. */
  cannotConnect: 4,
  /** The server reported a failure of its own (an internal error). */
  serverError: 5,
  /** The request was refused or the work failed: a transfer refused or damaged, a port in use, a bug. */
  failed: 6,
  /** Interrupted with Ctrl+C (128 + SIGINT). */
  interrupted: 130,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** One line per code, for `--help` and the docs. */
export const EXIT_CODE_MEANINGS: Record<ExitCode, string> = {
  [ExitCode.ok]: "success",
  [ExitCode.notFound]: "nothing matched (no such session, ban, entry or file)",
  [ExitCode.usage]: "usage error (bad arguments or settings)",
  [ExitCode.unauthorized]: "unauthorized (no token found, or the server refused it)",
  [ExitCode.cannotConnect]: "cannot connect (or the connection was lost for good)",
  [ExitCode.serverError]: "the server reported an internal error",
  [ExitCode.failed]: "refused or failed (e.g. a transfer the server refused, a port in use)",
  [ExitCode.interrupted]: "interrupted (Ctrl+C)",
};

/** The "Exit codes:" block for `--help`, listing `codes` (default: all of them). */
export function exitCodesHelp(codes: readonly ExitCode[] = Object.values(ExitCode)): string {
  const lines = codes.map((code) => `  ${String(code).padStart(3)}  ${EXIT_CODE_MEANINGS[code]}`);
  return `Exit codes:\n${lines.join("\n")}\n  128+n  ended by signal n (143 for SIGTERM)`;
}

/** The conventional status of a process ended by `signal`: 128 + its number (SIGTERM → 143). */
export function signalExitCode(signal: NodeJS.Signals): number {
  return 128 + (constants.signals[signal] ?? 0);
}
