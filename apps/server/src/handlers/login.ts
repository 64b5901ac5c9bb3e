// Login: claim a nick (checked, unique case-insensitively, not banned), then join the requested rooms
// (or the default room) with their history or resume points before any live traffic.
import { ErrorCode } from "@parley/protocol";
import { foldName, nickProblem } from "../names.js";
import type { Handler } from "./index.js";
import { enterRoom } from "./join-room.js";

export const login: Handler = {
  needsLogin: false,
  rateLimited: true,
  run(session, { requestId, login }) {
    const { ctx } = session;
    if (session.state === "online") {
      session.error(
        requestId,
        ErrorCode.ERROR_CODE_BAD_REQUEST,
        "already logged in; use SetNick to change nick",
      );
      return;
    }
    if (ctx.shuttingDown) {
      session.closeWithError(
        requestId,
        ErrorCode.ERROR_CODE_SHUTTING_DOWN,
        "the server is shutting down",
        "server shutdown",
      );
      return;
    }
    const nick = (login?.nick ?? "").normalize("NFC");
    const problem = nickProblem(nick, ctx.config.maxNickChars);
    if (problem) {
      session.error(requestId, ErrorCode.ERROR_CODE_INVALID_NICK, problem);
      return;
    }
    const folded = foldName(nick);
    const ban = ctx.bans.find(ctx.now(), folded, session.remoteAddress);
    if (ban) {
      const until = ban.untilMs ? `until ${new Date(ban.untilMs).toISOString()}` : "permanently";
      session.closeWithError(
        requestId,
        ErrorCode.ERROR_CODE_BANNED,
        `you are banned ${until}${ban.reason ? `: ${ban.reason}` : ""}`,
        "banned",
        { banUntilMs: ban.untilMs ?? 0 },
      );
      return;
    }
    if (!ctx.registry.claimNick(session, folded)) {
      session.error(requestId, ErrorCode.ERROR_CODE_NICK_IN_USE, `the nick "${nick}" is in use`);
      return;
    }
    session.nick = nick;
    session.foldedNick = folded;
    session.state = "online";
    session.send({ requestId, loggedIn: { nick, sessionId: session.id } });
    const rooms = login?.rooms?.length
      ? login.rooms
      : [{ room: ctx.config.defaultRoom, historyLimit: ctx.config.historyOnJoin }];
    for (const request of rooms.slice(0, ctx.config.maxRoomsPerSession))
      enterRoom(session, requestId, request);
  },
};
