// `parley-admin announce`: a server notice to every session (exit 1 if nobody was online to get it).

import { NotFoundError, UsageError } from "@parley/cli-shell";
import { Command } from "commander";
import type { CliContext } from "../context.js";

export function announceCommand(ctx: CliContext): Command {
  return new Command("announce")
    .description("send a server notice to every session (exit 1 if none online)")
    .argument("<text...>", "the notice; several words are joined with spaces")
    .action(async (words: string[], _options: unknown, command: Command) => {
      const text = words.join(" ").trim();
      if (text === "") throw new UsageError("announce: the text is empty");
      const recipients = await ctx.withClient(command, (client) => client.announce(text));
      if (ctx.json(command)) ctx.printJson({ recipients });
      else ctx.print(`announced to ${recipients} session(s)\n`);
      if (recipients === 0) throw new NotFoundError("no session online to receive the notice");
    });
}
