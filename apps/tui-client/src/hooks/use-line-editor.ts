// The input line's state in a small store outside React: each key computes from the latest value,
// never from a stale render, so keys arriving faster than React renders are all applied in order;
// and a key re-renders only what reads the line (useEditorState), not the whole screen around it.
import { useCallback, useRef, useSyncExternalStore } from "react";
import { type EditorState, emptyEditor } from "../state/editor.js";

/** The input line's latest state, changed by `update`, watched by `subscribe`. */
export interface LineEditorStore {
  /** Applies an edit to the latest state, tells the subscribers, and returns the new state. */
  update(change: (state: EditorState) => EditorState): EditorState;
  /** The latest state, possibly newer than the last render. */
  current(): EditorState;
  /** Calls `listener` after every update; returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
}

export interface LineEditor {
  editor: EditorState;
  /** Applies an edit to the latest state and renders it. */
  update(change: (state: EditorState) => EditorState): EditorState;
  /** The latest state, possibly newer than the last render. */
  current(): EditorState;
}

/** A store for one input line, kept for the component's life; reading it does not re-render. */
export function useLineEditorStore(initial: EditorState = emptyEditor): LineEditorStore {
  const ref = useRef<LineEditorStore | null>(null);
  ref.current ??= createLineEditorStore(initial);
  return ref.current;
}

/** The store's state, re-rendering the calling component (only) when it changes. */
export function useEditorState(store: LineEditorStore): EditorState {
  return useSyncExternalStore(store.subscribe, store.current);
}

/** The store and its state together, for a screen that is little more than its input line. */
export function useLineEditor(initial: EditorState = emptyEditor): LineEditor {
  const store = useLineEditorStore(initial);
  const editor = useEditorState(store);
  const update = useCallback((change: (s: EditorState) => EditorState) => store.update(change), [store]);
  return { editor, update, current: store.current };
}

function createLineEditorStore(initial: EditorState): LineEditorStore {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    update(change) {
      state = change(state);
      for (const listener of listeners) listener();
      return state;
    },
    current: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
