// Rooms nobody uses are forgotten: a room with no members and no stored history expires (the default
// room excepted), when its last member leaves and in the hourly sweep after retention.
import type { ServerContext } from "./context.js";
import type { ChatSession } from "./handlers/handler.js";
import type { Room } from "./state/rooms.js";
import { type Awaitable, andThen, eachInTurn, isPromise } from "./store/store.js";

function unused(ctx: ServerContext, room: Room<ChatSession>): boolean {
  return room.name !== ctx.config.defaultRoom && ctx.rooms.memberCount(room) === 0;
}

/**
 * Forgets `room` (in memory and in the store) if it is empty and has no history; true if it did.
 * Checked again once the store has answered: someone may have joined meanwhile.
 */
export function expireRoomIfUnused(ctx: ServerContext, room: Room<ChatSession>): Awaitable<boolean> {
  if (!unused(ctx, room)) return false;
  const decide = (hasHistory: boolean): boolean => {
    if (hasHistory || !unused(ctx, room) || !ctx.rooms.delete(room)) return false;
    const deleted = ctx.store.rooms.delete(room.name);
    if (isPromise(deleted))
      deleted.catch((error: unknown) =>
        ctx.logger.error({ err: error, room: room.name }, "forgetting an unused room failed"),
      );
    return true;
  };
  const hasHistory = ctx.messages.hasHistory(room.name);
  // A store that cannot answer keeps the room: forgetting it can wait for the next sweep.
  return isPromise(hasHistory) ? hasHistory.then(decide, () => false) : decide(hasHistory);
}

/** Expires every unused room (at start, and after retention may have emptied some); returns how many. */
export function expireUnusedRooms(ctx: ServerContext): Awaitable<number> {
  let expired = 0;
  const rooms = [...ctx.rooms.all()];
  return andThen(
    eachInTurn(rooms, (room) =>
      andThen(expireRoomIfUnused(ctx, room), (gone) => {
        if (gone) expired++;
      }),
    ),
    () => expired,
  );
}
