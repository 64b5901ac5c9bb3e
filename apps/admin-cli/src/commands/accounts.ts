// `parley-admin accounts`: every registered account (exit 1 if there is none).
import { NotFoundError } from "@parley/cli-shell";
import { Command } from "commander";
import type { CliContext } from "../context.js";
import { accountJson, renderAccounts } from "../output.js";

export function accountsCommand(ctx: CliContext): Command {
  return new Command("accounts")
    .description("list registered accounts (exit 1 if there are none)")
    .action(async (_options: unknown, command: Command) => {
      const accounts = await ctx.withClient(command, (client) => client.listAccounts());
      if (ctx.json(command)) ctx.printJson({ accounts: accounts.map(accountJson) });
      else if (accounts.length > 0) ctx.print(renderAccounts(accounts, ctx.renderOptions()));
      if (accounts.length === 0) throw new NotFoundError("no accounts");
    });
}
