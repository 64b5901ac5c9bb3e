// Shared by handlers that address a user: the online session holding a nick, or NO_SUCH_USER; who a
// nick is in a direct conversation, and where a direct message to it goes (every client of an account,
// on this node and, in a cluster, on the others; or the offline account's queue).
import { ErrorCode } from "@parley/protocol";
import type { SessionRecord } from "../cluster/backplane.js";
import type { Delivery } from "../delivery.js";
import { foldName } from "../names.js";
import { RequestError } from "../request-error.js";
import { type Awaitable, andThen, directConversation } from "../store/store.js";
import { holdersElsewhere } from "./cluster-directory.js";
import type { ChatSession } from "./handler.js";

/** The logged-in, not closing session holding `nick` (compared case-folded); otherwise throws NO_SUCH_USER. */
export function onlineUser(session: ChatSession, nick: string | null | undefined): ChatSession {
  const user = session.ctx.registry.byNick(foldName(nick ?? ""));
  if (user?.state !== "online")
    throw new RequestError(ErrorCode.ERROR_CODE_NO_SUCH_USER, `no user "${nick ?? ""}" is online`);
  return user;
}

/**
 * The party (see Session.party) a nick stands for in direct conversations: the online session's (here,
 * or in a cluster on another node), else the account owning the nick; undefined for a nick no one
 * holds or owns (an offline guest's history is not anyone's to read).
 */
export function partyOfNick(session: ChatSession, nick: string): Awaitable<string | undefined> {
  const { ctx } = session;
  const folded = foldName(nick);
  const user = ctx.registry.byNick(folded);
  if (user?.state === "online") return user.party;
  const owned = ctx.accounts.get(folded) ? `~${folded}` : undefined;
  if (ctx.cluster.solo) return owned;
  return andThen(holdersElsewhere(session, folded), (elsewhere) => elsewhere[0]?.party ?? owned);
}

/** Where a direct message to a nick goes: its conversation, the nick as shown, and who gets it. */
export interface DirectAddress {
  /** The direct conversation key (directConversation of both parties). */
  conversation: string;
  /** The recipient's nick as it holds it (or as its account registered it, when offline). */
  toNick: string;
  /** Who the recipient is in direct conversations (Session.party). */
  party: string;
  /** The recipient's account (case-folded); "" for a guest. */
  account: string;
  /** The recipient's online sessions here, the sender left out: every client of an account. */
  recipients: ChatSession[];
  /** In a cluster, the recipient's sessions on the other nodes (read from the directory now). */
  elsewhere: SessionRecord[];
  /** A registered recipient with no client online anywhere: the account the message is queued for. */
  queueFor?: string;
}

/**
 * Resolves a direct message's recipient: the online sessions holding `nick` here and `elsewhere` (on
 * the other nodes of a cluster: all clients of an account), or the offline account owning it, whose
 * message is queued; NO_SUCH_USER for a nick no one holds or owns (an offline guest gets nothing).
 */
export function directAddress(
  session: ChatSession,
  nick: string | null | undefined,
  elsewhere: SessionRecord[] = [],
): DirectAddress {
  const { ctx } = session;
  const folded = foldName(nick ?? "");
  const holders = onlineClientsOf(ctx.registry.holdersOf(folded));
  const first = holders[0];
  if (first)
    return {
      conversation: directConversation(session.party, first.party),
      toNick: first.nick,
      party: first.party,
      account: first.account,
      recipients: holders.filter((holder) => holder !== session),
      elsewhere,
    };
  const remote = elsewhere[0];
  if (remote?.party)
    return {
      conversation: directConversation(session.party, remote.party),
      toNick: remote.nick,
      party: remote.party,
      account: remote.account ?? "",
      recipients: [],
      elsewhere,
    };
  const account = ctx.accounts.get(folded);
  if (!account)
    throw new RequestError(ErrorCode.ERROR_CODE_NO_SUCH_USER, `no user "${nick ?? ""}" is online`);
  return {
    conversation: directConversation(session.party, `~${account.name}`),
    toNick: account.display,
    party: `~${account.name}`,
    account: account.name,
    recipients: [],
    elsewhere: [],
    queueFor: account.name,
  };
}

/**
 * The sender's other clients here (its account's other online sessions), which see what it sends to
 * a direct conversation as the recipient does; none for a guest, or for a message to its own account.
 */
export function otherClients(session: ChatSession, address: DirectAddress): ChatSession[] {
  if (!session.account || address.account === session.account) return [];
  return onlineClients(session, session.account);
}

/**
 * What the other nodes of a cluster do with a direct message once stored: write it to the recipient's
 * sessions there and copy it to the sender's account's clients there. Undefined alone, or when no
 * other node can have anyone to give it to (a guest writing to a guest here).
 */
export function relayOf(session: ChatSession, address: DirectAddress): Delivery["relay"] {
  if (session.ctx.cluster.solo) return undefined;
  const echoAccount = session.account && session.account !== address.account ? session.account : "";
  // Queued: nobody of the recipient was online anywhere, and the queue hands it to their next login.
  if (address.account && !address.queueFor) return { to: { account: address.account }, echoAccount };
  const remoteGuest = address.queueFor ? undefined : address.elsewhere[0];
  if (!remoteGuest && !echoAccount) return undefined;
  return { to: { sessionId: remoteGuest?.id ?? 0 }, echoAccount };
}

function onlineClientsOf(sessions: Iterable<ChatSession>): ChatSession[] {
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
