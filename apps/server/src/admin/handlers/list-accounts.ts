// AdminListAccounts → AdminAccountList: every account, by name.
import type { AdminHandler } from "../request.js";
import { accountInfo } from "./account-info.js";

export const listAccounts: AdminHandler = ({ ctx }) => ({
  adminAccountList: { accounts: ctx.accounts.all().map((record) => accountInfo(ctx, record)) },
});
