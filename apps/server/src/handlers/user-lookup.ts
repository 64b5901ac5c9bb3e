// Shared by handlers that address a user: the online session holding a nick, or NO_SUCH_USER; in a
// cluster, the session on another node that holds it; and who a nick is in a direct conversation.
import { ErrorCode } from "@parley/protocol";
import type { SessionRecord } from "../cluster/backplane.js";
import { foldName } from "../names.js";
import { RequestError } from "../request-error.js";
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
  return ctx.accounts.get(folded) ? `~${folded}` : undefined;
}
