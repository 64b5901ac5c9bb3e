// Whois: who holds a nick — account or guest, idle time, away message, connected since, and the rooms
// the asker shares with them (only those: the others are not the asker's to know).
import { ErrorCode, type UserInfo } from "@parley/protocol";
import { RequestError } from "../request-error.js";
import { personAway } from "../state/away.js";
import type { ChatSession, Handler } from "./handler.js";
import { clientsOf, onlineUser } from "./user-lookup.js";

export const whois: Handler = {
  needsLogin: true,
  rateLimited: true,
  run(session, { requestId, whois: request }) {
    if (!request?.nick) throw new RequestError(ErrorCode.ERROR_CODE_INVALID_NICK, "Whois needs a nick");
    const user = onlineUser(session, request.nick);
    session.send({ requestId, userInfo: userInfo(session, user) });
  },
};

/**
 * What `asker` may know of the person `user` is: for an account, every client of it together (the
 * latest message sent, the earliest connection, the rooms any of them is in).
 */
export function userInfo(asker: ChatSession, user: ChatSession): UserInfo {
  const { ctx } = asker;
  const clients = clientsOf(user);
  const mine = ctx.rooms.roomsOf(asker);
  const shared = new Set<string>();
  for (const client of clients)
    for (const room of ctx.rooms.roomsOf(client)) if (mine.has(room)) shared.add(room.name);
  const away = personAway(clients);
  return {
    nick: user.nick,
    // The account's name as registered ("Ana"), not its folded key.
    account: user.account ? (ctx.accounts.get(user.account)?.display ?? user.account) : "",
    idleMs: Math.max(0, ctx.now() - Math.max(...clients.map((client) => client.lastMessageAtMs))),
    sharedRooms: [...shared].sort(),
    awayMessage: away?.message ?? "",
    awaySinceMs: away?.sinceMs ?? 0,
    connectedAtMs: Math.min(...clients.map((client) => client.connectedAtMs)),
    clients: clients.length,
  };
}
