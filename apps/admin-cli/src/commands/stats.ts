// `parley-admin stats`: uptime, sessions, rooms, traffic rates and memory.
import { Command } from "commander";
import type { CliContext } from "../context.js";
import { renderStats, statsJson } from "../output.js";

export function statsCommand(ctx: CliContext): Command {
  return new Command("stats")
    .description("server uptime, sessions, rooms, rates and memory")
    .action(async (_options: unknown, command: Command) => {
      const stats = await ctx.withClient(command, (client) => client.stats());
      if (ctx.json(command)) ctx.printJson(statsJson(stats));
      else ctx.print(renderStats(stats, ctx.renderOptions()));
    });
}
