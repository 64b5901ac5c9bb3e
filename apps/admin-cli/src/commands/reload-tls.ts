// `parley-admin reload-tls`: have the server read its TLS certificate and key files again (as SIGHUP does).
// New connections get the new certificate; open ones keep theirs; a bad file is refused and the old one kept.
import { timeFormat } from "@parley/cli-shell";
import { Command } from "commander";
import type { CliContext } from "../context.js";

export function reloadTlsCommand(ctx: CliContext): Command {
  return new Command("reload-tls")
    .description("re-read the server's TLS certificate and key (new connections get them; open ones stay)")
    .option("--by <name>", "operator name recorded in the audit log", "admin")
    .action(async (options: { by: string }, command: Command) => {
      const result = await ctx.withClient(command, (client) => client.reloadTls(options.by));
      if (ctx.json(command))
        ctx.printJson({
          fingerprint256: result.fingerprint256,
          valid_to_ms: result.validToMs,
          valid_to: new Date(result.validToMs).toISOString(),
          listeners: result.listeners,
        });
      else
        ctx.print(
          `reloaded: ${result.listeners.join(" and ")} now serve ${result.fingerprint256} (valid until ${timeFormat.dateTime(result.validToMs)})\n`,
        );
    });
}
