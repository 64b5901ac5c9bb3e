// AdminListAudit → AdminAuditList: recorded admin actions, newest first.
import type { AdminHandler } from "../request.js";

export const listAudit: AdminHandler = async ({ audit }, { adminListAudit }) => ({
  adminAuditList: { entries: await audit.list(adminListAudit?.limit ?? 0) },
});
