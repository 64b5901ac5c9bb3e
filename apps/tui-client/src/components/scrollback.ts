// The message view's rows and scrolling, measured in screen rows: a long message wraps to many rows
// and each of them is a step of PgUp. Pure functions over the buffer's lines and the view's size;
// each line's wrapped rows are computed once per width and kept beside the line.
import { timeFormat } from "@parley/cli-shell";
import type { Line, ScrollAnchor } from "../state/model.js";
import { lineRows, type Row, textWidth, truncate } from "./layout.js";
import { lineStyleVersion } from "./line-style.js";

/** What the rows depend on besides the lines themselves. */
export interface ViewGeometry {
  /** Columns of the message view. */
  width: number;
  /** Rows of the message view. */
  height: number;
  /** Width of the nick column (see nickColumnWidth). */
  nickWidth: number;
  /** Id of the last line read before looking away; the rows after it are marked "new". */
  readMarker: number | null;
}

/** A position in the buffer: line `index`, row `row` of its block (separators, then its text). */
interface Position {
  index: number;
  row: number;
}

interface CachedRows {
  width: number;
  nickWidth: number;
  /** The line style the rows were drawn in (see line-style.ts). */
  style: number;
  rows: Row[];
}

/**
 * Wrapped rows per line. Lines are immutable (the reducer replaces a line it changes), so a line
 * object is a safe key, and rows for lines dropped from the buffer go with them.
 */
const rowCache = new WeakMap<Line, CachedRows>();

/** Rows of one line at this width: wrapped once, then served from the cache. */
export function cachedLineRows(line: Line, width: number, nickWidth: number): Row[] {
  const hit = rowCache.get(line);
  const style = lineStyleVersion();
  if (hit && hit.width === width && hit.nickWidth === nickWidth && hit.style === style) return hit.rows;
  const rows = lineRows(line, width, nickWidth);
  rowCache.set(line, { width, nickWidth, style, rows });
  return rows;
}

/** Rows of line `index` with the markers drawn above it (where unseen lines begin, a new day). */
function blockRows(lines: readonly Line[], index: number, view: ViewGeometry): Row[] {
  const line = lines[index]!;
  const rows = cachedLineRows(line, view.width, view.nickWidth);
  const previous = lines[index - 1];
  if (!previous) return rows;
  const newDay = previous.atMs && line.atMs && dayKey(previous) !== dayKey(line);
  const unseenStart = previous.id === view.readMarker;
  if (!newDay && !unseenStart) return rows;
  const above: Row[] = [];
  if (unseenStart) above.push(newLinesMarker(line, view.width));
  if (newDay) above.push(daySeparator(line, view.width));
  return [...above, ...rows];
}

/** Where the bottom row of the view is: the anchor, or the newest row when following. */
function bottomOf(lines: readonly Line[], anchor: ScrollAnchor | null, view: ViewGeometry): Position | null {
  if (lines.length === 0) return null;
  if (anchor) {
    for (let i = lines.length - 1; i >= 0; i--) {
      if (lines[i]!.id !== anchor.lineId) continue;
      const row = Math.min(anchor.row, blockRows(lines, i, view).length - 1);
      // A taller view (the terminal grew) never leaves blank rows above the oldest line.
      return clampToHeight(lines, { index: i, row }, view);
    }
    // The anchored line was dropped from memory: hold the view at the oldest line kept.
    return clampToHeight(lines, { index: 0, row: 0 }, view);
  }
  const last = lines.length - 1;
  return { index: last, row: blockRows(lines, last, view).length - 1 };
}

/** Moves `position` down until at least a view's height of rows is above and at it (if there are). */
function clampToHeight(lines: readonly Line[], position: Position, view: ViewGeometry): Position {
  let above = position.row + 1;
  for (let i = position.index - 1; i >= 0 && above < view.height; i--)
    above += blockRows(lines, i, view).length;
  let { index, row } = position;
  while (above < view.height) {
    const size = blockRows(lines, index, view).length;
    if (row + 1 < size) row++;
    else if (index + 1 < lines.length) {
      index++;
      row = 0;
    } else break;
    above++;
  }
  return { index, row };
}

function toAnchor(lines: readonly Line[], position: Position, view: ViewGeometry): ScrollAnchor | null {
  const last = lines.length - 1;
  if (position.index === last && position.row >= blockRows(lines, last, view).length - 1) return null;
  return { lineId: lines[position.index]!.id, row: position.row };
}

