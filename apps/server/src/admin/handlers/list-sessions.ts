// AdminListSessions → AdminSessionList: every open session matching the filter, in id order; in a
// cluster, the other nodes' logged-in sessions too, as their last heartbeat described them.
import { type SessionInfo, SessionState } from "@parley/protocol";
import type { SessionRecord } from "../../cluster/backplane.js";
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
  for (const record of ctx.cluster.sessions.elsewhere()) {
    const info = remoteInfo(record);
    if (matchesFilter(info, filter, now)) sessions.push(info);
  }
  sessions.sort((a, b) => Number(a.id) - Number(b.id));
  return { adminSessionList: { sessions } };
};

/** A session on another node as an admin sees it: counters are that node's to tell, so they are 0. */
function remoteInfo(record: SessionRecord): SessionInfo {
  return {
    id: record.id,
    nick: record.nick,
    remoteAddress: record.remoteAddress,
    clientName: record.clientName,
    connectedAtMs: record.connectedAtMs,
    rooms: record.rooms,
    state: SessionState.SESSION_STATE_ONLINE,
  };
}
