// Offline delivery at login: the direct messages queued for the account while none of its clients
// was online go to the session that logs in, after its rooms, each once.
import type { ChatSession, EventHold } from "./handler.js";

/**
 * Sends the account's queued direct messages (oldest first) through `hold`, ahead of live traffic,
 * and empties the queue: the next login gets none of them again, even after a restart.
 */
export async function deliverQueued(session: ChatSession, hold: EventHold): Promise<void> {
  const { offline } = session.ctx;
  // Most logins have nothing waiting: no store read for them.
  if (offline.countOf(session.account) === 0) return;
  const messages = await offline.take(session.account);
  for (const message of messages) {
    hold.send({ message });
    session.messagesOut++;
  }
}
