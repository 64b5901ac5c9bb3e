// Owns the link between a chat connection and the reducer: client events are stamped and applied
// together once per frame (a busy room sends many between two redraws), and the returned `act`
// stamps and applies actions from the keyboard at once, so keys echo without waiting for a frame.
import { useCallback, useEffect, useReducer } from "react";
import type { ChatConnection } from "../client/chat-client.js";
import type { ClientEvent } from "../client/events.js";
import type { ChatState } from "../state/model.js";
import { type Action, reducer, type UiAction } from "../state/reducer.js";

/** Dispatches an unstamped action; the time is added here, keeping the reducer free of clocks. */
export type Act = (action: ClientEvent | UiAction) => void;

/** Client events are gathered this long, in ms, then applied as one update: one redraw per frame. */
export const EVENT_FRAME_MS = 33;

export function useChat(connection: ChatConnection, initial: ChatState): [ChatState, Act] {
  const [state, dispatch] = useReducer(reducer, initial);
  const act = useCallback<Act>((action) => dispatch({ ...action, nowMs: Date.now() }), []);
  useEffect(() => {
    let pending: Action[] = [];
    let timer: NodeJS.Timeout | null = null;
    const flush = () => {
      timer = null;
      const actions = pending;
      pending = [];
      dispatch({ type: "batch", actions, nowMs: Date.now() });
    };
    const unsubscribe = connection.onEvent((event) => {
      pending.push({ ...event, nowMs: Date.now() });
      timer ??= setTimeout(flush, EVENT_FRAME_MS);
    });
    connection.start();
    return () => {
      unsubscribe();
      if (timer) clearTimeout(timer);
    };
  }, [connection]);
  return [state, act];
}
