// Top of the tree: asks for a nick if there is none, then shows the chat with a connection made for
// it. A nick the server refuses before the first login (invalid, or taken past the retries) brings
// the question back with the server's reason, instead of leaving the person offline.
import { useEffect, useMemo, useState } from "react";
import type { ChatConnection } from "../client/chat-client.js";
import type { Profile } from "../config/profile.js";
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
  /** Options and saved state for this server (see config/profile.ts). */
  profile?: Profile;
  /** Writes bytes straight to the terminal: the bell and desktop-notification escapes. */
  terminalWrite?: (bytes: string) => void;
}

export function Root({
  nick: givenNick,
  server,
  createConnection,
  onQuit,
  profile,
  terminalWrite,
}: RootProps) {
  const [nick, setNick] = useState(givenNick);
  const [refused, setRefused] = useState<{ nick: string; reason: string } | null>(null);
  const connection = useMemo(() => (nick ? createConnection(nick) : null), [nick, createConnection]);
  const initial = useMemo(() => initialState(nick, server), [nick, server]);
  useEffect(() => {
    if (!connection) return;
    let loggedIn = false;
    return connection.onEvent((event) => {
      if (event.type === "loggedIn") loggedIn = true;
      else if (event.type === "status" && event.status.type === "closed" && !loggedIn) {
        setRefused({ nick, reason: event.status.reason });
        setNick("");
      }
    });
  }, [connection, nick]);
  if (!connection)
    return (
      <NickPrompt
        server={server}
        refusal={refused?.reason}
        initialNick={refused?.nick}
        onNick={setNick}
        onCancel={() => onQuit("")}
      />
    );
  return (
    <App
      connection={connection}
      initialState={initial}
      onQuit={onQuit}
      profile={profile}
      terminalWrite={terminalWrite}
    />
  );
}
