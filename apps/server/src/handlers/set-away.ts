// SetAway: go away with a message, or come back with none. The session's rooms see one AWAY or BACK
// presence; senders of direct messages are told the message once per away period (tellAway).
import { PresenceKind } from "@parley/protocol";
import { presenceFrame } from "../state/presence-frame.js";
import type { ChatSession, Handler } from "./handler.js";
import { lineText } from "./line-text.js";
import { takeRoomEvents } from "./room-events.js";

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
    // Every member of the session's rooms sees the change: it spends their rooms' event allowance.
    takeRoomEvents(session, ctx.rooms.roomsOf(session));
    const now = ctx.now();
    session.away.set(message, now);
    session.publishRecord();
    session.send({ requestId, ok: {} });
    const frame = presenceFrame({
      kind: message ? PresenceKind.PRESENCE_KIND_AWAY : PresenceKind.PRESENCE_KIND_BACK,
      nick: session.nick,
      reason: message,
      atMs: now,
      sessionId: session.id,
    });
    ctx.rooms.sendPresenceToPeers(session, frame);
  },
};

/**
 * Tells `sender` that `recipient` of its direct message is away, the first time in this away period
 * (IRC's RPL_AWAY, sent once rather than on every message); an event, so request_id 0.
 */
export function tellAway(sender: ChatSession, recipient: ChatSession): void {
  const { away } = recipient;
  if (!away.tell(sender.party)) return;
  sender.send({ userAway: { nick: recipient.nick, message: away.message, sinceMs: away.sinceMs } });
}
