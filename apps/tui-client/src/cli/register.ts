// `parley register --nick NICK`: create an account owning NICK on the server (over TLS, or to this
// machine), with the password from PARLEY_PASSWORD or a no-echo prompt, then exit. Logging in to it
// later takes the same password (PARLEY_PASSWORD, or `parley --ask-password`).
import { FailedError } from "@parley/cli-shell";
import { ErrorCode, ProtocolClient, register, ServerError } from "@parley/protocol";
import { describeConnectError } from "../client/errors.js";
import { loadSettings, type PartialSettings } from "../config.js";
import type { TlsFlags } from "../tls.js";
import {
  addConnectionOptions,
  type CliIo,
  ExitCode,
  runScript,
  scriptCommand,
  scriptTls,
  UsageError,
} from "./common.js";
import { obtainPassword, type PromptTerminal } from "./password.js";
import { SessionError } from "./session.js";

/** Runs `parley register` with `argv` (the words after "register"); resolves with the exit code. */
export function runRegister(argv: string[], io: CliIo, terminal?: PromptTerminal): Promise<number> {
  return runScript("register", io, async (setNick) => {
    const command = addConnectionOptions(
      scriptCommand("parley register", io),
      "the nick to register (env PARLEY_NICK)",
    ).description(
      "Register your nick as an account, protected by a password (from PARLEY_PASSWORD, or asked for without echo).",
    );
    command.parse(argv, { from: "user" });
    const flags = command.opts<PartialSettings & TlsFlags>();
    const settings = loadSettings(flags, io.env);
    if (!settings.nick) throw new UsageError("which nick? give --nick NICK (or set PARLEY_NICK)");
    setNick(settings.nick);
    const password = await obtainPassword(io.env, terminal, settings.nick, true);
    const tls = scriptTls(flags, io, "register");
    let conn: ProtocolClient;
    try {
      conn = await ProtocolClient.connect({ host: settings.host, port: settings.port, tls });
    } catch (error) {
      throw new SessionError(
        `cannot connect to ${settings.host}:${settings.port}: ${describeConnectError(error)}`,
        {
          cause: error,
        },
      );
    }
    try {
      await conn.hello({ clientName: "parley", clientVersion: io.version });
      await register(conn, settings.nick, password).catch((error: unknown) => {
        if (error instanceof ServerError && error.code === ErrorCode.ERROR_CODE_NICK_REGISTERED)
          throw new FailedError(`the nick ${settings.nick} is registered already`, { cause: error });
        throw error;
      });
      conn.send({ quit: { reason: "registered" } });
    } finally {
      await Promise.race([conn.close(), new Promise((resolve) => setTimeout(resolve, 1000).unref())]);
    }
    io.stderr.write(
      `registered ${settings.nick} on ${settings.host}:${settings.port}; log in to it with the same password (PARLEY_PASSWORD, or parley --ask-password)\n`,
    );
    return ExitCode.ok;
  });
}
