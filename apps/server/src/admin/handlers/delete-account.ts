// AdminDeleteAccount → AdminAccountResult: delete an account with its direct history (its sessions go
// on as guests); audited.
import { deleteAccount } from "../../accounts/delete-account.js";
import type { AdminHandler } from "../request.js";
import { operatorName } from "../request.js";
import { accountInfo, namedAccount } from "./account-info.js";

export const deleteAccountHandler: AdminHandler = async ({ ctx, audit, peer }, { adminDeleteAccount }) => {
  const record = namedAccount(ctx, adminDeleteAccount?.name);
  const info = accountInfo(ctx, record);
  const removed = await deleteAccount(ctx, record);
  await audit.record(
    ctx.now(),
    {
      action: "account-delete",
      target: record.name,
      result: `deleted with ${removed} direct message(s)`,
      by: operatorName(adminDeleteAccount?.by),
    },
    { peer },
  );
  return { adminAccountResult: { account: info } };
};
