// Owns the WebSession for one nick: starts it, feeds its events to the reducer stamped with the time,
// and says goodbye when the page unmounts it.
import { useEffect, useMemo, useReducer } from "preact/hooks";
import { WebSession } from "../client/session";
import { initialState, type WebState } from "../state/model";
import { type Action, reducer, type UiAction } from "../state/reducer";

/** The app's version, sent in Hello (shown to operators). */
const CLIENT_VERSION = "0.1.0";

export function useSession(url: string, nick: string) {
  const session = useMemo(() => new WebSession({ url, nick, clientVersion: CLIENT_VERSION }), [url, nick]);
  const [state, dispatch] = useReducer<WebState, Action>(reducer, initialState(nick));
  useEffect(() => {
    const unsubscribe = session.onEvent((event) => dispatch({ ...event, nowMs: Date.now() }));
    session.start();
    const leave = () => void session.stop("page closed");
    window.addEventListener("pagehide", leave);
    return () => {
      window.removeEventListener("pagehide", leave);
      unsubscribe();
      void session.stop("page closed");
    };
  }, [session]);
  const act = (action: UiAction) => dispatch({ ...action, nowMs: Date.now() });
  return { state, session, act };
}
