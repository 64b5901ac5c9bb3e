// `parley-admin kick`: disconnect sessions by nick, id, account or address, telling them why, optionally with a
// timed ban on the nick and/or the address; `--dry-run` shows who would be hit and changes nothing.

import { NotFoundError, UsageError } from "@parley/cli-shell";
import { Command } from "commander";
import type { KickRequest } from "../admin-client.js";
import type { CliContext } from "../context.js";
import { banJson, banTarget, banUntil, renderSessions, sessionJson } from "../output.js";
import { banDurationOption } from "../session-query.js";
import { describeTarget, pickTarget } from "../target.js";

interface KickOptions {
  id?: string;
  addr?: string;
  account?: string;
  reason?: string;
  ban?: string;
  banIp?: boolean;
  banNick?: boolean;
  dryRun?: boolean;
  by: string;
}

export function kickCommand(ctx: CliContext): Command {
  return new Command("kick")
    .description("disconnect sessions, showing them the reason (exit 1 if none match)")
    .argument("[nick]", "kick every session of this nick")
    .option("--id <session-id>", "kick this session only")
    .option("--addr <address>", "kick every session from this address")
    .option("--account <name>", "kick every session logged in to this account (a ban covers its name)")
    .option("--reason <text>", "shown to the user and recorded")
    .option(
      "--ban <duration>",
      'refuse reconnection for this long (e.g. 10m, 2h, 1d; at most 36500d) or "permanent"; bans the nick(s) and the address(es)',
    )
    .option("--ban-ip", "with --ban: ban the address(es) (the default)")
    .option("--no-ban-ip", "with --ban: leave the address(es) unbanned")
    .option("--ban-nick", "with --ban: ban the nick(s) (the default)")
    .option("--no-ban-nick", "with --ban: leave the nick(s) unbanned")
    .option("--dry-run", "list who would be kicked and banned; change nothing")
    .option("--by <name>", "operator name shown to the user and recorded", "admin")
    .action(async (nick: string | undefined, options: KickOptions, command: Command) => {
      const request = kickRequest(nick, options);
      const result = await ctx.withClient(command, (client) => client.kick(request));
      if (ctx.json(command)) {
        ctx.printJson({
          dry_run: result.dryRun,
          sessions: result.sessions.map(sessionJson),
          bans: result.bans.map(banJson),
        });
      } else {
        const render = ctx.renderOptions();
        const verb = result.dryRun ? "would kick" : "kicked";
        if (result.sessions.length > 0) {
          ctx.print(`${verb} ${result.sessions.length} session(s):\n`);
          ctx.print(renderSessions(result.sessions, render));
        }
        for (const ban of result.bans)
          ctx.print(
            `${result.dryRun ? "would ban" : "banned"} ${banTarget(ban)} until ${banUntil(Number(ban.untilMs ?? 0), render.nowMs)}${ban.id ? ` (ban ${ban.id})` : ""}\n`,
          );
      }
      if (result.sessions.length === 0 && result.bans.length === 0)
        throw new NotFoundError(`no session matches ${describeTarget(request.target)}`);
      if (result.sessions.length === 0) ctx.note(`no session matches ${describeTarget(request.target)}`);
    });
}

/**
 * Builds the request from the command line: exactly one target; ban flags only together with `--ban`.
 * A ban covers the nick(s) and the address(es), so neither a new nick nor a new address alone gets back
 * in; `--no-ban-nick` or `--no-ban-ip` narrows it to one.
 */
export function kickRequest(nick: string | undefined, options: KickOptions): KickRequest {
  const target = pickTarget(
    { nick, id: options.id, addr: options.addr, account: options.account },
    "sessionId",
  );
  const ban = options.ban === undefined ? undefined : banDurationOption("--ban", options.ban);
  if (!ban && (options.banIp !== undefined || options.banNick !== undefined))
    throw new UsageError("--ban-ip and --ban-nick (and their --no- forms) need --ban <duration>");
  const banNick = !!ban && options.banNick !== false;
  const banAddress = !!ban && options.banIp !== false;
  if (ban && !banNick && !banAddress)
    throw new UsageError("--no-ban-nick with --no-ban-ip leaves nothing to ban");
  return {
    target,
    reason: options.reason ?? "",
    banDurationMs: ban?.durationMs ?? 0,
    banPermanent: ban?.permanent ?? false,
    banNick,
    banAddress,
    dryRun: !!options.dryRun,
    by: options.by,
  };
}
