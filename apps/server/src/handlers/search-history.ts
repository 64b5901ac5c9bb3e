// SearchHistory: full-text search of what the session may read (the rooms it is in, its own direct
// conversations), newest first, a page at a time. Costs searchCostTokens of the rate bucket.
import { ErrorCode, type parley } from "@parley/protocol";
import { charLength } from "../names.js";
import { RequestError } from "../request-error.js";
import { searchTerms } from "../store/search-terms.js";
import { andThen, directConversation } from "../store/store.js";
import type { ChatSession, Handler } from "./handler.js";
import { fitHistory, historyBudget } from "./history-budget.js";
import { memberRoom } from "./room-lookup.js";
import { partyOfNick } from "./user-lookup.js";

export const searchHistory: Handler = {
  needsLogin: true,
  rateLimited: true,
  run(session, { requestId, searchHistory: request }) {
    if (!request) return;
    const { ctx } = session;
    const query = request.query ?? "";
    if (query.length > ctx.config.maxMessageChars && charLength(query) > ctx.config.maxMessageChars)
      throw new RequestError(
        ErrorCode.ERROR_CODE_MESSAGE_TOO_LONG,
        `a search has at most ${ctx.config.maxMessageChars} characters`,
      );
    const terms = searchTerms(query);
    if (terms.length === 0)
      throw new RequestError(
        ErrorCode.ERROR_CODE_BAD_SEARCH,
        "nothing to search for: give at least one word",
      );
    let only: string | null = null;
    if (request.scope === "room") only = memberRoom(session, request.room).name;
    else if (request.scope === "withNick") {
      if (!request.withNick)
        throw new RequestError(ErrorCode.ERROR_CODE_INVALID_NICK, "SearchHistory needs a nick");
      // In a cluster the nick may be held on another node: the directory is asked first.
      return andThen(partyOfNick(session, request.withNick), (peer) => {
        // No one holds or owns the nick: no conversation with it is the session's to read.
        if (peer === undefined) {
          session.send({ requestId, searchResults: { messages: [], nextCursor: 0, terms } });
          return;
        }
        search(session, requestId, request, terms, directConversation(session.party, peer));
      });
    }
    search(session, requestId, request, terms, only);
  },
};

/** Runs a valid search (`only`: the one conversation it is limited to) and answers with a page. */
function search(
  session: ChatSession,
  requestId: number,
  request: parley.v1.ISearchHistory,
  terms: string[],
  only: string | null,
): void {
  const { ctx } = session;
  // Valid: now it costs what a search costs (a refused one cost the one token every request takes).
  session.chargeTokens(ctx.config.searchCostTokens - 1);
  const max = ctx.config.searchMaxResults;
  const rooms = [...ctx.rooms.roomsOf(session)].map((room) => room.name);
  ctx.store.search
    .search({
      terms,
      rooms,
      party: session.party,
      only,
      limit: Math.min(request.limit || max, max),
      cursor: Number(request.cursor ?? 0),
    })
    .then((page) => {
      if (session.state === "closing") return;
      const messages = page.matches.map((m) => m.message);
      const cut = fitHistory(
        messages,
        ctx.config.maxFrameBytes,
        false,
        historyBudget(ctx.config.maxHistoryBytesPerRequest),
      );
      const last = page.matches[messages.length - 1];
      const nextCursor = (page.more || cut) && last ? last.cursor : 0;
      const before = session.bytesOut;
      session.send({ requestId, searchResults: { messages, nextCursor, terms } });
      session.chargeReply(session.bytesOut - before);
    })
    .catch((error: unknown) => session.fail(requestId, error));
}
