// AdminGetAccount → AdminAccountDetail: one account and the sessions logged in to it now.
import type { AdminHandler } from "../request.js";
import { accountInfo, namedAccount, sessionsOf } from "./account-info.js";

export const getAccount: AdminHandler = ({ ctx }, { adminGetAccount }) => {
  const record = namedAccount(ctx, adminGetAccount?.name);
  return {
    adminAccountDetail: {
      account: accountInfo(ctx, record),
      sessions: sessionsOf(ctx, record).map((session) => session.info()),
    },
  };
};
