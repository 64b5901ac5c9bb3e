// AdminListBans → AdminBanList: one page of the bans in force now (expired ones are left out), in id order.
import { type Ban, pb } from "@parley/protocol";
import { afterCursor, encodedSize, fitPage, nextCursor, numericCursor, pageBudget } from "../../paging.js";
import type { AdminHandler } from "../request.js";

const banSize = encodedSize<Ban>(pb.Ban);

export const listBans: AdminHandler = ({ ctx }, { adminListBans: request }) => {
  const bans = ctx.bans.list(ctx.now()).sort((a, b) => Number(a.id) - Number(b.id));
  const rest = afterCursor(bans, (ban) => Number(ban.id), numericCursor(request?.cursor));
  const budget = pageBudget(ctx.config.maxFrameBytes, { adminBanList: {} });
  const { page, more } = fitPage(rest, banSize, budget, request?.limit ?? 0);
  return { adminBanList: { bans: page, nextCursor: nextCursor(page, more, (ban) => Number(ban.id)) } };
};
