// The mouse in SGR reporting mode (xterm 1006): decoding its reports, and what a report does on the
// screen (the wheel scrolls the messages, a click on a room in the list switches to it). Pure.
import type { BufferKey } from "./model.js";

/** One mouse report: 1-based cell, and the button as the terminal numbers it. */
export interface MouseEvent {
  /** 0 left, 1 middle, 2 right; 64 wheel up, 65 wheel down; +4 shift, +8 alt, +16 ctrl, +32 motion. */
  button: number;
  column: number;
  row: number;
  /** A button let go (SGR "m"); presses and wheel turns are "M". */
  release: boolean;
}

/** One SGR mouse report: ESC [ < button ; column ; row M|m. */
const SGR_REPORT = /\x1b\[<(\d+);(\d+);(\d+)([Mm])/g;

/**
 * Splits `piece` into the mouse reports it holds and the text around them, in order: a terminal may
 * send several wheel turns in one read, or a report next to typed keys.
 */
export function splitMouseReports(piece: string): (string | MouseEvent)[] {
  if (!piece.includes("\x1b[<")) return [piece];
  const parts: (string | MouseEvent)[] = [];
  let at = 0;
  for (const match of piece.matchAll(SGR_REPORT)) {
    if (match.index > at) parts.push(piece.slice(at, match.index));
    parts.push({
      button: Number(match[1]),
      column: Number(match[2]),
      row: Number(match[3]),
      release: match[4] === "m",
    });
    at = match.index + match[0].length;
  }
  if (at < piece.length) parts.push(piece.slice(at));
  return parts;
}

/** Turns reporting on (button presses and the wheel, in SGR encoding) / off. */
export const MOUSE_ON = "\x1b[?1000h\x1b[?1006h";
export const MOUSE_OFF = "\x1b[?1006l\x1b[?1000l";

/** Rows one wheel step scrolls. */
export const WHEEL_ROWS = 3;

/** Where things are on the screen, as App laid it out. */
export interface ScreenLayout {
  /** Columns of the room list (0: not shown); it starts at column 1. */
  roomListWidth: number;
  /** Rows of the room list and message view; they start at row 2, under the title. */
  bodyHeight: number;
  /** Buffers in the room list, in order, and the one shown. */
  order: readonly BufferKey[];
  active: BufferKey;
}

/** What a report asks for: scroll the messages by rows (up positive), show a buffer, or nothing. */
export type MouseAction = { type: "scroll"; rows: number } | { type: "switchTo"; key: BufferKey } | null;

/** The first buffer the room list shows: it slides so the one shown stays in view. */
export function roomListFirst(order: readonly BufferKey[], active: BufferKey, height: number): number {
  const activeIndex = order.indexOf(active);
  return Math.max(0, Math.min(activeIndex - height + 1, order.length - height));
}

export function mouseAction(event: MouseEvent, layout: ScreenLayout): MouseAction {
  const button = event.button & ~(4 | 8 | 16);
  if (button === 64) return { type: "scroll", rows: WHEEL_ROWS };
  if (button === 65) return { type: "scroll", rows: -WHEEL_ROWS };
  if (button !== 0 || event.release) return null;
  const listRow = event.row - 2;
  if (event.column > layout.roomListWidth || listRow < 0 || listRow >= layout.bodyHeight) return null;
  const key = layout.order[roomListFirst(layout.order, layout.active, layout.bodyHeight) + listRow];
  return key ? { type: "switchTo", key } : null;
}
