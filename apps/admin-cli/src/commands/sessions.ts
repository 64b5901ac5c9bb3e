// `parley-admin sessions`: the session table, filtered on the server, sorted here; `--watch` redraws it.

import { NotFoundError, timeFormat, UsageError } from "@parley/cli-shell";
import type { SessionInfo } from "@parley/protocol";
import { Command } from "commander";
import type { AdminClient } from "../admin-client.js";
import type { CliContext } from "../context.js";
import { renderSessions, sessionJson } from "../output.js";
import {
  buildSessionFilter,
  durationOption,
  parseSortKey,
  type SessionFilterOptions,
  SORT_KEYS,
  sortSessions,
} from "../session-query.js";

interface SessionsOptions extends SessionFilterOptions {
  sort: string;
  reverse?: boolean;
  watch?: boolean;
  interval: string;
}

export function sessionsCommand(ctx: CliContext): Command {
  return new Command("sessions")
    .description("list connected sessions (exit 1 if none match)")
    .option("--nick <nick>", "only this nick")
    .option("--room <room>", "only members of this room")
    .option("--addr <address>", "only this remote address")
    .option("--idle-gt <duration>", "only sessions idle longer than this (e.g. 10m)")
    .option("--age-gt <duration>", "only sessions connected longer than this (e.g. 1h)")
    .option("--sort <key>", `order by ${SORT_KEYS.join(", ")}`, "id")
    .option("-r, --reverse", "reverse the order")
    .option("-w, --watch", "refresh until interrupted")
    .option("--interval <duration>", "refresh interval for --watch", "2s")
    .action(async (options: SessionsOptions, command: Command) => {
      const filter = buildSessionFilter(options);
      const sortKey = parseSortKey(options.sort);
      const list = async (client: AdminClient) =>
        sortSessions(await client.listSessions(filter), sortKey, !!options.reverse);
      if (options.watch) {
        const intervalMs = durationOption("--interval", options.interval);
        if (intervalMs < 100) throw new UsageError("--interval: at least 100ms");
        await ctx.withClient(command, (client) => watch(ctx, command, () => list(client), intervalMs));
        return;
      }
      const sessions = await ctx.withClient(command, list);
      if (ctx.json(command)) ctx.printJson({ sessions: sessions.map(sessionJson) });
      else if (sessions.length > 0) ctx.print(renderSessions(sessions, ctx.renderOptions()));
      if (sessions.length === 0) throw new NotFoundError("no sessions match");
    });
}

/**
 * Redraws until interrupted. On a terminal the table is redrawn in place (cursor home, each line
 * cleared to its end, the rest of the screen cleared); piped, each refresh is appended: tables separated
 * by a blank line, or with `--json` one compact JSON document per line.
 */
async function watch(
  ctx: CliContext,
  command: Command,
  list: () => Promise<SessionInfo[]>,
  intervalMs: number,
): Promise<void> {
  const json = ctx.json(command);
  const inPlace = !!ctx.io.stdout.isTTY && !json;
  let stopped = false;
  ctx.io.interrupted.then(() => {
    stopped = true;
  });
  while (!stopped) {
    const sessions = await list();
    const options = ctx.renderOptions();
    if (json) {
      ctx.print(`${JSON.stringify({ at_ms: options.nowMs, sessions: sessions.map(sessionJson) })}\n`);
    } else {
      const title = `${timeFormat.clockSeconds(options.nowMs)}  ${sessions.length} session(s), every ${intervalMsLabel(intervalMs)}${inPlace ? " (Ctrl-C to quit)" : ""}\n`;
      const body = sessions.length > 0 ? renderSessions(sessions, options) : "no sessions match\n";
      if (inPlace) ctx.print(`\x1b[H${`${title}\n${body}`.replace(/\n/g, "\x1b[K\n")}\x1b[J`);
      else ctx.print(`${title}${body}\n`);
    }
    await Promise.race([delay(intervalMs), ctx.io.interrupted]);
  }
}

function intervalMsLabel(intervalMs: number): string {
  return intervalMs % 1000 === 0 ? `${intervalMs / 1000}s` : `${intervalMs}ms`;
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
