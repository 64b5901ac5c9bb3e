// FetchHistory: stored messages of a room the session is in, or of its direct conversation with a nick
// (keyed by account, so a later holder of a guest's nick reads nothing of it).
import { ErrorCode } from "@parley/protocol";
import type { ServerContext } from "../context.js";
import { pageBudget } from "../paging.js";
import { RequestError } from "../request-error.js";
import { directConversation } from "../store/store.js";
import type { Handler } from "./handler.js";
import { fitHistory, historyBudget } from "./history-budget.js";
import { memberRoom } from "./room-lookup.js";
import { partyOfNick } from "./user-lookup.js";

export const fetchHistory: Handler = {
  needsLogin: true,
  rateLimited: true,
  async run(session, { requestId, fetchHistory: request }) {
    if (!request) return;
    const { ctx } = session;
    let conversation: string;
    let room = "";
    let withNick = "";
    if (request.target === "room") {
      const found = memberRoom(session, request.room);
      conversation = room = found.name;
    } else if (request.target === "withNick") {
      withNick = request.withNick ?? "";
      if (!withNick) {
        throw new RequestError(ErrorCode.ERROR_CODE_INVALID_NICK, "FetchHistory needs a nick");
      }
      const peer = await partyOfNick(session, withNick);
      if (peer === undefined) {
        session.send({ requestId, history: { room, withNick, messages: [], hasMore: false } });
        return;
      }
      conversation = directConversation(session.party, peer);
    } else {
      throw new RequestError(ErrorCode.ERROR_CODE_BAD_REQUEST, "FetchHistory needs a room or a nick");
    }
    const max = ctx.config.maxHistoryFetch;
    const limit = Math.min(request.limit || max, max);
    const beforeSeq = request.beforeSeq ?? 0;
    const messages = await (beforeSeq > 0
      ? ctx.messages.before(conversation, beforeSeq, limit + 1)
      : ctx.messages.after(conversation, request.afterSeq ?? 0, limit + 1, readableSeq(ctx, room)));
    let hasMore = messages.length > limit;
    if (hasMore) {
      // "before" returns oldest first, so the extra row is the oldest one; "after" has it last.
      if (beforeSeq > 0) messages.shift();
      else messages.length = limit;
    }
    const budget = historyBudget(ctx.config.maxHistoryBytesPerRequest);
    const shell = { requestId, history: { room, withNick, hasMore: true } };
    const pageBytes = pageBudget(ctx.config.maxFrameBytes, shell);
    if (fitHistory(messages, pageBytes, beforeSeq > 0, budget)) hasMore = true;
    session.send({ requestId, history: { room, withNick, messages, hasMore } });
  },
};

/**
 * How far a forward read may go: a room up to what its members here were delivered (later seqs reach
 * them live). A direct conversation in a cluster has no such order and may have been written through
 * any node, so it reads everything stored; alone, up to what this node committed.
 */
function readableSeq(ctx: ServerContext, room: string): number | undefined {
  if (room) return ctx.deliveredSeq(room);
  return ctx.roomOrder ? Number.MAX_SAFE_INTEGER : undefined;
}
