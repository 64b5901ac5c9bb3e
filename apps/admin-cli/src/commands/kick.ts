// `parley-admin kick`: disconnect sessions by nick, id or address, telling them why, optionally with a
// timed ban on the nick and/or the address; `--dry-run` shows who would be hit and changes nothing.

import { NotFoundError, UsageError } from "@parley/cli-shell";
import { Command } from "commander";
import type { KickRequest } from "../admin-client.js";
import type { CliContext } from "../context.js";
import { banJson, banTarget, banUntil, renderSessions, sessionJson } from "../output.js";
import { durationOption } from "../session-query.js";
import { describeTarget, pickTarget } from "../target.js";

interface KickOptions {
  id?: string;
  addr?: string;
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
    .option("--reason <text>", "shown to the user and recorded")
    .option("--ban <duration>", "refuse reconnection for this long (e.g. 10m, 2h, 1d)")
    .option("--ban-ip", "with --ban: ban the address(es) as well")
    .option("--ban-nick", "with --ban: ban the nick(s) (the default unless kicking by --addr)")
    .option("--no-ban-nick", "with --ban: do not ban the nick(s)")
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

/** Builds the request from the command line: exactly one target; ban flags only together with `--ban`. */
export function kickRequest(nick: string | undefined, options: KickOptions): KickRequest {
  const target = pickTarget({ nick, id: options.id, addr: options.addr }, "sessionId");
  const banDurationMs = options.ban === undefined ? 0 : durationOption("--ban", options.ban);
  if (options.ban !== undefined && banDurationMs <= 0)
    throw new UsageError("--ban: the duration must be positive");
  if (banDurationMs === 0 && (options.banIp || options.banNick !== undefined))
    throw new UsageError("--ban-ip and --ban-nick need --ban <duration>");
  const banNick = banDurationMs > 0 && (options.banNick ?? target.kind !== "address");
  const banAddress = banDurationMs > 0 && (!!options.banIp || target.kind === "address");
  if (banDurationMs > 0 && !banNick && !banAddress)
    throw new UsageError("--no-ban-nick leaves nothing to ban: add --ban-ip");
  return {
    target,
    reason: options.reason ?? "",
    banDurationMs,
    banNick,
    banAddress,
    dryRun: !!options.dryRun,
    by: options.by,
  };
}
