// The parley-admin command line: global options, one subcommand per file in commands/; failures become
// one `parley-admin: …` line and an exit code from the shared table (@parley/cli-shell).
import { exitCodesHelp, runToExitCode, shellCommand } from "@parley/cli-shell";
import { Command, Option } from "commander";
import { accountCommand } from "./commands/account.js";
import { accountsCommand } from "./commands/accounts.js";
import { announceCommand } from "./commands/announce.js";
import { auditCommand } from "./commands/audit.js";
import { banCommand } from "./commands/ban.js";
import { bansCommand } from "./commands/bans.js";
import { closedCommand } from "./commands/closed.js";
import { kickCommand } from "./commands/kick.js";
import { reloadTlsCommand } from "./commands/reload-tls.js";
import { sessionCommand } from "./commands/session.js";
import { sessionsCommand } from "./commands/sessions.js";
import { statsCommand } from "./commands/stats.js";
import { unbanCommand } from "./commands/unban.js";
import { CliContext, type CliIo, DEFAULT_TIMEOUT } from "./context.js";
import { DEFAULT_ADMIN_HOST, DEFAULT_ADMIN_PORT } from "./endpoint.js";

const EXIT_CODES_HELP = `
${exitCodesHelp()}

On the server's machine no option is needed: the token is read from the server's data directory
($PARLEY_DATA_DIR, else \${XDG_DATA_HOME:-~/.local/share}/parley)/admin.token. See docs/admin.md.`;

/** Builds the program; `ctx` carries the streams, so tests can run it in-process. */
export function buildProgram(ctx: CliContext): Command {
  const program = shellCommand(new Command("parley-admin"), "parley-admin", ctx.io)
    .description(
      "Parley operator tool: sessions, kicks, bans, accounts, closed sessions, stats, announcements, audit.",
    )
    .addOption(
      new Option(
        "--host <host>",
        `admin listener host [env: PARLEY_ADMIN_HOST] (default: ${DEFAULT_ADMIN_HOST})`,
      ),
    )
    .addOption(
      new Option(
        "--port <port>",
        `admin listener port [env: PARLEY_ADMIN_PORT] (default: ${DEFAULT_ADMIN_PORT})`,
      ),
    )
    .option("--socket <path>", "admin listener Unix socket instead of TCP [env: PARLEY_ADMIN_SOCKET]")
    .option(
      "--token <token>",
      "admin token (visible to other users in `ps`: prefer the env) [env: PARLEY_ADMIN_TOKEN]",
    )
    .option("--token-file <path>", "read the admin token from this file [env: PARLEY_ADMIN_TOKEN_FILE]")
    .option("--data-dir <dir>", "the server's data directory, for its admin.token [env: PARLEY_DATA_DIR]")
    .option(
      "--tls",
      "speak TLS to the admin listener (server started with --admin-tls) [env: PARLEY_ADMIN_TLS]",
    )
    .option(
      "--ca <file>",
      "trust this CA or self-signed certificate (PEM); implies --tls [env: PARLEY_ADMIN_CA]",
    )
    .option("--insecure", "for tests only: TLS without checking the certificate at all")
    .option("--timeout <duration>", "wait this long to connect and for each reply", DEFAULT_TIMEOUT)
    .option("--json", "machine-readable output with stable field names")
    .addHelpText("after", EXIT_CODES_HELP);
  for (const make of [
    sessionsCommand,
    sessionCommand,
    kickCommand,
    banCommand,
    bansCommand,
    unbanCommand,
    closedCommand,
    statsCommand,
    announceCommand,
    auditCommand,
    reloadTlsCommand,
    accountsCommand,
    accountCommand,
  ]) {
    // Commands built on their own do not inherit the program's output and exit settings unless copied.
    program.addCommand(make(ctx).copyInheritedSettings(program));
  }
  return program;
}

/** Runs one command line (without "node" and the script) and returns the exit code. Never throws. */
export function runCli(args: readonly string[], io: CliIo): Promise<number> {
  const program = buildProgram(new CliContext(io));
  return runToExitCode("parley-admin", io.stderr, () =>
    program.parseAsync([...args], { from: "user" }).then(() => {}),
  );
}
