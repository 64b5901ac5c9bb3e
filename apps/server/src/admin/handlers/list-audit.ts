// AdminListAudit → AdminAuditList: recorded admin actions, newest first.
import type { AdminHandler } from "../request.js";

export const listAudit: AdminHandler = ({ audit }, { adminListAudit }) => ({
  adminAuditList: { entries: audit.list(adminListAudit?.limit ?? 0) },
});
