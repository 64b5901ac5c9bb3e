// Search in the reducer: the matches of /search listed, numbered, in the search buffer (a new search
// replaces them, the next page adds to them), and a match shown in its conversation once the
// messages around it are loaded. Pure.
import { type ChatMessage, sameName } from "@parley/protocol";
import type { ClientEvent, Target } from "../client/events.js";
import { type ChatState, type Line, newBuffer, SEARCH_BUFFER, targetKey } from "./model.js";

type SearchResults = Extract<ClientEvent, { type: "searchResults" }>;

/** Where a match was said, as its line in the search buffer names it: "#room" or the other nick. */
export function matchPlace(message: ChatMessage, me: string): string {
  if (message.room) return `#${message.room}`;
  const from = message.fromNick ?? "";
  return sameName(from, me) ? (message.toNick ?? "") : from;
}

/** The conversation of a match, to jump to it. */
export function matchTarget(message: ChatMessage, me: string): Target {
  return message.room ? { room: message.room } : { nick: matchPlace(message, me) };
}

function scopeLabel(scope: Target | null): string {
  if (!scope) return "everywhere you may read";
  return "room" in scope ? `in #${scope.room}` : `with ${scope.nick}`;
}

/** Lists a page of matches in the search buffer (created, or emptied for a new search) and shows it. */
export function showSearchResults(state: ChatState, event: SearchResults, nowMs: number): ChatState {
  const previous = event.more && state.search ? state.search.matches : [];
  const matches = [...previous, ...event.messages];
  let nextLineId = state.nextLineId;
  const system = (text: string, tone: "info" | "event" = "info"): Line => ({
    type: "system",
    id: nextLineId++,
    atMs: nowMs,
    tone,
    text,
  });
  const existing = state.buffers[SEARCH_BUFFER];
  // The footer of the page before is replaced by the new page's own.
  const kept = event.more && existing ? existing.lines.slice(0, -1) : [];
  const lines: Line[] = [...kept];
  if (!event.more) lines.push(system(`Search for "${event.query}" ${scopeLabel(event.scope)}:`, "event"));
  event.messages.forEach((message, i) => {
    lines.push({
      type: "message",
      id: nextLineId++,
      seq: 0,
      atMs: message.sentAtMs || nowMs,
      from: message.fromNick ?? "",
      text: `${previous.length + i + 1}. ${matchPlace(message, state.nick)}: ${message.text ?? message.file?.name ?? ""}`,
      action: false,
      own: false,
      mention: false,
      pending: false,
      clientMsgId: "",
      terms: event.terms,
    });
  });
  lines.push(
    system(
      matches.length === 0
        ? "No matches."
        : `${matches.length} match${matches.length === 1 ? "" : "es"}${event.nextCursor ? " so far" : ""}: /goto N shows one in its conversation${event.nextCursor ? "; /search alone for more" : ""}.`,
    ),
  );
  const base = existing ?? newBuffer(SEARCH_BUFFER, "search", "search");
  const buffer = { ...base, name: `search: ${event.query}`, lines, scroll: null, unread: 0, highlights: 0 };
  const order = state.order.includes(SEARCH_BUFFER) ? state.order : [...state.order, SEARCH_BUFFER];
  return {
    ...state,
    nextLineId,
    buffers: { ...state.buffers, [SEARCH_BUFFER]: buffer },
    order,
    search: {
      query: event.query,
      scope: event.scope,
      matches,
      terms: event.terms,
      nextCursor: event.nextCursor,
    },
  };
}

/** Messages shown after a revealed one, below it, so it sits with context on both sides. */
const CONTEXT_BELOW = 5;

/**
 * Marks the message `seq` of `target` as found (the mark moves from any earlier one) and holds the
 * view on it; the caller focuses the buffer. Unchanged when the message is not loaded.
 */
export function revealMessage(state: ChatState, target: Target, seq: number): ChatState | null {
  const key = targetKey(target);
  const buffer = state.buffers[key];
  const index = buffer?.lines.findIndex((l) => l.type === "message" && l.seq === seq) ?? -1;
  if (!buffer || index < 0) return null;
  const terms = state.search?.terms;
  const lines = buffer.lines.map((line, i): Line => {
    if (line.type !== "message") return line;
    if (i === index) return { ...line, found: true, terms };
    return line.found ? { ...line, found: false, terms: undefined } : line;
  });
  const bottom = lines[Math.min(lines.length - 1, index + CONTEXT_BELOW)]!;
  const atEnd = bottom === lines.at(-1);
  return {
    ...state,
    buffers: {
      ...state.buffers,
      [key]: { ...buffer, lines, scroll: atEnd ? null : { lineId: bottom.id, row: Number.MAX_SAFE_INTEGER } },
    },
  };
}
