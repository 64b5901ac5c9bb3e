// What `parley send` and `parley get` share: their streams and environment (injectable for tests),
// settings from flags, environment and config file like the TUI, a nick when none is configured, and
// the translation of their failures into the shared CLI shell's exit codes and one-line messages.
import { randomBytes } from "node:crypto";
import {
  CannotConnectError,
  type CliError,
  ExitCode,
  FailedError,
  InterruptedError,
  NotFoundError,
  runToExitCode,
  ServerFailureError,
  shellCommand,
  UsageError,
} from "@parley/cli-shell";
import { ErrorCode, ServerError, type TlsClientOptions } from "@parley/protocol";
import { Command } from "commander";
import { describeError } from "../client/errors.js";
import { configPath, loadConfigFile, loadSettings, type PartialSettings, type Settings } from "../config.js";
import { TransferCancelledError, TransferError } from "../files/errors.js";
import { firstUseNote, INSECURE_NOTE, resolveTls, TLS_OPTIONS, type TlsFlags } from "../tls.js";
import { FileRefError } from "./find-file.js";
import { type BarStream, StderrProgress } from "./progress-bar.js";
import { ScriptSession, type ScriptSessionOptions, SessionError } from "./session.js";

export { ExitCode, UsageError };

/** The process's streams and surroundings, passed in so tests can run the commands in-process. */
export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: BarStream;
  env: NodeJS.ProcessEnv;
  /** Resolves relative paths. */
  cwd: string;
  /** The client's version, sent in Hello. */
  version: string;
  /** Aborts the transfer (the binary wires SIGINT to it). */
  signal?: AbortSignal;
}

/**
 * The connection flags `parley`, `parley send` and `parley get` take: `--host`, `--port`, `--nick`,
 * and `--server host:port`, repeatable, for the nodes of a cluster (tried in turn; it replaces --host).
 */
export function addConnectionOptions(
  command: Command,
  nickHelp = "nick to log in with (env PARLEY_NICK; default: a generated one)",
): Command {
  return command
    .option("--host <host>", "server host (env PARLEY_HOST, default 127.0.0.1)")
    .option("--port <port>", "server port (env PARLEY_PORT, default 7667)")
    .option(
      "--server <host:port>",
      "a server to connect to; repeat it for the nodes of a cluster, tried in turn (env PARLEY_SERVER, comma-separated)",
      (value: string, previous: string[]) => [...previous, value],
      [] as string[],
    )
    .option("--nick <nick>", nickHelp)
    .option(...TLS_OPTIONS[0]!)
    .option(...TLS_OPTIONS[1]!)
    .option(...TLS_OPTIONS[2]!);
}

/** TLS from the flags, environment and config file; first-use fingerprints and --insecure are said on stderr. */
export function scriptTls(flags: TlsFlags, io: CliIo, name: string): TlsClientOptions | undefined {
  const say = (text: string) => void io.stderr.write(`parley ${name}: ${text}\n`);
  const file = loadConfigFile(configPath(io.env)) as Record<string, unknown>;
  const tls = resolveTls(flags, io.env, file, (info) => say(firstUseNote(info)));
  if (tls?.insecure) say(INSECURE_NOTE);
  return tls;
}

/** Commander set up to report through `io` and throw instead of exiting. */
export function scriptCommand(name: string, io: CliIo): Command {
  return shellCommand(new Command(name), name, io);
}

/** Settings from flags, then PARLEY_* variables, then the config file; a generated nick if none. */
function scriptSettings(flags: PartialSettings, io: CliIo, prefix: string): Settings {
  const settings = loadSettings(flags, io.env);
  return { ...settings, nick: settings.nick || `${prefix}-${randomBytes(3).toString("hex")}` };
}

/**
 * Logs in with the settings from `flags` (a generated `<prefix>-xxxxxx` nick if none), in `rooms`,
 * and runs `transfer` with the session and a progress bar on stderr. The bar is cleared and the
 * session closed however the transfer ends; resolves with its result.
 */
