// `parley-admin bans`: bans in force (exit 1 if there are none).

import { NotFoundError } from "@parley/cli-shell";
import { Command } from "commander";
import type { CliContext } from "../context.js";
import { banJson, renderBans } from "../output.js";

export function bansCommand(ctx: CliContext): Command {
  return new Command("bans")
    .description("list bans in force (exit 1 if none)")
    .action(async (_options: unknown, command: Command) => {
      const bans = await ctx.withClient(command, (client) => client.listBans());
      if (ctx.json(command)) ctx.printJson({ bans: bans.map(banJson) });
      else if (bans.length > 0) ctx.print(renderBans(bans, ctx.renderOptions()));
      if (bans.length === 0) throw new NotFoundError("no bans in force");
    });
}
