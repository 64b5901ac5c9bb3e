// AdminBan → AdminBanResult: ban a nick or an address without kicking anyone, for a bounded time or
// permanently. Sessions already connected stay; logins and connections from now on are refused.
import { ErrorCode } from "@parley/protocol";
import { RequestError } from "../../request-error.js";
import { type AdminHandler, operatorName, reasonText } from "../request.js";
import { addressRangeKey, banUntilMs, describeBan, nickKey } from "../targets.js";

export const ban: AdminHandler = async ({ ctx, audit, peer }, { adminBan }) => {
  const by = operatorName(adminBan?.by);
  const reason = reasonText(adminBan?.reason);
  const now = ctx.now();
  const durationMs = Number(adminBan?.durationMs ?? 0);
  // Duration 0 is how tools before `permanent` asked for a permanent ban.
  const permanent = !!adminBan?.permanent || durationMs === 0;
  const untilMs = banUntilMs(now, durationMs, permanent, ctx.config.maxBanDurationMs);
  let target: { nick: string; address: string };
  if (adminBan?.target === "nick") target = { nick: nickKey(adminBan.nick), address: "" };
  else if (adminBan?.target === "address") target = { nick: "", address: addressRangeKey(adminBan.address) };
  else throw new RequestError(ErrorCode.ERROR_CODE_BAD_REQUEST, "a ban needs a nick or an address");
  const what = target.nick ? `nick ${target.nick}` : `address ${target.address}`;
  // The ban and its audit entry are one transaction: neither is stored without the other.
  const { bans, entry } = await ctx.bans.add([{ ...target, reason, by, untilMs }], now, ([stored]) => ({
    action: "ban",
    target: what,
    result: `banned ${describeBan(stored!)}`,
    by,
  }));
  audit.logged(entry, { peer, reason });
  // In force on every node of a cluster, not only this one.
  ctx.cluster.commands.broadcast({ kind: "bans-added", bans });
  return { adminBanResult: { ban: bans[0] } };
};
