// Keyboard input without lost keystrokes: listens to Ink's raw input pieces (not useInput, which
// folds a fast-typed run and a paste into one ambiguous string) and decodes them into keys.
import { useStdin } from "ink";
import { useEffect, useRef } from "react";
import { createKeyDecoder, type Key } from "../state/keys.js";

/**
 * Calls `onKey` for every key, in order. The handler may change on every render; the subscription
 * does not, so no key arriving between renders is dropped.
 */
export function useKeys(onKey: (key: Key) => void, isActive = true): void {
  const { setRawMode, internal_eventEmitter: emitter } = useStdin();
  const handler = useRef(onKey);
  handler.current = onKey;
  useEffect(() => {
    if (!isActive) return;
    setRawMode(true);
    const decoder = createKeyDecoder();
    const onInput = (piece: string) => {
      for (const key of decoder.push(piece)) handler.current(key);
    };
    emitter.on("input", onInput);
    return () => {
      emitter.off("input", onInput);
      setRawMode(false);
    };
  }, [emitter, setRawMode, isActive]);
}
