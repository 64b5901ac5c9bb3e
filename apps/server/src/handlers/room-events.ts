// Per-room flood limit for actions every member sees (JoinRoom, SetTopic, SetNick): one attacker or
// many cannot make a large room's members receive a storm of presence and topic events.
import { ErrorCode, TokenBucket } from "@parley/protocol";
import { RequestError } from "../request-error.js";
import type { Room } from "../state/rooms.js";
import type { ChatSession } from "./handler.js";

/**
 * Takes one event from each room's allowance (roomEventsPerSecond, roomEventsBurst), or none at all
 * and throws RATE_LIMITED naming the busy room when any of them is spent.
 */
export function takeRoomEvents(session: ChatSession, rooms: Iterable<Room<ChatSession>>): void {
  const { config } = session.ctx;
  const now = session.ctx.now();
  const buckets: TokenBucket[] = [];
  for (const room of rooms) {
    room.eventBucket ??= new TokenBucket(config.roomEventsPerSecond, config.roomEventsBurst, now);
    const balance = room.eventBucket.charge(now, 0);
    if (balance < 1) {
      const waitMs = Math.ceil(((1 - balance) * 1000) / config.roomEventsPerSecond);
      throw new RequestError(
        ErrorCode.ERROR_CODE_RATE_LIMITED,
        `room ${room.name} is busy: try again in ${waitMs} ms`,
        { retryAfterMs: waitMs },
      );
    }
    buckets.push(room.eventBucket);
  }
  for (const bucket of buckets) bucket.charge(now);
}
