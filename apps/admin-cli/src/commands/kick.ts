// `parley-admin kick`: disconnect sessions by nick, id, account or address, telling them why, optionally with a
// timed ban on the nick, the address and the account; `--dry-run` shows who would be hit and changes nothing.

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
  banAccount?: boolean;
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
      'refuse reconnection for this long (e.g. 10m, 2h, 1d; at most 36500d) or "permanent"; bans the nick(s), the address(es) and the account(s)',
    )
    .option("--ban-ip", "with --ban: ban the address(es) (the default)")
    .option("--no-ban-ip", "with --ban: leave the address(es) unbanned")
    .option("--ban-nick", "with --ban: ban the nick(s) (the default)")
    .option("--no-ban-nick", "with --ban: leave the nick(s) unbanned")
    .option("--ban-account", "with --ban: ban the account(s) of the sessions hit (the default)")
    .option("--no-ban-account", "with --ban: leave the account(s) unbanned")
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
          sessions_matched: result.sessionsMatched,
          bans_made: result.bansMade,
        });
      } else {
        const render = ctx.renderOptions();
        const verb = result.dryRun ? "would kick" : "kicked";
        if (result.sessionsMatched > 0) {
          ctx.print(`${verb} ${result.sessionsMatched} session(s):\n`);
          ctx.print(renderSessions(result.sessions, render));
          const unlisted = result.sessionsMatched - result.sessions.length;
          if (unlisted > 0)
            ctx.print(
              `… and ${unlisted} more (too many for one reply${result.dryRun ? "" : "; see parley-admin closed"})\n`,
            );
        }
        for (const ban of result.bans)
          ctx.print(
            `${result.dryRun ? "would ban" : "banned"} ${banTarget(ban)} until ${banUntil(Number(ban.untilMs ?? 0), render.nowMs)}${ban.id ? ` (ban ${ban.id})` : ""}\n`,
          );
        const unlistedBans = result.bansMade - result.bans.length;
        if (unlistedBans > 0)
          ctx.print(`… and ${unlistedBans} more ban(s)${result.dryRun ? "" : " (see parley-admin bans)"}\n`);
      }
      if (result.sessionsMatched === 0 && result.bansMade === 0)
        throw new NotFoundError(`no session matches ${describeTarget(request.target)}`);
      if (result.sessionsMatched === 0) ctx.note(`no session matches ${describeTarget(request.target)}`);
    });
}

/**
 * Builds the request from the command line: exactly one target; ban flags only together with `--ban`.
 * A ban covers the nick(s), the address(es) and the account(s), so neither a new nick, a new address nor
 * the account alone gets back in; `--no-ban-nick`, `--no-ban-ip` or `--no-ban-account` narrows it.
 */
export function kickRequest(nick: string | undefined, options: KickOptions): KickRequest {
  const target = pickTarget(
    { nick, id: options.id, addr: options.addr, account: options.account },
    "sessionId",
  );
  const ban = options.ban === undefined ? undefined : banDurationOption("--ban", options.ban);
  if (
    !ban &&
    (options.banIp !== undefined || options.banNick !== undefined || options.banAccount !== undefined)
  )
    throw new UsageError(
      "--ban-ip, --ban-nick and --ban-account (and their --no- forms) need --ban <duration>",
    );
  const banNick = !!ban && options.banNick !== false;
  const banAddress = !!ban && options.banIp !== false;
  const banAccount = !!ban && options.banAccount !== false;
  if (ban && !banNick && !banAddress && !banAccount)
    throw new UsageError("--no-ban-nick, --no-ban-ip and --no-ban-account together leave nothing to ban");
  return {
    target,
    reason: options.reason ?? "",
    banDurationMs: ban?.durationMs ?? 0,
    banPermanent: ban?.permanent ?? false,
    banNick,
    banAddress,
    banAccount,
    dryRun: !!options.dryRun,
    by: options.by,
  };
}
