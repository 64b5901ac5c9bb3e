// The input line as pure data: text, cursor, history and Tab completion. Each edit is a function
// from state to state, so typing, history and completion are tested without a terminal.
import { holdsSecret } from "./commands.js";

export interface Completion {
  /** Where the completed word starts in the text. */
  start: number;
  candidates: string[];
  /** Candidate currently inserted. */
  index: number;
  /** Text appended after the candidate: ": " after a nick at the start of the line, else " ". */
  suffix: string;
}

export interface EditorState {
  text: string;
  /** UTF-16 offset into `text`, always on a grapheme boundary. */
  cursor: number;
  /** Submitted lines, oldest first. */
  history: string[];
  /** Position in `history` while browsing with Up/Down; null when editing a fresh line. */
  historyIndex: number | null;
  /** The unfinished line, kept while browsing history. */
  draft: string;
  completion: Completion | null;
}

/** What Tab may complete: commands at the start of the line, room names after "#", otherwise nicks. */
export interface CompletionSource {
  nicks: string[];
  commands: string[];
  rooms: string[];
}

/** Lines remembered for Up/Down. */
export const MAX_HISTORY = 500;

export const emptyEditor: EditorState = {
  text: "",
  cursor: 0,
  history: [],
  historyIndex: null,
  draft: "",
  completion: null,
};

const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/** Grapheme boundaries of `text`, including 0 and text.length. */
function boundaries(text: string): number[] {
  const result = [...segmenter.segment(text)].map((s) => s.index);
  result.push(text.length);
  return result;
}

function edited(state: EditorState, text: string, cursor: number): EditorState {
  return { ...state, text, cursor, completion: null };
}

/** Inserts typed or pasted text at the cursor. Line breaks become "\n" (a CR never reaches the text). */
export function insert(state: EditorState, input: string): EditorState {
  // Pasted escape sequences or other control characters would be sent to everyone: keep only text.
  const clean = input
    .replace(/\r\n?/g, "\n")
    .replace(/\t/g, "    ")
    .replace(/[\x00-\x09\x0b-\x1f\x7f-\x9f]/g, "");
  if (!clean) return state;
  const text = state.text.slice(0, state.cursor) + clean + state.text.slice(state.cursor);
  return edited(state, text, state.cursor + clean.length);
}

export function backspace(state: EditorState): EditorState {
  if (state.cursor === 0) return { ...state, completion: null };
  const start = previousBoundary(state.text, state.cursor);
  return edited(state, state.text.slice(0, start) + state.text.slice(state.cursor), start);
}

export function deleteForward(state: EditorState): EditorState {
  if (state.cursor >= state.text.length) return { ...state, completion: null };
  const end = nextBoundary(state.text, state.cursor);
  return edited(state, state.text.slice(0, state.cursor) + state.text.slice(end), state.cursor);
}

export function moveLeft(state: EditorState): EditorState {
  return { ...state, cursor: previousBoundary(state.text, state.cursor), completion: null };
}

export function moveRight(state: EditorState): EditorState {
  return { ...state, cursor: nextBoundary(state.text, state.cursor), completion: null };
}

export function moveHome(state: EditorState): EditorState {
  return { ...state, cursor: 0, completion: null };
}

export function moveEnd(state: EditorState): EditorState {
  return { ...state, cursor: state.text.length, completion: null };
}

/** Ctrl+Left, Alt+B: to the start of the word before the cursor. */
export function moveWordLeft(state: EditorState): EditorState {
  const before = state.text.slice(0, state.cursor);
  return { ...state, cursor: before.replace(/\S+\s*$|\s+$/u, "").length, completion: null };
}

/** Ctrl+Right, Alt+F: to the end of the word after the cursor. */
export function moveWordRight(state: EditorState): EditorState {
  const after = state.text.slice(state.cursor);
  const match = /^\s*\S+/u.exec(after);
  return { ...state, cursor: state.cursor + (match ? match[0].length : after.length), completion: null };
}

