// Moves the account's read marker as the person reads: whenever the buffer on screen shows its newest
// message (following the bottom, not scrolled up, not a window left in the past), that message is
// read, on this client and, through the server, on the account's others.
import { useEffect } from "react";
import type { ChatConnection } from "../client/chat-client.js";
import { bufferTarget, type ChatState } from "../state/model.js";
import type { Act } from "./use-chat.js";

export function useReadMarkers(state: ChatState, connection: ChatConnection, act: Act): void {
  const key = state.active;
  const buffer = state.buffers[key];
  const target = buffer ? bufferTarget(buffer) : null;
  const atBottom = !!buffer && buffer.scroll === null && !buffer.newerAvailable;
  const seq = buffer?.lastSeq ?? 0;
  const readSeq = buffer?.readSeq ?? 0;
  const room = target && "room" in target ? target.room : undefined;
  const nick = target && "nick" in target ? target.nick : undefined;
  useEffect(() => {
    if (!atBottom || seq <= readSeq || (room === undefined && nick === undefined)) return;
    connection.markRead(room !== undefined ? { room } : { nick: nick! }, seq);
    act({ type: "read", key, seq });
  }, [connection, act, key, room, nick, atBottom, seq, readSeq]);
}