export async function withTransferSession<T>(
  io: CliIo,
  flags: PartialSettings & TlsFlags,
  prefix: string,
  setNick: (nick: string) => void,
  rooms: Pick<ScriptSessionOptions, "rooms" | "joinDefaultRoom">,
  transfer: (session: ScriptSession, bar: StderrProgress) => Promise<T>,
): Promise<T> {
  const settings = scriptSettings(flags, io, prefix);
  setNick(settings.nick);
  const session = await ScriptSession.open({
    ...settings,
    clientVersion: io.version,
    ...rooms,
    tls: scriptTls(flags, io, prefix),
    password: io.env.PARLEY_PASSWORD || undefined,
  });
  const bar = new StderrProgress(io.stderr);
  try {
    return await transfer(session, bar);
  } finally {
    bar.finish();
    await session.close();
  }
}

/** Server refusals that mean "there is no such thing". */
const NOT_FOUND_CODES: ReadonlySet<ErrorCode> = new Set([
  ErrorCode.ERROR_CODE_NO_SUCH_FILE,
  ErrorCode.ERROR_CODE_NO_SUCH_USER,
  ErrorCode.ERROR_CODE_NO_SUCH_ROOM,
]);

/** What a transfer or connection failure means for the exit code (the table is in @parley/cli-shell). */
function translate(error: unknown, nick: string | undefined): CliError | undefined {
  if (error instanceof FileRefError)
    return error.ambiguous
      ? new UsageError(error.message, { cause: error })
      : new NotFoundError(error.message, { cause: error });
  if (error instanceof TransferCancelledError) return new InterruptedError("cancelled", { cause: error });
  const lostForGood =
    error instanceof SessionError ||
    (error instanceof TransferError &&
      (error.code === "connection_lost" || error.cause instanceof SessionError));
  if (lostForGood) return new CannotConnectError(error.message, { cause: error });
  if (error instanceof TransferError) {
    // A server refusal travels as the cause, its code compared as the enum; "not_found" is a local file.
    const refusal = error.cause instanceof ServerError ? error.cause : undefined;
    const notFound = refusal ? NOT_FOUND_CODES.has(refusal.code) : error.code === "not_found";
    return notFound
      ? new NotFoundError(error.message, { cause: error })
      : new FailedError(error.message, { cause: error });
  }
  if (error instanceof ServerError && error.code === ErrorCode.ERROR_CODE_NICK_IN_USE) {
    const taken = describeError(error, { nick }).replace(/\.$/, "");
    return new FailedError(`${taken} (is a chat client logged in under it?); pick another with --nick.`, {
      cause: error,
    });
  }
  if (error instanceof ServerError && error.code === ErrorCode.ERROR_CODE_NICK_REGISTERED) {
    return new FailedError(
      `the nick ${nick ?? ""} is registered: set PARLEY_PASSWORD to its password, or pick another with --nick.`,
      { cause: error },
    );
  }
  if (error instanceof ServerError) {
    const message = describeError(error, { nick });
    if (error.fatal) return new CannotConnectError(message, { cause: error });
    if (NOT_FOUND_CODES.has(error.code)) return new NotFoundError(message, { cause: error });
    if (error.code === ErrorCode.ERROR_CODE_INTERNAL)
      return new ServerFailureError(message, { cause: error });
    return new FailedError(message, { cause: error });
  }
  return undefined;
}

/**
 * Runs a command body and turns every failure into one line on stderr (`parley send: …`) and an
 * exit code from the shared table: usage 2, not found 1, cannot connect 4, refused 6, Ctrl+C 130.
 */
export function runScript(
  name: string,
  io: CliIo,
  body: (setNick: (nick: string) => void) => Promise<number>,
): Promise<number> {
  let nick: string | undefined;
  return runToExitCode(
    `parley ${name}`,
    io.stderr,
    () =>
      body((n) => {
        nick = n;
      }),
    (error) => translate(error, nick),
  );
}
