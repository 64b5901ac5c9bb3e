// `parley-admin audit`: the record of admin actions, newest first.

import { NotFoundError } from "@parley/cli-shell";
import { Command } from "commander";
import type { CliContext } from "../context.js";
import { auditEntryJson, renderAudit } from "../output.js";
import { parseCount } from "../target.js";

export function auditCommand(ctx: CliContext): Command {
  return new Command("audit")
    .description("admin actions recorded by the server, newest first (exit 1 if none)")
    .option("-n, --limit <count>", "at most this many (0: the server's default)", "50")
    .action(async (options: { limit: string }, command: Command) => {
      const limit = parseCount("--limit", options.limit);
      const entries = await ctx.withClient(command, (client) => client.listAudit(limit));
      if (ctx.json(command)) ctx.printJson({ entries: entries.map(auditEntryJson) });
      else if (entries.length > 0) ctx.print(renderAudit(entries, ctx.renderOptions()));
      if (entries.length === 0) throw new NotFoundError("no audit entries");
    });
}
