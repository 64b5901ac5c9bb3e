// Whois: who holds a nick — account or guest, idle time, away message, connected since, and the rooms
// the asker shares with them (only those: the others are not the asker's to know).
import { ErrorCode, type UserInfo } from "@parley/protocol";
import { RequestError } from "../request-error.js";
import type { ChatSession, Handler } from "./handler.js";
import { onlineUser } from "./user-lookup.js";

export const whois: Handler = {
  needsLogin: true,
  rateLimited: true,
  run(session, { requestId, whois: request }) {
    if (!request?.nick) throw new RequestError(ErrorCode.ERROR_CODE_INVALID_NICK, "Whois needs a nick");
    const user = onlineUser(session, request.nick);
    session.send({ requestId, userInfo: userInfo(session, user) });
  },
};

/** What `asker` may know of `user`. */
export function userInfo(asker: ChatSession, user: ChatSession): UserInfo {
  const { rooms } = asker.ctx;
  const mine = rooms.roomsOf(asker);
  const sharedRooms = [...rooms.roomsOf(user)]
    .filter((room) => mine.has(room))
    .map((room) => room.name)
    .sort();
  return {
    nick: user.nick,
    // The account's name as registered ("Ana"), not its folded key.
    account: user.account ? (asker.ctx.accounts.get(user.account)?.display ?? user.account) : "",
    idleMs: Math.max(0, asker.ctx.now() - user.lastMessageAtMs),
    sharedRooms,
    awayMessage: user.away.message,
    awaySinceMs: user.away.sinceMs,
    connectedAtMs: user.connectedAtMs,
    clients: 1,
  };
}
