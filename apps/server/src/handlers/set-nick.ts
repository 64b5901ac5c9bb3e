// SetNick: change nick (same rules as Login); everyone sharing a room sees one NICK presence.
import { ErrorCode, PresenceKind } from "@parley/protocol";
import { foldName, nickProblem } from "../names.js";
import { RequestError } from "../request-error.js";
import { presenceFrame } from "../state/presence-frame.js";
import type { Handler } from "./handler.js";
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
    const owner = ctx.accounts.ownerOf(folded);
    if (owner !== undefined && owner !== session.account)
      throw new RequestError(
        ErrorCode.ERROR_CODE_NICK_REGISTERED,
        `the nick "${nick}" is registered to an account`,
      );
    // An account's clients share one nick: changing it from one of several would split the person.
    if (
      session.account &&
      onlineClients(session, session.account).length > 0 &&
      folded !== session.foldedNick
    )
      throw new RequestError(
        ErrorCode.ERROR_CODE_BAD_REQUEST,
        "your account has other clients logged in, which share its nick: log them out to change it",
      );
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
  },
};
