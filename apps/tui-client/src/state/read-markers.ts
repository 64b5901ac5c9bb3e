// Read markers in the UI state, pure: the account's marker per buffer (readSeq), the unread counts
// LoggedIn gives, markers moved by the account's other clients, and where the "new" line goes.
import type { UnreadCount } from "../client/events.js";
import { type BufferKey, type ChatBuffer, type ChatState, targetKey } from "./model.js";

/** Keeps LoggedIn's counts until each conversation's history is in (applyUnreadAtLogin). */
export function rememberUnread(state: ChatState, unread: readonly UnreadCount[]): ChatState {
  if (unread.length === 0) return state;
  const pending = { ...state.unreadAtLogin };
  for (const count of unread) pending[targetKey(count.target)] = count;
  return { ...state, unreadAtLogin: pending };
}

/**
 * Applies the count LoggedIn gave for `key` once its history is in: the buffer counts that many
 * unread (even when shown: the person has not read them yet) and the "new" line goes after the last
 * message read.
 */
export function applyUnreadAtLogin(state: ChatState, key: BufferKey): ChatState {
  const count = state.unreadAtLogin[key];
  const buffer = state.buffers[key];
  if (!count || !buffer) return state;
  const { [key]: _, ...rest } = state.unreadAtLogin;
  const marked = markAt(buffer, Math.max(buffer.readSeq, count.readSeq));
  const unread = Math.max(0, Math.min(count.count, buffer.lastSeq - marked.readSeq));
  const total = Math.max(buffer.unread, unread);
  // Every unread direct message is addressed to us: a highlight, as when it arrives live.
  const highlights = buffer.kind === "dm" ? total : buffer.highlights;
  const buffers = { ...state.buffers, [key]: { ...marked, unread: total, highlights } };
  return { ...state, buffers, unreadAtLogin: rest };
}

/**
 * Another client of the account (or this one) read `key` up to `seq`. A buffer not shown counts only
 * what is after it as unread, and draws the "new" line there; the one shown keeps its view.
 */
export function onReadMarker(state: ChatState, key: BufferKey, seq: number): ChatState {
  const buffer = state.buffers[key];
  if (!buffer || seq <= buffer.readSeq) return state;
  if (state.active === key)
    return { ...state, buffers: { ...state.buffers, [key]: { ...buffer, readSeq: seq } } };
  const marked = markAt(buffer, seq);
  const unread = Math.min(buffer.unread, Math.max(0, buffer.lastSeq - seq));
  const highlights = unread === 0 ? 0 : Math.min(buffer.highlights, unread);
  return { ...state, buffers: { ...state.buffers, [key]: { ...marked, unread, highlights } } };
}

/** The buffer with its marker at `readSeq` and the "new" line after the last message at or before it. */
function markAt(buffer: ChatBuffer, readSeq: number): ChatBuffer {
  let readMarker = buffer.readMarker;
  const unseen = buffer.lines.some((l) => l.type === "message" && l.seq > readSeq);
  if (unseen) {
    const read = buffer.lines.findLast((l) => l.type === "message" && l.seq > 0 && l.seq <= readSeq);
    readMarker = read?.id ?? null;
  }
  return { ...buffer, readSeq, readMarker };
}
