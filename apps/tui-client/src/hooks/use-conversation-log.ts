// Writes conversations to disk while the log option is on: every stored message that arrives
// (ours, others', and those replayed after a reconnect), flushed about once a second and at exit.
import { useEffect } from "react";
import type { ChatConnection } from "../client/chat-client.js";
import { ConversationLog } from "../logging.js";
import type { ChatState } from "../state/model.js";
import type { Act } from "./use-chat.js";

/** How often queued log lines are appended to their files, in ms. */
export const LOG_FLUSH_MS = 1000;

export function useConversationLog(
  connection: ChatConnection,
  latestState: () => ChatState,
  act: Act,
  /** Null while logging is off; otherwise the log directory and this server's folder name. */
  where: { dir: string; server: string } | null,
): void {
  const dir = where?.dir;
  const server = where?.server;
  useEffect(() => {
    if (!dir || !server) return;
    const log = new ConversationLog(dir, server);
    let failed = "";
    const flush = () => {
      try {
        log.flush();
        failed = "";
      } catch (error) {
        const text = `Cannot write the conversation log: ${(error as Error).message}`;
        // Said once per failure, not on every flush while the disk stays full.
        if (text !== failed) act({ type: "local", tone: "error", text });
        failed = text;
      }
    };
    const timer = setInterval(flush, LOG_FLUSH_MS);
    const unsubscribe = connection.onEvent((event) => {
      const me = latestState().nick;
      if (event.type === "message") log.add(event.message, me, Date.now());
      else if (event.type === "history" && event.fresh)
        for (const message of event.messages) log.add(message, me, Date.now());
    });
    return () => {
      unsubscribe();
      clearInterval(timer);
      flush();
    };
  }, [connection, latestState, act, dir, server]);
}
