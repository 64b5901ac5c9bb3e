// AdminListClosed → AdminClosedList: recently closed sessions, newest first, with their close reason.
import type { AdminHandler } from "../request.js";

export const listClosed: AdminHandler = ({ ctx }, { adminListClosed }) => ({
  adminClosedList: { sessions: ctx.closed.list(adminListClosed?.limit ?? 0) },
});
