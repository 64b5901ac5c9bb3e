// Shared by handlers that address a user: the online session holding a nick, or NO_SUCH_USER; in a
// cluster, the session on another node that holds it; who a nick is in a direct conversation, and where
// a direct message to it goes (every client of an account, or the offline account's queue).
import { ErrorCode } from "@parley/protocol";
import type { SessionRecord } from "../cluster/backplane.js";
import { foldName } from "../names.js";
import { RequestError } from "../request-error.js";
import { directConversation } from "../store/store.js";
import type { ChatSession } from "./handler.js";

/** The logged-in, not closing session holding `nick` (compared case-folded); otherwise throws NO_SUCH_USER. */
export function onlineUser(session: ChatSession, nick: string | null | undefined): ChatSession {
  const user = session.ctx.registry.byNick(foldName(nick ?? ""));
  if (user?.state !== "online")
    throw new RequestError(ErrorCode.ERROR_CODE_NO_SUCH_USER, `no user "${nick ?? ""}" is online`);
  return user;
}

/**
 * The session on another node of a cluster holding `nick`, when no session here does (as of that
 * node's last heartbeat); undefined otherwise, and always on a node alone.
 */
export function userElsewhere(
  session: ChatSession,
  nick: string | null | undefined,
): SessionRecord | undefined {
  const { cluster, registry } = session.ctx;
  if (cluster.solo) return undefined;
  const folded = foldName(nick ?? "");
  if (registry.byNick(folded)) return undefined;
  return cluster.sessions.elsewhere().find((record) => foldName(record.nick) === folded);
}

/**
 * The party (see Session.party) a nick stands for in direct conversations: the online session's, else
 * the account owning the nick; undefined for a nick no one holds or owns (an offline guest's history
 * is not anyone's to read).
 */
export function partyOfNick(session: ChatSession, nick: string): string | undefined {
  const { ctx } = session;
  const folded = foldName(nick);
  const user = ctx.registry.byNick(folded);
  if (user?.state === "online") return user.party;
  const elsewhere = userElsewhere(session, nick);
  if (elsewhere) return remoteParty(session, elsewhere);
  return ctx.accounts.get(folded) ? `~${folded}` : undefined;
}

/**
 * The party of a session on another node: its account, or as a guest its node and session id (what
 * Session.party is for a guest on a cluster node), so both sides key their conversation alike.
 */
export function remoteParty(session: ChatSession, record: SessionRecord): string {
  const folded = foldName(record.nick);
  return session.ctx.accounts.get(folded) ? `~${folded}` : `!${record.nodeId}:${record.id}`;
}

/** Where a direct message to a nick goes: its conversation, the nick as shown, and who gets it. */
export interface DirectAddress {
  /** The direct conversation key (directConversation of both parties). */
  conversation: string;
  /** The recipient's nick as it holds it (or as its account registered it, when offline). */
  toNick: string;
  /** The recipient's online sessions, the sender left out: every client of an account. */
  recipients: ChatSession[];
  /** A registered recipient with no client online: the account the message is queued for. */
  queueFor?: string;
}

/**
 * Resolves a direct message's recipient on this node: the online sessions holding `nick` (all clients
 * of an account), or the offline account owning it, whose message is queued; NO_SUCH_USER for a nick
 * no one holds or owns (an offline guest gets nothing).
 */
export function directAddress(session: ChatSession, nick: string | null | undefined): DirectAddress {
  const { ctx } = session;
  const folded = foldName(nick ?? "");
  const holders = onlineClientsOf(ctx.registry.holdersOf(folded));
  const first = holders[0];
  if (first)
    return {
      conversation: directConversation(session.party, first.party),
      toNick: first.nick,
      recipients: holders.filter((holder) => holder !== session),
    };
  const account = ctx.accounts.get(folded);
  if (!account)
    throw new RequestError(ErrorCode.ERROR_CODE_NO_SUCH_USER, `no user "${nick ?? ""}" is online`);
  return {
    conversation: directConversation(session.party, `~${account.name}`),
    toNick: account.display,
    recipients: [],
    queueFor: account.name,
  };
}

/**
 * The sender's other clients (its account's other online sessions), which see what it sends to a
 * direct conversation as the recipient does; none for a guest, or for a message to its own account.
 */
export function otherClients(session: ChatSession, address: DirectAddress): ChatSession[] {
  if (!session.account || address.recipients.some((r) => r.account === session.account)) return [];
  return onlineClients(session, session.account);
}

function onlineClientsOf(sessions: ReadonlySet<ChatSession>): ChatSession[] {
  return [...sessions].filter((s) => s.state === "online");
}

/** The account's sessions that are online, `session` left out, in login order. */
export function onlineClients(session: ChatSession, account: string): ChatSession[] {
  return onlineClientsOf(session.ctx.registry.sessionsOf(account)).filter((client) => client !== session);
}

/**
 * Every online client of the person `user` is: its account's sessions in login order, or `user`
 * alone for a guest (or while it is not online yet).
 */
export function clientsOf(user: ChatSession): ChatSession[] {
  if (!user.account) return [user];
  const clients = onlineClientsOf(user.ctx.registry.sessionsOf(user.account));
  return clients.length > 0 ? clients : [user];
}
