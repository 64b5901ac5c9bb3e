// Owns the link between a chat connection and the reducer: every client event becomes a stamped
// action, and the returned `act` stamps actions from the keyboard the same way.
import { useCallback, useEffect, useReducer } from "react";
import type { ChatConnection } from "../client/chat-client.js";
import type { ClientEvent } from "../client/events.js";
import type { ChatState } from "../state/model.js";
import { reducer, type UiAction } from "../state/reducer.js";

/** Dispatches an unstamped action; the time is added here, keeping the reducer free of clocks. */
export type Act = (action: ClientEvent | UiAction) => void;

export function useChat(connection: ChatConnection, initial: ChatState): [ChatState, Act] {
  const [state, dispatch] = useReducer(reducer, initial);
  const act = useCallback<Act>((action) => dispatch({ ...action, nowMs: Date.now() }), []);
  useEffect(() => {
    const unsubscribe = connection.onEvent(act);
    connection.start();
    return unsubscribe;
  }, [connection, act]);
  return [state, act];
}
