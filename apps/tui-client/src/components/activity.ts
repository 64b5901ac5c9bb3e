// The activity line (WeeChat's hotlist): every buffer other than the one shown that has unread
// messages, highlights first, so what the room list has no room to show is still in sight.
import { bufferLabel, type ChatState } from "../state/model.js";

/** One buffer with something unread. */
export interface Activity {
  /** Position in the buffer list, from 1 (the Alt+digit number for the first ten). */
  number: number;
  label: string;
  unread: number;
  /** Of those, mentions of us or direct messages. */
  highlights: number;
}

/** Buffers with unread messages, other than the active one: highlights first, then by number. */
export function activityOf(state: ChatState): Activity[] {
  const entries: Activity[] = [];
  state.order.forEach((key, index) => {
    const buffer = state.buffers[key]!;
    if (key === state.active || buffer.unread === 0) return;
    entries.push({
      number: index + 1,
      label: bufferLabel(buffer),
      unread: buffer.unread,
      highlights: buffer.highlights,
    });
  });
  return entries.sort((a, b) => Number(b.highlights > 0) - Number(a.highlights > 0) || a.number - b.number);
}

/** "Act: 4:carol 2!, 3:#dev 7": number, name, unread count, `!` when some mention us. */
export function activityText(entries: readonly Activity[]): string {
  if (entries.length === 0) return "";
  return `Act: ${entries.map((e) => `${e.number}:${e.label} ${e.unread}${e.highlights > 0 ? "!" : ""}`).join(", ")}`;
}
