// The window of lines a buffer holds: at most MAX_LINES_PER_BUFFER, paged from the server at either
// end as the view moves, trimmed on the side away from the reading position so the view never jumps.
// Pure functions from a buffer to the next; the reducer builds the lines.
import { type ChatBuffer, type Line, MAX_LINES_PER_BUFFER } from "./model.js";

/**
 * While scrolled up, at least this many lines stay held above the line at the bottom of the view:
 * a live message that would trim closer than that drops the newest end of the window instead.
 */
export const KEEP_ABOVE_VIEW_LINES = MAX_LINES_PER_BUFFER / 4;

/** Sequence number of the oldest stored message held (0: none). */
export function oldestHeldSeq(lines: readonly Line[]): number {
  for (const line of lines) if (line.type === "message" && line.seq > 0) return line.seq;
  return 0;
}

/** Sequence number of the newest stored message held (0: none). */
export function newestHeldSeq(lines: readonly Line[]): number {
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!;
    if (line.type === "message" && line.seq > 0) return line.seq;
  }
  return 0;
}

/**
 * Arrays of lines made while the current batch is applied (see withBatchAppends): no state from
 * before the batch holds them, so live lines may be appended to them in place. Null outside a batch.
 */
let madeInBatch: WeakSet<readonly Line[]> | null = null;

/**
 * Runs `apply` (the actions of one batch, as one update) letting appendLive add to the arrays of
 * lines it made during it in place: a busy room's frame of many messages copies a buffer's lines
 * once instead of twice per message (a window of 2,000 lines is 16 KB per copy). Nothing made
 * before the call is changed, so the reducer stays pure to its callers.
 */
export function withBatchAppends<T>(apply: () => T): T {
  if (madeInBatch) return apply();
  madeInBatch = new WeakSet();
  try {
    return apply();
  } finally {
    madeInBatch = null;
  }
}

/** `lines` itself when this batch made it, else a copy (which this batch then owns). */
function appendable(lines: readonly Line[]): Line[] {
  if (madeInBatch?.has(lines)) return lines as Line[];
  const copy = lines.slice();
  madeInBatch?.add(copy);
  return copy;
}

/**
 * `line` added at the newest end. Past `max` lines, the oldest go, unless the view is held so near
 * them that it would lose its place: then the newest end goes instead (with `line`), and the
 * buffer stops taking live lines until paged forward (newerAvailable).
 */
export function appendLive(buffer: ChatBuffer, line: Line, max = MAX_LINES_PER_BUFFER): ChatBuffer {
  // A window that ends in the past has nowhere to put a live line, but our own typed lines show.
  if (buffer.newerAvailable && !(line.type === "message" && line.pending)) return buffer;
  const excess = buffer.lines.length + 1 - max;
  if (excess > 0) {
    const anchor = buffer.scroll ? buffer.lines.findIndex((l) => l.id === buffer.scroll!.lineId) : -1;
    if (anchor >= 0 && anchor < excess + Math.min(KEEP_ABOVE_VIEW_LINES, max / 4))
      return { ...buffer, lines: buffer.lines, newerAvailable: true };
  }
  const lines = appendable(buffer.lines);
  lines.push(line);
  if (excess <= 0) return { ...buffer, lines };
  lines.splice(0, excess);
  return { ...buffer, lines, olderAvailable: true };
}

/**
 * A page of messages older than the oldest held, put in front in one step (one copy of the window,
 * whatever the page's size). Nothing is trimmed here, even past `max`: the page comes while the
 * reader is still on lines already drawn (it was fetched ahead of them), and trimming the newest end
 * now would change `-MORE(n+)-` and redraw a screen the reader did not move. The window is brought
 * back within its bound when the view next moves (boundWindow), so it exceeds it by a page at most.
 */
export function prependOlder(buffer: ChatBuffer, page: readonly Line[], hasMore: boolean): ChatBuffer {
  return { ...buffer, lines: page.concat(buffer.lines), olderAvailable: hasMore };
}

/**
 * The window within `max` lines, trimmed at the end away from the view: the newest end while the
 * line at the bottom of the view lies in the older half, else the oldest end. Called as the view
 * moves, so what goes was never about to be drawn.
 */
export function boundWindow(buffer: ChatBuffer, max = MAX_LINES_PER_BUFFER): ChatBuffer {
  const excess = buffer.lines.length - max;
  if (excess <= 0) return buffer;
  const anchor = buffer.scroll ? buffer.lines.findIndex((l) => l.id === buffer.scroll!.lineId) : -1;
  if (anchor >= 0 && anchor < buffer.lines.length / 2)
    return { ...buffer, lines: buffer.lines.slice(0, max), newerAvailable: true };
  return { ...buffer, lines: buffer.lines.slice(excess), olderAvailable: true };
}

/**
 * A page of messages newer than the newest held, added at the end. Past `max`, the oldest end goes.
 * `hasMore`: the window still ends short of the newest message.
 */
export function appendNewer(
  buffer: ChatBuffer,
  page: readonly Line[],
  hasMore: boolean,
  max = MAX_LINES_PER_BUFFER,
): ChatBuffer {
  const joined = buffer.lines.concat(page);
  const excess = Math.max(0, joined.length - max);
  return {
    ...buffer,
    lines: excess > 0 ? joined.slice(excess) : joined,
    olderAvailable: buffer.olderAvailable || excess > 0,
    newerAvailable: hasMore,
  };
}

/**
 * The newest page in place of the window (Enter while the window ends in the past), followed by
 * our own messages still on their way; the view follows the newest line again.
 */
export function replaceWithLatest(buffer: ChatBuffer, page: readonly Line[], hasMore: boolean): ChatBuffer {
  const pending = buffer.lines.filter((l) => l.type === "message" && l.pending);
  const oldest = oldestHeldSeq(page);
  return {
    ...buffer,
    lines: page.concat(pending),
    scroll: null,
    newerAvailable: false,
    olderAvailable: hasMore || oldest > 1,
  };
}
