// What handlers ask the cluster's shared session directory: the sessions holding a nick on the other
// nodes (read now, not as of a heartbeat), an account's clients there, and the nick claim every login
// and rename makes. On a node alone there is no one elsewhere and nothing to claim.
import { ErrorCode, foldName, nameSkeleton } from "@parley/protocol";
import { ClusterUnavailableError, type SessionRecord } from "../cluster/backplane.js";
import { RequestError } from "../request-error.js";
import type { ChatSession } from "./handler.js";

/** `work`, with the cluster's Redis not answering turned into STORE_UNAVAILABLE: refused, not held. */
export async function fromDirectory<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof ClusterUnavailableError)
      throw new RequestError(ErrorCode.ERROR_CODE_STORE_UNAVAILABLE, error.message, { cause: error });
    throw error;
  }
}

/** The sessions on the other nodes holding the case-folded nick `folded`; none on a node alone. */
export async function holdersElsewhere(session: ChatSession, folded: string): Promise<SessionRecord[]> {
  const { cluster } = session.ctx;
  if (cluster.solo || !folded) return [];
  const records = await fromDirectory(cluster.sessions.holders(nameSkeleton(folded)));
  const elsewhere = records.filter(
    (record) => record.nodeId !== cluster.nodeId && foldName(record.nick) === folded,
  );
  // Fresher than the last heartbeat: rooms tell from it whether an account's client joining here is
  // a person arriving.
  cluster.sessions.learn(elsewhere);
  return elsewhere;
}

/**
 * The clients of `account` on the other nodes: those holding the nick it logs in with, else (it
 * changed nick) those the last heartbeat saw, checked against the directory now.
 */
export async function accountClientsElsewhere(
  session: ChatSession,
  account: string,
  folded: string,
): Promise<SessionRecord[]> {
  const { cluster } = session.ctx;
  if (cluster.solo) return [];
  const ofAccount = (records: SessionRecord[]) => records.filter((record) => record.account === account);
  const holding = ofAccount(await holdersElsewhere(session, folded));
  if (holding.length > 0) return holding;
  const seen = ofAccount([...cluster.sessions.elsewhere()]).find((record) => record.nick);
  return seen ? ofAccount(await holdersElsewhere(session, foldName(seen.nick))) : [];
}

/** Claims `nick` for the session on every node of a cluster (see Session.claimInCluster). */
export function claimNick(session: ChatSession, nick: string, folded: string): Promise<boolean> {
  return fromDirectory(session.claimInCluster(nick, folded));
}
