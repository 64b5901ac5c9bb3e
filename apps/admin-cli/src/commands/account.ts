// `parley-admin account NAME` shows one account and its sessions; `account lock|unlock|delete NAME`
// changes it, and `account set-password NAME` gives it the password read from stdin (never argv).
import { UsageError } from "@parley/cli-shell";
import { Command } from "commander";
import type { CliContext } from "../context.js";
import { accountJson, renderAccountDetail, sessionJson } from "../output.js";

const ACTIONS = ["show", "lock", "unlock", "delete", "set-password"] as const;
type Action = (typeof ACTIONS)[number];

const DONE: Record<Exclude<Action, "show">, string> = {
  lock: "locked",
  unlock: "unlocked",
  delete: "deleted",
  "set-password": "set the password of",
};

/** `[action] name` from the arguments: one word is a name to show. */
export function accountAction(first: string, second: string | undefined): { action: Action; name: string } {
  if (second === undefined) return { action: "show", name: first };
  if (!(ACTIONS as readonly string[]).includes(first))
    throw new UsageError(`unknown account action "${first}": use ${ACTIONS.join(", ")}`);
  return { action: first as Action, name: second };
}

/** The password from stdin: its first line, without the line end. */
export function passwordFromStdin(input: string): string {
  const password = input.split(/\r?\n/)[0] ?? "";
  if (!password) throw new UsageError("account set-password reads the new password from stdin; it was empty");
  return password;
}

export function accountCommand(ctx: CliContext): Command {
  return new Command("account")
    .description("show an account (exit 1 if there is none), or lock, unlock, delete it or set its password")
    .argument("<action-or-name>", `${ACTIONS.join(" | ")}, or an account name to show`)
    .argument("[name]", "the account, after an action")
    .option("--by <name>", "operator name recorded in the audit log", "admin")
    .addHelpText(
      "after",
      "\nset-password reads the password from stdin (first line): printf '%s\\n' \"$PW\" | parley-admin account set-password ana",
    )
    .action(async (first: string, second: string | undefined, options: { by: string }, command: Command) => {
      const { action, name } = accountAction(first, second);
      if (action === "show") {
        const { account, sessions } = await ctx.withClient(command, (client) => client.getAccount(name));
        if (ctx.json(command))
          ctx.printJson({ account: accountJson(account), sessions: sessions.map(sessionJson) });
        else ctx.print(renderAccountDetail(account, sessions, ctx.renderOptions()));
        return;
      }
      const password = action === "set-password" ? passwordFromStdin(await ctx.io.readStdin()) : "";
      const account = await ctx.withClient(command, (client) =>
        action === "set-password"
          ? client.changeAccount({ kind: action, name, by: options.by, password })
          : client.changeAccount({ kind: action, name, by: options.by }),
      );
      if (ctx.json(command)) ctx.printJson({ account: accountJson(account) });
      else ctx.print(`${DONE[action]} account ${account.name}\n`);
    });
}
