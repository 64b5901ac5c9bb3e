// JoinRoom: enter (creating if needed) a room, reply Joined, replay history or the resume range,
// then the session receives live traffic. Shared with Login, which joins several rooms at once.
import { ErrorCode, encodeFrame, PresenceKind, type parley } from "@parley/protocol";
import { canonicalRoom } from "../names.js";
import { isLoopback } from "../net/address-limits.js";
import { RequestError } from "../request-error.js";
import type { ChatSession, Handler } from "./handler.js";
import { fitHistory, type HistoryBudget, historyBudget } from "./history-budget.js";
import { takeRoomEvents } from "./room-events.js";

export const joinRoom: Handler = {
  needsLogin: true,
  rateLimited: true,
  run(session, { requestId, joinRoom }) {
    // An empty or missing name is as invalid as any other: enterRoom answers INVALID_ROOM.
    enterRoom(session, requestId, joinRoom ?? {}, undefined, true);
  },
};

/**
 * Joins and replays. `last_seq` is the room's last committed seq, and the History read from the
 * database covers up to it; messages appended but not yet committed have greater seqs and reach the
 * session live, since it is a member before their commit: no gap, no duplicate. The History is cut to
 * what is left of `budget` (shared by the rooms of one Login); once it is spent, no rows are read.
 */
export function enterRoom(
  session: ChatSession,
  requestId: number,
  request: parley.v1.IJoinRoom,
  budget: HistoryBudget = historyBudget(session.ctx.config.maxHistoryBytesPerRequest),
  /** Count the join against the room's event allowance (JoinRoom; a Login's rejoin after a restart is not). */
  roomEventLimited = false,
): void {
  const { ctx } = session;
  const { config } = ctx;
  const name = canonicalRoom(request.room ?? "", config.maxRoomNameChars);
  if (!name) {
    throw new RequestError(
      ErrorCode.ERROR_CODE_INVALID_ROOM,
      `"${request.room ?? ""}" is not a valid room name (1-${config.maxRoomNameChars} letters, digits, _ - .)`,
    );
  }
  let room = ctx.rooms.get(name);
  if (!room || !ctx.rooms.has(room, session)) {
    // Checked before anything is created: a refused join leaves no room behind.
    if (ctx.rooms.roomsOf(session).size >= config.maxRoomsPerSession) {
      throw new RequestError(
        ErrorCode.ERROR_CODE_BAD_REQUEST,
        `at most ${config.maxRoomsPerSession} rooms at once`,
      );
    }
    if (!room) {
      // The default room is the server's own: every login would otherwise count it.
      if (name !== config.defaultRoom) checkRoomCreation(session);
      room = ctx.rooms.getOrCreate(name).room;
      ctx.roomStore.create(name, ctx.now());
    }
    if (roomEventLimited) takeRoomEvents(session, [room]);
    ctx.rooms.join(
      room,
      session,
      encodeFrame({
        presence: {
          kind: PresenceKind.PRESENCE_KIND_JOIN,
          room: name,
          nick: session.nick,
          atMs: ctx.now(),
          sessionId: session.id,
        },
      }),
    );
  }
  session.send({
    requestId,
    joined: {
      room: name,
      topic: room.topic,
      members: [...ctx.rooms.members(room)].map((m) => ({ nick: m.nick, sessionId: m.id })),
      lastSeq: ctx.messages.committedSeq(name),
    },
  });
  const max = config.maxHistoryFetch;
  if (budget.remainingBytes <= 0) {
    const lastSeq = ctx.messages.committedSeq(name);
    const hasMore = request.resume
      ? lastSeq > (request.sinceSeq ?? 0)
      : lastSeq > 0 && !!request.historyLimit;
    session.send({ requestId, history: { room: name, messages: [], hasMore } });
    return;
  }
  const messages = request.resume
    ? ctx.messages.after(name, request.sinceSeq ?? 0, max + 1)
    : ctx.messages.latest(name, Math.min(request.historyLimit ?? 0, max));
  let hasMore = messages.length > max;
  if (hasMore) messages.length = max;
  if (fitHistory(messages, config.maxFrameBytes, !request.resume, budget)) hasMore = true;
  session.send({ requestId, history: { room: name, messages, hasMore } });
}

/** Counts a room creation against the session's address; RATE_LIMITED past maxNewRoomsPerAddressPerMinute. */
function checkRoomCreation(session: ChatSession): void {
  const { ctx } = session;
  const address = session.remoteAddress;
  if (ctx.config.addressLimitsExemptLoopback && isLoopback(address)) return;
  const now = ctx.now();
  if (ctx.roomCreations.hit(address, now)) return;
  const retryAfterMs = ctx.roomCreations.retryAfterMs(address, now);
  throw new RequestError(
    ErrorCode.ERROR_CODE_RATE_LIMITED,
    `too many new rooms from this address (at most ${ctx.config.maxNewRoomsPerAddressPerMinute} a minute); join an existing room or try again in ${retryAfterMs} ms`,
    { retryAfterMs },
  );
}
