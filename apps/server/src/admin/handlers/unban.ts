// AdminUnban → AdminUnbanResult: lift one ban by id, or every ban in force on a nick or an address.
import { ErrorCode } from "@parley/protocol";
import { RequestError } from "../../request-error.js";
import type { AdminHandler } from "../request.js";
import { addressRangeKey, describeBan, nickKey } from "../targets.js";

export const unban: AdminHandler = async ({ ctx, audit, peer }, { adminUnban }) => {
  const now = ctx.now();
  let target: string;
  let ids: number[];
  if (adminUnban?.target === "banId") {
    const id = Number(adminUnban.banId ?? 0);
    target = `ban ${id}`;
    ids = [id];
  } else if (adminUnban?.target === "nick") {
    const nick = nickKey(adminUnban.nick);
    target = `nick ${nick}`;
    ids = ctx.bans
      .list(now)
      .filter((ban) => ban.nick === nick)
      .map((ban) => Number(ban.id));
  } else if (adminUnban?.target === "address") {
    const address = addressRangeKey(adminUnban.address);
    target = `address ${address}`;
    ids = ctx.bans
      .list(now)
      .filter((ban) => ban.address === address)
      .map((ban) => Number(ban.id));
  } else {
    throw new RequestError(ErrorCode.ERROR_CODE_BAD_REQUEST, "unban needs a ban id, a nick or an address");
  }
  const removed = await ctx.bans.remove(ids);
  if (removed.length)
    ctx.cluster.commands.broadcast({ kind: "bans-removed", ids: removed.map((ban) => Number(ban.id)) });
  const result = removed.length
    ? `lifted ${removed.map((ban) => `ban ${ban.id} on ${describeBan(ban)}`).join("; ")}`
    : "no ban matched";
  await audit.record(now, { action: "unban", target, result, by: "admin" }, { peer });
  return { adminUnbanResult: { removed } };
};
