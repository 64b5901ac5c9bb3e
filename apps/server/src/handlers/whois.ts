// Whois: who holds a nick — account or guest, idle time, away message, connected since, and the rooms
// the asker shares with them (only those: the others are not the asker's to know). In a cluster the
// person's clients on other nodes count too, read from the shared session directory.
import { ErrorCode, type UserInfo } from "@parley/protocol";
import type { SessionRecord } from "../cluster/backplane.js";
import { foldName } from "../names.js";
import { RequestError } from "../request-error.js";
import { latestAway } from "../state/away.js";
import { holdersElsewhere } from "./cluster-directory.js";
import type { ChatSession, Handler } from "./handler.js";
import { clientsOf, onlineUser } from "./user-lookup.js";

export const whois: Handler = {
  needsLogin: true,
  rateLimited: true,
  run(session, { requestId, whois: request }) {
    if (!request?.nick) throw new RequestError(ErrorCode.ERROR_CODE_INVALID_NICK, "Whois needs a nick");
    const nick = request.nick;
    if (session.ctx.cluster.solo) {
      session.send({ requestId, userInfo: userInfo(session, onlineUser(session, nick)) });
      return;
    }
    return holdersElsewhere(session, foldName(nick)).then((elsewhere) => {
      const here = session.ctx.registry.byNick(foldName(nick));
      if (here?.state !== "online" && elsewhere.length === 0) onlineUser(session, nick);
      const user = here?.state === "online" ? here : undefined;
      session.send({ requestId, userInfo: userInfo(session, user, elsewhere) });
    });
  },
};

/** One client of a person, here or (as its record says) on another node. */
interface ClientView {
  nick: string;
  account: string;
  lastMessageAtMs: number;
  connectedAtMs: number;
  rooms: Iterable<string>;
  away: { message: string; sinceMs: number };
}

/**
 * What `asker` may know of the person `user` is (with, in a cluster, its clients `elsewhere`): for an
 * account, every client of it together (the latest message sent, the earliest connection, the rooms
 * any of them is in).
 */
export function userInfo(
  asker: ChatSession,
  user: ChatSession | undefined,
  elsewhere: readonly SessionRecord[] = [],
): UserInfo {
  const { ctx } = asker;
  const clients: ClientView[] = [
    ...(user ? clientsOf(user) : []).map((client) => ({
      nick: client.nick,
      account: client.account,
      lastMessageAtMs: client.lastMessageAtMs,
      connectedAtMs: client.connectedAtMs,
      rooms: [...ctx.rooms.roomsOf(client)].map((room) => room.name),
      away: { message: client.away.message, sinceMs: client.away.sinceMs },
    })),
    ...elsewhere.map((record) => ({
      nick: record.nick,
      account: record.account ?? "",
      lastMessageAtMs: record.lastMessageAtMs ?? record.connectedAtMs,
      connectedAtMs: record.connectedAtMs,
      rooms: record.rooms,
      away: { message: record.awayMessage ?? "", sinceMs: record.awaySinceMs ?? 0 },
    })),
  ];
  const first = clients[0]!;
  const mine = new Set([...ctx.rooms.roomsOf(asker)].map((room) => room.name));
  const shared = new Set<string>();
  for (const client of clients) for (const room of client.rooms) if (mine.has(room)) shared.add(room);
  const away = latestAway(clients.map((client) => client.away));
  return {
    nick: first.nick,
    // The account's name as registered ("Ana"), not its folded key.
    account: first.account ? (ctx.accounts.get(first.account)?.display ?? first.account) : "",
    idleMs: Math.max(0, ctx.now() - Math.max(...clients.map((client) => client.lastMessageAtMs))),
    sharedRooms: [...shared].sort(),
    awayMessage: away?.message ?? "",
    awaySinceMs: away?.sinceMs ?? 0,
    connectedAtMs: Math.min(...clients.map((client) => client.connectedAtMs)),
    clients: clients.length,
  };
}
