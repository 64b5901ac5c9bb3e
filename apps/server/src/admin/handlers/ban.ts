// AdminBan → AdminBanResult: ban a nick or an address without kicking anyone (duration 0: permanent).
// Sessions already connected stay; logins and connections from now on are refused.
import { ErrorCode } from "@parley/protocol";
import { RequestError } from "../../request-error.js";
import { type AdminHandler, operatorName, reasonText } from "../request.js";
import { addressRangeKey, describeBan, nickKey } from "../targets.js";

export const ban: AdminHandler = ({ ctx, audit, peer }, { adminBan }) => {
  const by = operatorName(adminBan?.by);
  const reason = reasonText(adminBan?.reason);
  const now = ctx.now();
  const durationMs = Number(adminBan?.durationMs ?? 0);
  const untilMs = durationMs > 0 ? now + durationMs : 0;
  let target: { nick: string; address: string };
  if (adminBan?.target === "nick") target = { nick: nickKey(adminBan.nick), address: "" };
  else if (adminBan?.target === "address") target = { nick: "", address: addressRangeKey(adminBan.address) };
  else throw new RequestError(ErrorCode.ERROR_CODE_BAD_REQUEST, "a ban needs a nick or an address");
  const created = ctx.bans.add({ ...target, reason, by, untilMs }, now);
  const what = target.nick ? `nick ${target.nick}` : `address ${target.address}`;
  audit.record(
    now,
    { action: "ban", target: what, result: `banned ${describeBan(created)}`, by },
    { peer, reason },
  );
  return { adminBanResult: { ban: created } };
};
