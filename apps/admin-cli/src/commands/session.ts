// `parley-admin session <id>`: every field of one session (exit 1 if there is no such session).
import { Command } from "commander";
import type { CliContext } from "../context.js";
import { renderSessionDetail, sessionJson } from "../output.js";
import { parseId } from "../target.js";

export function sessionCommand(ctx: CliContext): Command {
  return new Command("session")
    .description("show one session in full")
    .argument("<id>", "session id, as listed by `sessions`")
    .action(async (idText: string, _options: unknown, command: Command) => {
      const sessionId = parseId("session id", idText);
      const session = await ctx.withClient(command, (client) => client.getSession(sessionId));
      if (ctx.json(command)) ctx.printJson({ session: sessionJson(session) });
      else ctx.print(renderSessionDetail(session, ctx.renderOptions()));
    });
}
