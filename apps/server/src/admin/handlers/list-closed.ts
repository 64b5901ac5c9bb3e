// AdminListClosed → AdminClosedList: one page of recently closed sessions, newest first, with their
// close reason; the cursor is the position of the last one in the order they closed.
import { type ClosedSession, pb } from "@parley/protocol";
import { encodedSize, fitPage, nextCursor, numericCursor, pageBudget } from "../../paging.js";
import type { AdminHandler } from "../request.js";

const closedSize = encodedSize<ClosedSession>(pb.ClosedSession);

export const listClosed: AdminHandler = ({ ctx }, { adminListClosed: request }) => {
  const entries = ctx.closed.newestBefore(numericCursor(request?.cursor));
  const budget = pageBudget(ctx.config.maxFrameBytes, { adminClosedList: {} });
  const { page, more } = fitPage(entries, (e) => closedSize(e.closed), budget, request?.limit ?? 0);
  return {
    adminClosedList: {
      sessions: page.map((e) => e.closed),
      nextCursor: nextCursor(page, more, (e) => e.position),
    },
  };
};
