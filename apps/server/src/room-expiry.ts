// Rooms nobody uses are forgotten: a room with no members and no stored history expires (the default
// room excepted), when its last member leaves and in the hourly sweep after retention.
import type { ServerContext } from "./context.js";
import type { ChatSession } from "./handlers/handler.js";
import type { Room } from "./state/rooms.js";

/** Forgets `room` (in memory and in the database) if it is empty and has no history; true if it did. */
export function expireRoomIfUnused(ctx: ServerContext, room: Room<ChatSession>): boolean {
  if (room.name === ctx.config.defaultRoom || ctx.rooms.memberCount(room) > 0) return false;
  if (ctx.messages.hasHistory(room.name)) return false;
  if (!ctx.rooms.delete(room)) return false;
  ctx.roomStore.delete(room.name);
  return true;
}

/** Expires every unused room (at start, and after retention may have emptied some); returns how many. */
export function expireUnusedRooms(ctx: ServerContext): number {
  let expired = 0;
  for (const room of [...ctx.rooms.all()]) if (expireRoomIfUnused(ctx, room)) expired++;
  return expired;
}
