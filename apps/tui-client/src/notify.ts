// Highlights that reach the person away from the screen: which messages call for one (a mention of
// our nick or a highlight word, or a direct message), and the bytes that ring the terminal bell and
// ask the terminal for a desktop notification (OSC 9 or OSC 777). Pure; the caller writes the bytes.
import { type ChatMessage, sameName } from "@parley/protocol";
import { printable } from "./components/layout.js";
import type { ClientOptions } from "./config/options.js";
import { isIgnored } from "./state/ignore.js";
import type { ChatState } from "./state/model.js";
import { isHighlight } from "./state/reducer.js";

/** A notification to raise: a short title and the message. */
export interface Alert {
  /** "#lobby" for a mention in a room, the sender's nick for a direct message. */
  title: string;
  body: string;
}

/** Characters of the message a notification carries; a desktop notification is a glance, not a reader. */
export const ALERT_BODY_CHARS = 120;

/**
 * The alert a newly arrived message calls for, or null: someone else's message (not ignored) that
 * mentions us or a highlight word, or that was sent to us directly.
 */
export function alertFor(
  message: ChatMessage,
  state: Pick<ChatState, "nick" | "ignore" | "highlightWords">,
): Alert | null {
  const from = message.fromNick ?? "";
  if (!from || sameName(from, state.nick) || isIgnored(state.ignore, from)) return null;
  const text = message.text ?? "";
  const body = `${from}: ${text}`;
  if (!message.room) return { title: from, body };
  return isHighlight(text, state) ? { title: `#${message.room}`, body } : null;
}

/**
 * One line of plain text for inside an escape sequence: no control characters (a message must not
 * end the sequence early or start another), no line breaks, cut to `maxChars`.
 */
function escapeSafe(text: string, maxChars: number): string {
  const flat = printable(text).replace(/\s+/g, " ").trim();
  const chars = [...flat];
  return chars.length > maxChars ? `${chars.slice(0, maxChars - 1).join("")}…` : flat;
}

/** The bytes that raise `alert` as the options say: BEL, then the chosen notification escape. */
export function alertBytes(alert: Alert, options: Pick<ClientOptions, "bell" | "notify">): string {
  const title = escapeSafe(alert.title, 40);
  const body = escapeSafe(alert.body, ALERT_BODY_CHARS);
  let bytes = options.bell ? "\x07" : "";
  // Both end in BEL, which every terminal that knows them accepts (ST is not universal).
  if (options.notify === "osc9") bytes += `\x1b]9;${title}: ${body}\x07`;
  // OSC 777 separates its fields with ";": the title must not hold one.
  else if (options.notify === "osc777") bytes += `\x1b]777;notify;${title.replace(/;/g, ",")};${body}\x07`;
  return bytes;
}
