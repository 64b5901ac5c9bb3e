// Login: claim a nick (checked, unique case-insensitively, not banned), then join the requested rooms
// (or the default room) with their history or resume points before any live traffic.
import { ErrorCode, formatInstant, type parley } from "@parley/protocol";
import { canonicalRoom, foldName, nickProblem } from "../names.js";
import { errorReply, RequestError } from "../request-error.js";
import type { ChatSession, EventHold, Handler, SessionPhase } from "./handler.js";
import { historyBudget } from "./history-budget.js";
import { enterRoom } from "./join-room.js";

export const login: Handler = {
  needsLogin: false,
  rateLimited: true,
  async run(session, envelope) {
    try {
      await logInAndJoin(session, envelope);
    } catch (error) {
      session.ctx.stats.loginFailuresTotal++;
      throw error;
    }
    session.ctx.stats.loginsTotal++;
  },
};

/** Claims the nick and joins the rooms; throws RequestError for a login refused. */
async function logInAndJoin(
  session: ChatSession,
  { requestId, login }: Parameters<Handler["run"]>[1],
): Promise<void> {
  const { ctx } = session;
  if (session.state === "online") {
    throw new RequestError(ErrorCode.ERROR_CODE_BAD_REQUEST, "already logged in; use SetNick to change nick");
  }
  if (ctx.shuttingDown) {
    throw new RequestError(ErrorCode.ERROR_CODE_SHUTTING_DOWN, "the server is shutting down", {
      closeReason: "server shutdown",
    });
  }
  const nick = (login?.nick ?? "").normalize("NFC");
  const problem = nickProblem(nick, ctx.config.maxNickChars);
  if (problem) {
    throw new RequestError(ErrorCode.ERROR_CODE_INVALID_NICK, problem);
  }
  const folded = foldName(nick);
  const ban = ctx.bans.find(ctx.now(), folded, session.remoteAddress);
  if (ban) {
    const until = ban.untilMs ? `until ${formatInstant(Number(ban.untilMs))}` : "permanently";
    throw new RequestError(
      ErrorCode.ERROR_CODE_BANNED,
      `you are banned ${until}${ban.reason ? `: ${ban.reason}` : ""}`,
      { banUntilMs: ban.untilMs ?? 0, closeReason: "banned" },
    );
  }
  if (!session.logIn(nick, folded))
    throw new RequestError(ErrorCode.ERROR_CODE_NICK_IN_USE, `the nick "${nick}" is in use`);
  const hold = session.holdEvents();
  try {
    hold.send({ requestId, loggedIn: { nick, sessionId: session.id } });
    await joinRooms(session, hold, requestId, login);
  } finally {
    hold.release();
  }
}

/** Joins a Login's rooms (or the default room), each with its history, in the order named. */
async function joinRooms(
  session: ChatSession,
  hold: EventHold,
  requestId: number,
  login: parley.v1.ILogin | null | undefined,
): Promise<void> {
  const { ctx } = session;
  const rooms = login?.rooms?.length
    ? login.rooms
    : [{ room: ctx.config.defaultRoom, historyLimit: ctx.config.historyOnJoin }];
  // Each room is answered on its own: one refused room does not stop the others. A room named
  // twice is joined once (its first mention counts), and all the History shares one budget.
  const budget = historyBudget(ctx.config.maxHistoryBytesPerRequest);
  for (const request of distinctRooms(rooms, ctx.config.maxRoomNameChars).slice(
    0,
    ctx.config.maxRoomsPerSession,
  )) {
    // Over the send-queue limit the session closes mid-loop: join nothing more.
    if ((session.state as SessionPhase) !== "online") return;
    try {
      await enterRoom(session, hold, requestId, request, budget);
    } catch (error) {
      hold.send(
        errorReply(requestId, error, (bug) => ctx.logger.error({ err: bug }, "joining a room failed")),
      );
    }
  }
}

/** The rooms of a Login with later mentions of the same room (by its canonical name) dropped. */
function distinctRooms(rooms: parley.v1.IJoinRoom[], maxRoomNameChars: number): parley.v1.IJoinRoom[] {
  const seen = new Set<string>();
  return rooms.filter((request) => {
    const key = canonicalRoom(request.room ?? "", maxRoomNameChars) || (request.room ?? "");
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
