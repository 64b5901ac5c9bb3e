// SetAway: this client goes away with a message, or comes back with none. The person (every client
// of the account, on every node of a cluster) shows away only when all its clients are; its rooms
// see one AWAY or BACK presence when that changes (away-presence.ts).
import type { SessionRecord } from "../cluster/backplane.js";
import { announceAwayChange, awayMessageOf } from "./away-presence.js";
import { holdersElsewhere } from "./cluster-directory.js";
import type { ChatSession, Handler } from "./handler.js";
import { lineText } from "./line-text.js";
import { takeRoomEvents } from "./room-events.js";
import { clientsOf } from "./user-lookup.js";

export const setAway: Handler = {
  needsLogin: true,
  rateLimited: true,
  run(session, { requestId, setAway: request }) {
    const { ctx } = session;
    const message = lineText(request?.message ?? "", ctx.config.maxAwayChars, "an away message").trim();
    if (message === session.away.message) {
      session.send({ requestId, ok: {} });
      return;
    }
    if (ctx.cluster.solo || !session.account) {
      change(session, requestId, message, []);
      return;
    }
    // The account's clients on other nodes, as the directory has them now.
    return holdersElsewhere(session, session.foldedNick).then((records) =>
      change(
        session,
        requestId,
        message,
        records.filter((record) => record.account === session.account),
      ),
    );
  },
};

/** Sets this client's away state, answers, and tells the rooms if the person's changed. */
function change(
  session: ChatSession,
  requestId: number,
  message: string,
  elsewhere: readonly SessionRecord[],
): void {
  const { ctx } = session;
  const before = awayMessageOf(clientsOf(session), elsewhere);
  // Every member of the session's rooms may see the change: it spends their rooms' event allowance.
  takeRoomEvents(session, ctx.rooms.roomsOf(session));
  session.setAway(message, ctx.now());
  // Other nodes of a cluster read it from the directory: Whois, and direct messages' UserAway.
  session.publishRecord();
  session.send({ requestId, ok: {} });
  announceAwayChange(ctx, clientsOf(session), before, elsewhere);
}
