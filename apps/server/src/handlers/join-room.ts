// JoinRoom: enter (creating if needed) a room, reply Joined, replay history or the resume range,
// then the session receives live traffic; the account's other clients join too. Shared with Login,
// which joins several rooms at once.
import { type ChatMessage, ErrorCode, PresenceKind, type parley } from "@parley/protocol";
import { canonicalRoom } from "../names.js";
import { isLoopback } from "../net/address-limits.js";
import { pageBudget } from "../paging.js";
import { RequestError } from "../request-error.js";
import { presenceFrame } from "../state/presence-frame.js";
import { isPromise } from "../store/store.js";
import { joinWithOtherClients } from "./account-rooms.js";
import type { ChatSession, EventHold, Handler } from "./handler.js";
import { fitHistory, type HistoryBudget, historyBudget } from "./history-budget.js";
import { joinedFrame } from "./member-page.js";
import { takeRoomEvents } from "./room-events.js";
import { memberFlags, refuseLookalikeRoom } from "./room-lookup.js";

export const joinRoom: Handler = {
  needsLogin: true,
  rateLimited: true,
  async run(session, { requestId, joinRoom }) {
    const hold = session.holdEvents();
    try {
      // An empty or missing name is as invalid as any other: enterRoom answers INVALID_ROOM.
      await enterRoom(session, hold, requestId, joinRoom ?? {}, undefined, true);
    } finally {
      hold.release();
    }
    const { ctx } = session;
    const room = ctx.rooms.get(canonicalRoom(joinRoom?.room ?? "", ctx.config.maxRoomNameChars) ?? "");
    if (room) await joinWithOtherClients(session, room);
  },
};

/**
 * Joins and replays. `last_seq` is the room's last committed seq when the session became a member,
 * and the History read from the store covers up to it and no further; messages committed later have
 * greater seqs and reach the session live: no gap, no duplicate. The live ones arriving while the
 * History is read wait in `hold` (the caller's), so the reply and the History go out first. The
 * History is cut to what is left of `budget` (shared by the rooms of one Login); once it is spent,
 * no rows are read. Returns a promise only when the store answers later (PostgreSQL, or a cluster
 * catching up): with SQLite, Joined and History are written in the turn that asked, and leave in
 * the same write as the rest of the reply.
 */
export function enterRoom(
  session: ChatSession,
  hold: EventHold,
  requestId: number,
  request: parley.v1.IJoinRoom,
  budget: HistoryBudget = historyBudget(session.ctx.config.maxHistoryBytesPerRequest),
  /** Count the join against the room's event allowance (JoinRoom; a Login's rejoin after a restart is not). */
  roomEventLimited = false,
): Promise<void> | undefined {
  const { ctx } = session;
  const { config } = ctx;
  const name = canonicalRoom(request.room ?? "", config.maxRoomNameChars);
  if (!name) {
    throw new RequestError(
      ErrorCode.ERROR_CODE_INVALID_ROOM,
      `"${request.room ?? ""}" is not a valid room name (1-${config.maxRoomNameChars} letters, digits, _ - .)`,
    );
  }
  if (ctx.roomOrder)
    return catchUpRoom(session, name, request).then(() =>
      joinAndReplay(session, hold, requestId, request, name, budget, roomEventLimited),
    );
  return joinAndReplay(session, hold, requestId, request, name, budget, roomEventLimited);
}

/** enterRoom once the room's name is known good (and, in a cluster, the room caught up). */
function joinAndReplay(
  session: ChatSession,
  hold: EventHold,
  requestId: number,
  request: parley.v1.IJoinRoom,
  name: string,
  budget: HistoryBudget,
  roomEventLimited: boolean,
): Promise<void> | undefined {
  const { ctx } = session;
  const { config } = ctx;
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
      refuseLookalikeRoom(session, name);
      if (name !== config.defaultRoom) checkRoomCreation(session);
      room = ctx.rooms.getOrCreate(name).room;
      const created = ctx.store.rooms.create(name, ctx.now());
      // Recording the room is not the join's outcome: a store that is down gets it on the next join.
      if (isPromise(created))
        created.catch((error: unknown) =>
          ctx.logger.warn({ err: error, room: name }, "recording a room failed"),
        );
    }
    if (roomEventLimited) takeRoomEvents(session, [room]);
    const joined = ctx.rooms.join(
      room,
      session,
      presenceFrame({
        ...memberFlags(session),
        kind: PresenceKind.PRESENCE_KIND_JOIN,
        room: name,
        nick: session.nick,
        atMs: ctx.now(),
        sessionId: session.id,
      }),
    );
    if (joined) session.publishRecord();
  }
  // Taken in the same turn as the membership: everything committed after it reaches the session live
  // (in a cluster: everything this node delivers after it, see ServerContext.deliveredSeq).
  const lastSeq = ctx.deliveredSeq(name);
  hold.sendFrame(joinedFrame(session, room, requestId, { room: name, topic: room.topic, lastSeq }));
  const max = config.maxHistoryFetch;
  if (budget.remainingBytes <= 0) {
    const hasMore = request.resume
      ? lastSeq > (request.sinceSeq ?? 0)
      : lastSeq > 0 && !!request.historyLimit;
    hold.send({ requestId, history: { room: name, messages: [], hasMore } });
    return undefined;
  }
  const read = request.resume
    ? ctx.messages.after(name, request.sinceSeq ?? 0, max + 1, lastSeq)
    : ctx.messages.latest(name, Math.min(request.historyLimit ?? 0, max), lastSeq);
  const replay = (messages: ChatMessage[]) => {
    let hasMore = messages.length > max;
    if (hasMore) messages.length = max;
    // Nothing to fit (a login asking for no history, a room with none): nothing to measure either.
    if (messages.length > 0) {
      const shell = { requestId, history: { room: name, hasMore: true } };
      if (fitHistory(messages, pageBudget(config.maxFrameBytes, shell), !request.resume, budget))
        hasMore = true;
    }
    hold.send({ requestId, history: { room: name, messages, hasMore } });
  };
  if (isPromise(read)) return read.then(replay);
  replay(read);
  return undefined;
}

/**
 * In a cluster, before the join: `Joined.last_seq` must not be below what the client already has, or
 * it would get those messages again live. A room with no member here may have moved on elsewhere,
 * so its newest stored seq is read and the room is ordered from there; a client resuming from a seq
 * this node has not delivered yet (it got it through another node) waits for a read of the store.
 */
async function catchUpRoom(session: ChatSession, room: string, request: parley.v1.IJoinRoom): Promise<void> {
  const { messages, roomOrder } = session.ctx;
  const delivered = roomOrder!.delivered(room);
  if (delivered === undefined) {
    const [newest] = await messages.latest(room, 1, Number.MAX_SAFE_INTEGER);
    if (newest?.seq) messages.noteCommitted(room, newest.seq);
  } else if (request.resume && (request.sinceSeq ?? 0) > delivered) {
    await roomOrder!.catchUp(room);
  }
}

/**
 * Whether the session may create a room: ACCOUNT_REQUIRED for a guest when guestsCreateRooms is off
 * (checked first, so a refusal costs its address nothing), then counted against the session's address,
 * RATE_LIMITED past maxNewRoomsPerAddressPerMinute.
 */
function checkRoomCreation(session: ChatSession): void {
  const { ctx } = session;
  if (!session.account && !ctx.config.guestsCreateRooms)
    throw new RequestError(
      ErrorCode.ERROR_CODE_ACCOUNT_REQUIRED,
      "only account holders may create rooms here: join an existing room, or log in to an account",
    );
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
