// AdminListSessions → AdminSessionList: one page of the open sessions matching the filter, in id order;
// in a cluster, the other nodes' logged-in sessions too, as their last heartbeat described them.
import { pb, type SessionInfo, SessionState } from "@parley/protocol";
import type { SessionRecord } from "../../cluster/backplane.js";
import { afterCursor, encodedSize, fitPage, nextCursor, numericCursor, pageBudget } from "../../paging.js";
import { compileFilter, matchesFilter } from "../filter.js";
import type { AdminHandler } from "../request.js";

const sessionSize = encodedSize<SessionInfo>(pb.SessionInfo);

export const listSessions: AdminHandler = ({ ctx }, { adminListSessions: request }) => {
  const filter = compileFilter(request?.filter, ctx.config.maxRoomNameChars);
  const now = ctx.now();
  // Each session is described only once it is reached, so a page reads no further than it goes.
  const sources: { id: number; info: () => SessionInfo }[] = [];
  for (const session of ctx.registry.all()) sources.push({ id: session.id, info: () => session.info() });
  for (const record of ctx.cluster.sessions.elsewhere())
    sources.push({ id: Number(record.id), info: () => remoteInfo(record) });
  sources.sort((a, b) => a.id - b.id);
  const rest = afterCursor(sources, (s) => s.id, numericCursor(request?.cursor));
  const matching = (function* () {
    for (const source of rest) {
      const info = source.info();
      if (matchesFilter(info, filter, now)) yield info;
    }
  })();
  const budget = pageBudget(ctx.config.maxFrameBytes, { adminSessionList: {} });
  const { page, more } = fitPage(matching, sessionSize, budget, request?.limit ?? 0);
  return { adminSessionList: { sessions: page, nextCursor: nextCursor(page, more, (s) => Number(s.id)) } };
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