/** Ctrl+W: deletes the word before the cursor and the spaces after it. */
export function deleteWordBack(state: EditorState): EditorState {
  const before = state.text.slice(0, state.cursor);
  const start = before.replace(/\S+\s*$|\s+$/u, "").length;
  return edited(state, state.text.slice(0, start) + state.text.slice(state.cursor), start);
}

/** Ctrl+U: deletes everything before the cursor. */
export function deleteToStart(state: EditorState): EditorState {
  return edited(state, state.text.slice(state.cursor), 0);
}

/** Ctrl+K: deletes everything after the cursor. */
export function deleteToEnd(state: EditorState): EditorState {
  return edited(state, state.text.slice(0, state.cursor), state.cursor);
}

export function historyUp(state: EditorState): EditorState {
  if (state.history.length === 0) return state;
  if (state.historyIndex === null) {
    const index = state.history.length - 1;
    const text = state.history[index]!;
    return { ...state, historyIndex: index, draft: state.text, text, cursor: text.length, completion: null };
  }
  const index = Math.max(0, state.historyIndex - 1);
  const text = state.history[index]!;
  return { ...state, historyIndex: index, text, cursor: text.length, completion: null };
}

export function historyDown(state: EditorState): EditorState {
  if (state.historyIndex === null) return state;
  const index = state.historyIndex + 1;
  if (index >= state.history.length) {
    return {
      ...state,
      historyIndex: null,
      text: state.draft,
      cursor: state.draft.length,
      draft: "",
      completion: null,
    };
  }
  const text = state.history[index]!;
  return { ...state, historyIndex: index, text, cursor: text.length, completion: null };
}

/** Enter: returns the line to run and a cleared editor that remembers it. */
export function submit(state: EditorState): [EditorState, string] {
  const line = state.text;
  let history = state.history;
  if (line.trim() && history[history.length - 1] !== line && !holdsSecret(line)) {
    history = [...history, line];
    if (history.length > MAX_HISTORY) history = history.slice(history.length - MAX_HISTORY);
  }
  return [{ ...emptyEditor, history }, line];
}

/**
 * Tab: completes the word before the cursor, or replaces the last completion with the next
 * candidate when pressed again. Nicks match case-insensitively; no match leaves the text alone.
 */
export function complete(state: EditorState, source: CompletionSource): EditorState {
  const current = state.completion;
  if (current) {
    const inserted = current.candidates[current.index]! + current.suffix;
    const index = (current.index + 1) % current.candidates.length;
    const replacement = current.candidates[index]! + current.suffix;
    const text =
      state.text.slice(0, current.start) + replacement + state.text.slice(current.start + inserted.length);
    return { ...state, text, cursor: current.start + replacement.length, completion: { ...current, index } };
  }
  const before = state.text.slice(0, state.cursor);
  const start = before.search(/\S*$/u);
  const prefix = before.slice(start);
  if (!prefix) return state;
  const lower = prefix.toLowerCase();
  let candidates: string[];
  let suffix = " ";
  if (start === 0 && prefix.startsWith("/")) {
    candidates = source.commands.map((c) => `/${c}`).filter((c) => c.startsWith(lower));
  } else if (prefix.startsWith("#")) {
    candidates = source.rooms.map((r) => `#${r}`).filter((r) => r.toLowerCase().startsWith(lower));
  } else {
    candidates = source.nicks.filter((n) => n.toLowerCase().startsWith(lower));
    if (start === 0) suffix = ": ";
  }
  candidates = [...new Set(candidates)].sort((a, b) =>
    a.localeCompare(b, undefined, { sensitivity: "base" }),
  );
  if (candidates.length === 0) return state;
  const replacement = candidates[0]! + suffix;
  const text = state.text.slice(0, start) + replacement + state.text.slice(state.cursor);
  return {
    ...state,
    text,
    cursor: start + replacement.length,
    completion: candidates.length > 1 ? { start, candidates, index: 0, suffix } : null,
  };
}

function previousBoundary(text: string, cursor: number): number {
  const all = boundaries(text);
  let result = 0;
  for (const b of all) if (b < cursor) result = b;
  return result;
}

function nextBoundary(text: string, cursor: number): number {
  for (const b of boundaries(text)) if (b > cursor) return b;
  return text.length;
}
