// Named failures of parley-admin, each carrying the exit code scripts see.
// main.ts prints `message` as one line on stderr and exits with `exitCode`; nothing else reaches the user.

/** Exit codes, documented in docs/admin.md. Scripts rely on these numbers: never renumber. */
export const ExitCode = {
  ok: 0,
  /** The request was valid but matched no session, ban or entry (like grep). */
  nothingMatched: 1,
  /** Bad command line: unknown option, missing argument, unparsable duration. */
  usage: 2,
  /** No token found, or the server refused it. */
  unauthorized: 3,
  /** The admin listener could not be reached, or the connection was lost. */
  cannotConnect: 4,
  /** The server reported a failure of its own (an internal error). */
  serverError: 5,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** Base class: a failure with a one-line message for people and an exit code for scripts. */
export class AdminCliError extends Error {
  override name = "AdminCliError";
  constructor(
    message: string,
    readonly exitCode: ExitCode,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** The command line is wrong. */
export class UsageError extends AdminCliError {
  override name = "UsageError";
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, ExitCode.usage, options);
  }
}

/** Nothing matched: no session, ban or entry fits the request. Output (an empty list) has been printed. */
export class NothingMatchedError extends AdminCliError {
  override name = "NothingMatchedError";
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, ExitCode.nothingMatched, options);
  }
}

/** No token could be found, or the server refused the one sent. */
export class UnauthorizedError extends AdminCliError {
  override name = "UnauthorizedError";
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, ExitCode.unauthorized, options);
  }
}

/** The admin listener is unreachable, or the connection dropped or timed out mid-request. */
export class ConnectError extends AdminCliError {
  override name = "ConnectError";
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, ExitCode.cannotConnect, options);
  }
}

/** The server answered with an error that is neither the caller's fault nor "not found". */
export class ServerFailureError extends AdminCliError {
  override name = "ServerFailureError";
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, ExitCode.serverError, options);
  }
}
