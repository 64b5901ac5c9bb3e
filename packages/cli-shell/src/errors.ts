// Named failures a Parley program can end with, each carrying its exit code from the one table.
// run() prints `prog: message` as one line on stderr and exits with `exitCode`.
import { ExitCode } from "./exit-codes.js";

/** Base class: a failure with a one-line message for people and an exit code for scripts. */
export class CliError extends Error {
  override name = "CliError";
  constructor(
    message: string,
    readonly exitCode: ExitCode,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** The command line or a setting is wrong. */
export class UsageError extends CliError {
  override name = "UsageError";
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, ExitCode.usage, options);
  }
}

/** Nothing matched: no session, ban, entry or file fits the request. */
export class NotFoundError extends CliError {
  override name = "NotFoundError";
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, ExitCode.notFound, options);
  }
}

/** No credentials could be found, or the server refused the ones sent. */
export class UnauthorizedError extends CliError {
  override name = "UnauthorizedError";
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, ExitCode.unauthorized, options);
  }
}

/** The server is unreachable, or the connection dropped for good. */
export class CannotConnectError extends CliError {
  override name = "CannotConnectError";
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, ExitCode.cannotConnect, options);
  }
}

/** The server answered with a failure of its own. */
export class ServerFailureError extends CliError {
  override name = "ServerFailureError";
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, ExitCode.serverError, options);
  }
}

/** The request was refused or the work failed for a reason that is none of the above. */
export class FailedError extends CliError {
  override name = "FailedError";
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, ExitCode.failed, options);
  }
}

/** The user interrupted the program (Ctrl+C). */
export class InterruptedError extends CliError {
  override name = "InterruptedError";
  constructor(message = "interrupted", options?: { cause?: unknown }) {
    super(message, ExitCode.interrupted, options);
  }
}
