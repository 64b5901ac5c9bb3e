// AdminListSessions → AdminSessionList: every open session matching the filter, in id order.
import { compileFilter, matchesFilter } from "../filter.js";
import type { AdminHandler } from "../request.js";

export const listSessions: AdminHandler = ({ ctx }, { adminListSessions }) => {
  const filter = compileFilter(adminListSessions?.filter, ctx.config.maxRoomNameChars);
  const now = ctx.now();
  const sessions = [];
  for (const session of ctx.registry.all()) {
    const info = session.info();
    if (matchesFilter(info, filter, now)) sessions.push(info);
  }
  sessions.sort((a, b) => Number(a.id) - Number(b.id));
  return { adminSessionList: { sessions } };
};
