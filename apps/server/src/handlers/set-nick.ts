// SetNick: change nick (same rules as Login); everyone sharing a room sees one NICK presence. In a
// cluster the nick is claimed on every node first, and a registered nick is looked up in the store.
import { ErrorCode, PresenceKind } from "@parley/protocol";
import type { SessionRecord } from "../cluster/backplane.js";
import { foldName, nickProblem } from "../names.js";
import { RequestError } from "../request-error.js";
import { presenceFrame } from "../state/presence-frame.js";
import { isPromise } from "../store/store.js";
import { claimNick, holdersElsewhere } from "./cluster-directory.js";
import type { ChatSession, Handler } from "./handler.js";
import { takeRoomEvents } from "./room-events.js";
import { onlineClients } from "./user-lookup.js";

export const setNick: Handler = {
  needsLogin: true,
  rateLimited: true,
  run(session, { requestId, setNick }) {
    const { ctx } = session;
    const nick = (setNick?.nick ?? "").normalize("NFC");
    const problem = nickProblem(nick, ctx.config.maxNickChars);
    if (problem) {
      throw new RequestError(ErrorCode.ERROR_CODE_INVALID_NICK, problem);
    }
    const folded = foldName(nick);
    const ban = ctx.bans.find(ctx.now(), folded, undefined);
    if (ban) {
      throw new RequestError(ErrorCode.ERROR_CODE_BANNED, `the nick "${nick}" is banned`, {
        banUntilMs: ban.untilMs ?? 0,
      });
    }
    // In a cluster an account registered on another node a moment ago is read from the store, and
    // the account's clients on other nodes share the nick as those here do.
    const lookup = ctx.accounts.lookup(folded);
    if (ctx.cluster.solo && !isPromise(lookup)) return change(session, requestId, nick, folded, []);
    const elsewhere = session.account ? holdersElsewhere(session, session.foldedNick) : [];
    return Promise.all([lookup, elsewhere]).then(([, others]) =>
      change(session, requestId, nick, folded, others),
    );
  },
};

/** Renames the session once the checks that need the store or the cluster are answered. */
function change(
  session: ChatSession,
  requestId: number,
  nick: string,
  folded: string,
  elsewhere: readonly SessionRecord[],
): undefined | Promise<void> {
  const { ctx } = session;
  const owner = ctx.accounts.ownerOf(folded);
  if (owner !== undefined && owner !== session.account)
    throw new RequestError(
      ErrorCode.ERROR_CODE_NICK_REGISTERED,
      `the nick "${nick}" is registered to an account`,
    );
  // An account's clients share one nick: changing it from one of several would split the person.
  if (
    session.account &&
    (onlineClients(session, session.account).length > 0 ||
      elsewhere.some((record) => record.account === session.account)) &&
    folded !== session.foldedNick
  )
    throw new RequestError(
      ErrorCode.ERROR_CODE_BAD_REQUEST,
      "your account has other clients logged in, which share its nick: log them out to change it",
    );
  if (ctx.cluster.solo) {
    rename(session, requestId, nick, folded);
    return;
  }
  const before = { nick: session.nick, folded: session.foldedNick };
  return claimNick(session, nick, folded).then(async (won) => {
    if (!won) throw new RequestError(ErrorCode.ERROR_CODE_NICK_IN_USE, `the nick "${nick}" is in use`);
    try {
      rename(session, requestId, nick, folded);
    } catch (error) {
      // Refused here after the cluster said yes: the session keeps its nick there too.
      await session.claimInCluster(before.nick, before.folded).catch(() => false);
      throw error;
    }
  });
}

/** Takes the nick here (NICK_IN_USE if a session here holds it), answers, and tells the rooms. */
function rename(session: ChatSession, requestId: number, nick: string, folded: string): void {
  const { ctx } = session;
  const oldNick = session.nick;
  if (ctx.registry.byNick(folded) === undefined || folded === session.foldedNick)
    takeRoomEvents(session, ctx.rooms.roomsOf(session));
  if (!session.rename(nick, folded))
    throw new RequestError(ErrorCode.ERROR_CODE_NICK_IN_USE, `the nick "${nick}" is in use`);
  session.send({ requestId, ok: {} });
  const frame = presenceFrame({
    kind: PresenceKind.PRESENCE_KIND_NICK,
    nick,
    oldNick,
    atMs: ctx.now(),
    sessionId: session.id,
  });
  ctx.rooms.sendPresenceToPeers(session, frame);
}
