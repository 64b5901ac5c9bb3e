// AdminLockAccount → AdminAccountResult: lock an account (its logins refused with ACCOUNT_LOCKED and
// its sessions closed) or unlock it; audited.
import type { AdminHandler } from "../request.js";
import { operatorName } from "../request.js";
import { accountInfo, namedAccount, sessionsOf } from "./account-info.js";

export const lockAccount: AdminHandler = async ({ ctx, audit, peer }, { adminLockAccount }) => {
  const record = namedAccount(ctx, adminLockAccount?.name);
  const locked = !!adminLockAccount?.locked;
  const by = operatorName(adminLockAccount?.by);
  await ctx.accounts.setLocked(record, locked);
  if (!locked) ctx.accounts.accountFailures.succeed(record.name);
  const sessions = locked ? sessionsOf(ctx, record) : [];
  await audit.record(
    ctx.now(),
    {
      action: locked ? "account-lock" : "account-unlock",
      target: record.name,
      result: locked ? `locked; closed ${sessions.length} session(s)` : "unlocked",
      by,
    },
    { peer },
  );
  for (const session of sessions) session.kick("account locked", by, 0);
  return { adminAccountResult: { account: accountInfo(ctx, record) } };
};
