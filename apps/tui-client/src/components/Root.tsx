// Top of the tree: asks for a nick if there is none, then shows the chat with a connection made for it.
import { useMemo, useState } from "react";
import type { ChatConnection } from "../client/chat-client.js";
import { initialState } from "../state/model.js";
import { App } from "./App.js";
import { NickPrompt } from "./NickPrompt.js";

export interface RootProps {
  /** From flags, environment or config; empty to ask. */
  nick: string;
  /** "host:port", shown until the server names itself. */
  server: string;
  createConnection(nick: string): ChatConnection;
  onQuit(reason: string): void;
}

export function Root({ nick: givenNick, server, createConnection, onQuit }: RootProps) {
  const [nick, setNick] = useState(givenNick);
  const connection = useMemo(() => (nick ? createConnection(nick) : null), [nick, createConnection]);
  const initial = useMemo(() => initialState(nick, server), [nick, server]);
  if (!connection) return <NickPrompt server={server} onNick={setNick} onCancel={() => onQuit("")} />;
  return <App connection={connection} initialState={initial} onQuit={onQuit} />;
}
