// What `parley send` and `parley get` share: their streams and environment (injectable for tests),
// settings from flags, environment and config file like the TUI, a nick when none is configured,
// exit codes, and one-line error messages instead of stack traces.
import { randomBytes } from "node:crypto";
import { ErrorCode, ServerError } from "@parley/protocol";
import { Command, CommanderError } from "commander";
import { describeError } from "../client/errors.js";
import {
  ConfigError,
  configPath,
  fromEnv,
  loadConfigFile,
  type PartialSettings,
  resolveSettings,
  type Settings,
} from "../config.js";
import { TransferCancelledError, TransferError } from "../files/errors.js";
import type { BarStream } from "./progress-bar.js";
import { SessionError } from "./session.js";

/** Exit codes of the non-interactive commands (documented in docs/client.md). */
export const EXIT = {
  ok: 0,
  /** The transfer failed: refused by the server, damaged, missing file … */
  failed: 1,
  /** Wrong arguments or settings. */
  usage: 2,
  /** Could not connect, or lost the connection for good. */
  connection: 3,
  /** Interrupted (Ctrl+C). */
  interrupted: 130,
} as const;

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

/** Connection flags both commands take, as `--host`, `--port`, `--nick`. */
export function addConnectionOptions(command: Command): Command {
  return command
    .option("--host <host>", "server host (env PARLEY_HOST, default 127.0.0.1)")
    .option("--port <port>", "server port (env PARLEY_PORT, default 7667)")
    .option("--nick <nick>", "nick to log in with (env PARLEY_NICK; default: a generated one)");
}

/** Commander set up to report through `io` and throw instead of exiting. */
export function scriptCommand(name: string, io: CliIo): Command {
  return new Command(name)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => void io.stdout.write(text),
      writeErr: (text) => void io.stderr.write(text),
    })
    .showHelpAfterError("(add --help for usage)");
}

/** Settings from flags, then PARLEY_* variables, then the config file; a generated nick if none. */
export function scriptSettings(flags: PartialSettings, io: CliIo, prefix: string): Settings {
  const settings = resolveSettings(flags, fromEnv(io.env), loadConfigFile(configPath(io.env)));
  return { ...settings, nick: settings.nick || `${prefix}-${randomBytes(3).toString("hex")}` };
}

/**
 * Runs a command body and turns every failure into one line on stderr and an exit code:
 * usage → 2, connection → 3, transfer or server refusal → 1, cancel → 130.
 */
export async function runScript(
  name: string,
  io: CliIo,
  body: (setNick: (nick: string) => void) => Promise<number>,
): Promise<number> {
  let nick: string | undefined;
  try {
    return await body((n) => {
      nick = n;
    });
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    const say = (text: string) => io.stderr.write(`parley ${name}: ${text}\n`);
    if (error instanceof ConfigError || error instanceof UsageError) {
      say(error.message);
      return EXIT.usage;
    }
    if (error instanceof TransferCancelledError) {
      say("cancelled");
      return EXIT.interrupted;
    }
    const lostForGood =
      error instanceof SessionError ||
      (error instanceof TransferError &&
        (error.code === "connection_lost" || error.cause instanceof SessionError));
    if (lostForGood) {
      say(error.message);
      return EXIT.connection;
    }
    if (error instanceof TransferError) {
      say(error.message);
      return EXIT.failed;
    }
    if (error instanceof ServerError && error.code === ErrorCode.ERROR_CODE_NICK_IN_USE) {
      const taken = describeError(error, { nick }).replace(/\.$/, "");
      say(`${taken} (is a chat client logged in under it?); pick another with --nick.`);
      return EXIT.failed;
    }
    if (error instanceof ServerError) {
      say(describeError(error, { nick }));
      return error.fatal ? EXIT.connection : EXIT.failed;
    }
    say(error instanceof Error ? error.message : String(error));
    return EXIT.failed;
  }
}

/** Wrong arguments, found after parsing (e.g. a bad --to). */
export class UsageError extends Error {
  override name = "UsageError";
}
