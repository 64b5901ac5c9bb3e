// AdminListAudit → AdminAuditList: one page of recorded admin actions, newest first; the cursor is the
// id of the last entry returned.
import { type AuditEntry, pb } from "@parley/protocol";
import { encodedSize, fitPage, nextCursor, numericCursor, pageBudget } from "../../paging.js";
import type { AdminHandler } from "../request.js";

const entrySize = encodedSize<AuditEntry>(pb.AuditEntry);

export const listAudit: AdminHandler = async ({ ctx, audit }, { adminListAudit: request }) => {
  const rows = await audit.page(request?.limit ?? 0, numericCursor(request?.cursor));
  const budget = pageBudget(ctx.config.maxFrameBytes, { adminAuditList: {} });
  const { page, more } = fitPage(rows.entries, entrySize, budget);
  return {
    adminAuditList: { entries: page, nextCursor: nextCursor(page, more || rows.more, (e) => Number(e.id)) },
  };
};
