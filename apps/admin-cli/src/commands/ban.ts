// `parley-admin ban`: ban a nick, an address or an address range (CIDR) without kicking anyone (for someone not online now);
// permanent unless `--for` is given. Sessions already connected stay; combine with `kick` to remove them.

import { Command } from "commander";
import type { CliContext } from "../context.js";
import { banJson, banTarget, banUntil } from "../output.js";
import { banDurationOption } from "../session-query.js";
import { pickTarget } from "../target.js";

interface BanOptions {
  addr?: string;
  for?: string;
  reason?: string;
  by: string;
}

export function banCommand(ctx: CliContext): Command {
  return new Command("ban")
    .description("ban a nick, an address or a CIDR range from connecting (does not kick)")
    .argument("[nick]", "the nick to ban")
    .option(
      "--addr <address>",
      "ban this address or CIDR range instead (10.0.0.7, 10.0.0.0/8, 2001:db8::/32)",
    )
    .option(
      "--for <duration>",
      'how long (e.g. 10m, 2h, 1d; at most 36500d), or "permanent" (the default when omitted)',
    )
    .option("--reason <text>", "shown to the refused user and recorded")
    .option("--by <name>", "operator name recorded with the ban", "admin")
    .action(async (nick: string | undefined, options: BanOptions, command: Command) => {
      const target = pickTarget({ nick, addr: options.addr }, undefined);
      const durationMs = options.for === undefined ? 0 : banDurationOption("--for", options.for).durationMs;
      const ban = await ctx.withClient(command, (client) =>
        client.ban(target, durationMs, options.reason ?? "", options.by),
      );
      if (ctx.json(command)) ctx.printJson({ ban: banJson(ban) });
      else
        ctx.print(
          `banned ${banTarget(ban)} until ${banUntil(Number(ban.untilMs ?? 0), ctx.renderOptions().nowMs)} (ban ${ban.id})\n`,
        );
    });
}
