// Owns the link between a chat connection and the reducer: client events are stamped and applied
// together, at most EVENT_FRAME_MS apart (a busy room sends many between two redraws), and the
// returned `act` stamps and applies actions from the keyboard at once (after the events that came
// before them), so keys echo without waiting for a frame; a page of history a key asked for too.
// The state lives in a small store read by React, so a burst of keys (PgUp held down) each sees the
// state the previous one left, before any redraw.
import { useCallback, useEffect, useRef, useSyncExternalStore } from "react";
import type { ChatConnection } from "../client/chat-client.js";
import type { ClientEvent } from "../client/events.js";
import type { ChatState } from "../state/model.js";
import { type Action, reducer, type UiAction } from "../state/reducer.js";
import { FrameCoalescer } from "./frame-coalescer.js";

/** Dispatches an unstamped action; the time is added here, keeping the reducer free of clocks. */
export type Act = (action: ClientEvent | UiAction) => void;

/**
 * Least time between two updates made of client events, in ms: a busy room redraws at most 10 times
 * a second, however many messages it carries, while a message after a quiet spell shows at once.
 * Keys are not held back by it: each is drawn as it comes, between these frames.
 */
export const EVENT_FRAME_MS = 100;

/** The state as of every action applied so far, whether or not React has drawn it yet. */
export type LatestState = () => ChatState;

interface Store {
  state: ChatState;
  listeners: Set<() => void>;
}

export function useChat(connection: ChatConnection, initial: ChatState): [ChatState, Act, LatestState] {
  const storeRef = useRef<Store | null>(null);
  storeRef.current ??= { state: initial, listeners: new Set() };
  const store = storeRef.current;
  const subscribe = useCallback(
    (listener: () => void) => {
      store.listeners.add(listener);
      return () => store.listeners.delete(listener);
    },
    [store],
  );
  const state = useSyncExternalStore(subscribe, () => store.state);
  const apply = useCallback(
    (action: Action) => {
      store.state = reducer(store.state, action);
      for (const listener of store.listeners) listener();
    },
    [store],
  );
  const framesRef = useRef<FrameCoalescer<Action> | null>(null);
  const act = useCallback<Act>(
    (action) => {
      // Events that came before the key are applied before it, in the order things happened.
      framesRef.current?.flush();
      apply({ ...action, nowMs: Date.now() });
    },
    [apply],
  );
  const latest = useCallback<LatestState>(() => store.state, [store]);
  useEffect(() => {
    const frames = new FrameCoalescer<Action>(EVENT_FRAME_MS, (actions) =>
      apply({ type: "batch", actions, nowMs: Date.now() }),
    );
    framesRef.current = frames;
    const unsubscribe = connection.onEvent((event) => {
      // A page of history answers a key (PgUp, PgDn, Enter): applied at once, like the key, so a
      // key pressed meanwhile sees it and does not ask for it again.
      if (event.type === "history" && event.page) {
        frames.flush();
        apply({ ...event, nowMs: Date.now() });
      } else frames.push({ ...event, nowMs: Date.now() });
    });
    connection.start();
    return () => {
      unsubscribe();
      frames.stop();
      framesRef.current = null;
    };
  }, [connection, apply]);
  return [state, act, latest];
}
