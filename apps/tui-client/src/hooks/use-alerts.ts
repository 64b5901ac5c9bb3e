// Rings the bell and asks for a desktop notification when a message arrives that mentions us (or a
// highlight word) or is sent to us directly, as the bell and notify options say (see notify.ts).
import { useEffect, useRef } from "react";
import type { ChatConnection } from "../client/chat-client.js";
import type { ClientOptions } from "../config/options.js";
import { alertBytes, alertFor } from "../notify.js";
import type { ChatState } from "../state/model.js";

/**
 * `write` puts bytes straight on the terminal, beside Ink's frames (a bell and an OSC sequence move
 * no cursor); without one (tests of the screen alone) nothing is raised.
 */
export function useAlerts(
  connection: ChatConnection,
  latestState: () => ChatState,
  options: Pick<ClientOptions, "bell" | "notify">,
  write: ((bytes: string) => void) | undefined,
): void {
  const optionsRef = useRef(options);
  optionsRef.current = options;
  useEffect(() => {
    if (!write) return;
    return connection.onEvent((event) => {
      if (event.type !== "message") return;
      const alert = alertFor(event.message, latestState());
      const bytes = alert ? alertBytes(alert, optionsRef.current) : "";
      if (bytes) write(bytes);
    });
  }, [connection, latestState, write]);
}
