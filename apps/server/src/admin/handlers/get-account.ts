// AdminGetAccount → AdminAccountDetail: one account and the sessions logged in to it now, as many as
// fit in one frame (AccountInfo.sessions counts them all; each may sit in up to maxRoomsPerSession rooms).
import { pb, type SessionInfo } from "@parley/protocol";
import { encodedSize, fitPage, pageBudget } from "../../paging.js";
import type { AdminHandler } from "../request.js";
import { accountInfo, namedAccount, sessionsOf } from "./account-info.js";

const sessionSize = encodedSize<SessionInfo>(pb.SessionInfo);

export const getAccount: AdminHandler = ({ ctx }, { adminGetAccount }) => {
  const record = namedAccount(ctx, adminGetAccount?.name);
  const account = accountInfo(ctx, record);
  const infos = (function* () {
    for (const session of sessionsOf(ctx, record)) yield session.info();
  })();
  const budget = pageBudget(ctx.config.maxFrameBytes, { adminAccountDetail: { account } });
  return { adminAccountDetail: { account, sessions: fitPage(infos, sessionSize, budget).page } };
};
