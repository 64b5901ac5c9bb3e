// Which key does what: one pure table from decoded keys to what the screen should do, so the key
// map is tested (and read) in one place and App only carries the bindings out.

import type { EditorState } from "./editor.js";
import * as edit from "./editor.js";
import type { Key } from "./keys.js";
import type { MouseEvent } from "./mouse.js";
import type { UiAction } from "./reducer.js";

export type Binding =
  /** Change the input line. */
  | { type: "edit"; change: (state: EditorState) => EditorState }
  /** Switch or jump between buffers. */
  | { type: "ui"; action: UiAction }
  | { type: "submit" }
  | { type: "complete" }
  | { type: "pageUp" }
  | { type: "pageDown" }
  | { type: "quit" }
  /** A mouse report: what it does depends on where it is (see mouse.ts). */
  | { type: "mouse"; event: MouseEvent }
  | { type: "none" };

const editing = (change: (state: EditorState) => EditorState): Binding => ({ type: "edit", change });
const ui = (action: UiAction): Binding => ({ type: "ui", action });

const CTRL: Record<string, Binding> = {
  c: { type: "quit" },
  n: ui({ type: "switchBy", delta: 1 }),
  p: ui({ type: "switchBy", delta: -1 }),
  a: editing(edit.moveHome),
  e: editing(edit.moveEnd),
  w: editing(edit.deleteWordBack),
  u: editing(edit.deleteToStart),
  k: editing(edit.deleteToEnd),
  d: editing(edit.deleteForward),
};

const ALT: Record<string, Binding> = {
  a: ui({ type: "nextActivity" }),
  b: editing(edit.moveWordLeft),
  f: editing(edit.moveWordRight),
  "0": ui({ type: "jumpTo", index: 9 }),
};

export function bindKey(key: Key): Binding {
  switch (key.type) {
    case "text":
    case "paste": {
      const text = key.text;
      return editing((s) => edit.insert(s, text));
    }
    case "mouse":
      return { type: "mouse", event: key.event };
    case "ctrl":
      return CTRL[key.letter] ?? { type: "none" };
    case "alt":
      if (/^[1-9]$/.test(key.char)) return ui({ type: "jumpTo", index: Number(key.char) - 1 });
      return ALT[key.char] ?? { type: "none" };
    case "key":
      switch (key.name) {
        case "enter":
          return { type: "submit" };
        case "tab":
          return { type: "complete" };
        case "left":
          if (key.alt) return ui({ type: "switchBy", delta: -1 });
          return editing(key.ctrl ? edit.moveWordLeft : edit.moveLeft);
        case "right":
          if (key.alt) return ui({ type: "switchBy", delta: 1 });
          return editing(key.ctrl ? edit.moveWordRight : edit.moveRight);
        case "up":
          return editing(edit.historyUp);
        case "down":
          return editing(edit.historyDown);
        case "home":
          return editing(edit.moveHome);
        case "end":
          return editing(edit.moveEnd);
        case "backspace":
          return editing(key.alt ? edit.deleteWordBack : edit.backspace);
        case "delete":
          return editing(edit.deleteForward);
        case "pageUp":
          return { type: "pageUp" };
        case "pageDown":
          return { type: "pageDown" };
        default:
          return { type: "none" };
      }
  }
}
