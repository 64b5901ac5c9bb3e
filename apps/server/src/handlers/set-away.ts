// SetAway: this client goes away with a message, or comes back with none. The person (every client
// of the account) shows away only when all its clients are; its rooms see one AWAY or BACK presence
// when that changes (away-presence.ts).
import { announceAwayChange, awayMessageOf } from "./away-presence.js";
import type { Handler } from "./handler.js";
import { lineText } from "./line-text.js";
import { takeRoomEvents } from "./room-events.js";
import { clientsOf } from "./user-lookup.js";

export const setAway: Handler = {
  needsLogin: true,
  rateLimited: true,
  run(session, { requestId, setAway: request }) {
    const { ctx } = session;
    const message = lineText(request?.message ?? "", ctx.config.maxAwayChars, "an away message").trim();
    if (message !== session.away.message) {
      const before = awayMessageOf(clientsOf(session));
      // Every member of the session's rooms may see the change: it spends their rooms' event allowance.
      takeRoomEvents(session, ctx.rooms.roomsOf(session));
      session.away.set(message, ctx.now());
      // Other nodes of a cluster read it from the directory: Whois, and direct messages' UserAway.
      session.publishRecord();
      session.send({ requestId, ok: {} });
      announceAwayChange(clientsOf(session), before);
      return;
    }
    session.send({ requestId, ok: {} });
  },
};
