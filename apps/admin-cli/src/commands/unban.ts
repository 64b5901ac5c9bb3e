// `parley-admin unban`: lift bans by ban id, nick or address (exit 1 if none was in force).

import { NotFoundError } from "@parley/cli-shell";
import { Command } from "commander";
import type { CliContext } from "../context.js";
import { banJson, banTarget } from "../output.js";
import { describeTarget, pickTarget } from "../target.js";

interface UnbanOptions {
  id?: string;
  addr?: string;
}

export function unbanCommand(ctx: CliContext): Command {
  return new Command("unban")
    .description("lift bans (exit 1 if none matched)")
    .argument("[nick]", "lift the bans on this nick")
    .option("--id <ban-id>", "lift this ban, as listed by `bans`")
    .option("--addr <address>", "lift the bans on this address or CIDR range (as it was banned)")
    .action(async (nick: string | undefined, options: UnbanOptions, command: Command) => {
      const target = pickTarget({ nick, id: options.id, addr: options.addr }, "banId");
      const removed = await ctx.withClient(command, (client) => client.unban(target));
      if (ctx.json(command)) ctx.printJson({ removed: removed.map(banJson) });
      else for (const ban of removed) ctx.print(`lifted ban ${ban.id} on ${banTarget(ban)}\n`);
      if (removed.length === 0) throw new NotFoundError(`no ban matches ${describeTarget(target)}`);
    });
}
