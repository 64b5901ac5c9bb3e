// The input line's state behind a ref: each key computes from the latest value, never from a stale
// render, so keys arriving faster than React renders are all applied in order.
import { useCallback, useRef, useState } from "react";
import { type EditorState, emptyEditor } from "../state/editor.js";

export interface LineEditor {
  editor: EditorState;
  /** Applies an edit to the latest state and renders it. */
  update(change: (state: EditorState) => EditorState): EditorState;
  /** The latest state, possibly newer than the last render. */
  current(): EditorState;
}

export function useLineEditor(initial: EditorState = emptyEditor): LineEditor {
  const ref = useRef(initial);
  const [editor, setEditor] = useState(initial);
  const update = useCallback((change: (state: EditorState) => EditorState) => {
    ref.current = change(ref.current);
    setEditor(ref.current);
    return ref.current;
  }, []);
  const current = useCallback(() => ref.current, []);
  return { editor, update, current };
}
