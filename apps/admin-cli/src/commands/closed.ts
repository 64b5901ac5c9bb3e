// `parley-admin closed`: recently closed sessions, newest first, with why each closed.

import { NotFoundError } from "@parley/cli-shell";
import { Command } from "commander";
import type { CliContext } from "../context.js";
import { closedSessionJson, renderClosed } from "../output.js";
import { parseCount } from "../target.js";

export function closedCommand(ctx: CliContext): Command {
  return new Command("closed")
    .description("recently closed sessions and their close reason, newest first (exit 1 if none)")
    .option("-n, --limit <count>", "at most this many (0: all the server keeps)", "50")
    .action(async (options: { limit: string }, command: Command) => {
      const limit = parseCount("--limit", options.limit);
      const closed = await ctx.withClient(command, (client) => client.listClosed(limit));
      if (ctx.json(command)) ctx.printJson({ closed: closed.map(closedSessionJson) });
      else if (closed.length > 0) ctx.print(renderClosed(closed, ctx.renderOptions()));
      if (closed.length === 0) throw new NotFoundError("no closed sessions recorded");
    });
}