/**
 * Scrolls by `deltaRows` screen rows (positive: back in time) and returns the new anchor, or null
 * when the view is back at the newest row. Scrolling back stops once the oldest row is at the top.
 */
export function scrollBy(
  lines: readonly Line[],
  anchor: ScrollAnchor | null,
  deltaRows: number,
  view: ViewGeometry,
): ScrollAnchor | null {
  const start = bottomOf(lines, anchor, view);
  if (!start) return null;
  let { index, row } = start;
  if (deltaRows > 0) {
    row -= deltaRows;
    while (row < 0 && index > 0) {
      index--;
      row += blockRows(lines, index, view).length;
    }
    return toAnchor(lines, clampToHeight(lines, { index, row: Math.max(0, row) }, view), view);
  }
  row -= deltaRows;
  for (let size = blockRows(lines, index, view).length; row >= size && index < lines.length - 1; ) {
    row -= size;
    index++;
    size = blockRows(lines, index, view).length;
  }
  return toAnchor(lines, { index, row }, view);
}

/** The rows the view shows, oldest at the top; fewer than `height` when the buffer is short. */
export function viewRows(lines: readonly Line[], anchor: ScrollAnchor | null, view: ViewGeometry): Row[] {
  const bottom = bottomOf(lines, anchor, view);
  if (!bottom) return [];
  const parts: Row[][] = [blockRows(lines, bottom.index, view).slice(0, bottom.row + 1)];
  let count = parts[0]!.length;
  for (let i = bottom.index - 1; i >= 0 && count < view.height; i--) {
    const rows = blockRows(lines, i, view);
    parts.push(rows);
    count += rows.length;
  }
  const rows = parts.reverse().flat();
  return rows.slice(Math.max(0, rows.length - view.height));
}

/** Screen rows below the view while scrolled up (0 when following the newest line). */
export function rowsBelow(lines: readonly Line[], anchor: ScrollAnchor | null, view: ViewGeometry): number {
  const bottom = bottomOf(lines, anchor, view);
  if (!bottom || !anchor) return 0;
  let below = blockRows(lines, bottom.index, view).length - 1 - bottom.row;
  for (let i = bottom.index + 1; i < lines.length; i++) below += blockRows(lines, i, view).length;
  return below;
}

/**
 * Screen rows held above the view, counted up to `limit` (a larger count says `limit`): how near
 * the oldest held row the view is, to fetch the page before it in time.
 */
export function rowsAbove(
  lines: readonly Line[],
  anchor: ScrollAnchor | null,
  view: ViewGeometry,
  limit: number,
): number {
  const bottom = bottomOf(lines, anchor, view);
  if (!bottom) return 0;
  let rows = bottom.row + 1;
  for (let i = bottom.index - 1; i >= 0 && rows < view.height + limit; i--)
    rows += blockRows(lines, i, view).length;
  return Math.min(limit, Math.max(0, rows - view.height));
}

/** True when the view shows the oldest line's first row. */
export function atOldestRow(
  lines: readonly Line[],
  anchor: ScrollAnchor | null,
  view: ViewGeometry,
): boolean {
  return rowsAbove(lines, anchor, view, 1) === 0;
}

/** The read marker: the lines below it arrived while we were looking elsewhere. */
function newLinesMarker(line: Line, width: number): Row {
  const label = "── new ";
  const text =
    textWidth(label) >= width ? truncate(label, width) : label + "─".repeat(width - textWidth(label));
  return { key: `${line.id}:new`, segments: [{ text, color: "red" }] };
}

/** Local day of each line, worked out once: every scroll step compares the days of many lines. */
const dayCache = new WeakMap<Line, string>();

function dayKey(line: Line): string {
  let day = dayCache.get(line);
  if (day === undefined) {
    day = new Date(line.atMs).toDateString();
    dayCache.set(line, day);
  }
  return day;
}

/** "── Sunday 2026-11-22 ──" (as the locale writes a day), dimmed, across the view. */
function daySeparator(line: Line, width: number): Row {
  const label = `── ${timeFormat.date(line.atMs)} `;
  const text =
    textWidth(label) >= width ? truncate(label, width) : label + "─".repeat(width - textWidth(label));
  return { key: `${line.id}:day`, segments: [{ text, dim: true }] };
}
