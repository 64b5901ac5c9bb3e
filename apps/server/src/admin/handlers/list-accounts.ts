// AdminListAccounts → AdminAccountList: one page of the accounts, by (case-folded) name; registrations
// from many addresses could otherwise grow the list past maxFrameBytes.
import { type AccountInfo, pb } from "@parley/protocol";
import { afterCursor, encodedSize, fitPage, nextCursor, pageBudget } from "../../paging.js";
import type { AdminHandler } from "../request.js";
import { accountInfo } from "./account-info.js";

const accountSize = encodedSize<AccountInfo>(pb.AccountInfo);

export const listAccounts: AdminHandler = ({ ctx }, { adminListAccounts: request }) => {
  const rest = afterCursor(ctx.accounts.all(), (record) => record.name, request?.cursor || undefined);
  // Each account is described only once reached, so a page reads no further than it goes.
  const described = (function* () {
    for (const record of rest) yield { key: record.name, info: accountInfo(ctx, record) };
  })();
  const budget = pageBudget(ctx.config.maxFrameBytes, { adminAccountList: {} });
  const { page, more } = fitPage(described, (item) => accountSize(item.info), budget, request?.limit ?? 0);
  return {
    adminAccountList: {
      accounts: page.map((item) => item.info),
      nextCursor: nextCursor(page, more, (item) => item.key),
    },
  };
};
