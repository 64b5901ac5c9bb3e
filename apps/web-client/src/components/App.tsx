// The page: a nick prompt, then the chat — conversations on the left, the open one in the middle
// (topic, lines, composer), its members on the right, notices and transfers above. Global keys:
// Alt+Up / Alt+Down switch conversation, Escape returns to the composer.
import { useEffect, useState } from "preact/hooks";
import type { Status } from "../client/events";
import { useSession } from "../hooks/use-session";
import { useTransfers } from "../hooks/use-transfers";
import { HELP, parseCommand } from "../state/commands";
import { conversationTarget, label } from "../state/model";
import { Composer } from "./Composer";
import { Login } from "./Login";
import { Members } from "./Members";
import { MessageList } from "./MessageList";
import { Sidebar } from "./Sidebar";
import { Transfers } from "./Transfers";

export function App({ url }: { url: string }) {
  const [nick, setNick] = useState<string | null>(null);
  return nick ? <Chat url={url} nick={nick} /> : <Login onLogin={setNick} />;
}

function Chat({ url, nick }: { url: string; nick: string }) {
  const { state, session, act } = useSession(url, nick);
  const { upload, download } = useTransfers(session, (action) => act(action as never));
  const active = state.active ? state.conversations[state.active] : undefined;

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey && (event.key === "ArrowUp" || event.key === "ArrowDown")) {
        event.preventDefault();
        act({ type: "openBy", delta: event.key === "ArrowUp" ? -1 : 1 });
      } else if (event.key === "Escape") {
        document.getElementById("composer-text")?.focus();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [act]);

  const submit = (line: string) => {
    const command = parseCommand(line);
    if (!command) return;
    const target = active ? conversationTarget(active) : null;
    switch (command.type) {
      case "say":
      case "me":
        if (target) session.send(target, command.text, command.type === "me");
        else act({ type: "local", tone: "error", text: "Join a room first: /join #room" });
        return;
      case "join":
        session.join(command.room);
        return;
      case "part": {
        const room = command.room ?? (active?.kind === "room" ? active.name : undefined);
        if (room) session.part(room);
        else if (active) act({ type: "close", key: active.key });
        return;
      }
      case "nick":
        session.setNick(command.nick);
        return;
      case "topic":
        if (active?.kind === "room") session.setTopic(active.name, command.topic);
        else act({ type: "local", tone: "error", text: "Topics belong to rooms." });
        return;
      case "msg":
        act({ type: "openDm", nick: command.nick });
        session.openDirect(command.nick);
        session.send({ nick: command.nick }, command.text);
        return;
      case "query":
        act({ type: "openDm", nick: command.nick });
        session.openDirect(command.nick);
        return;
      case "help":
        act({ type: "local", tone: "info", text: HELP });
        return;
      case "invalid":
        act({ type: "local", tone: "error", text: command.text });
        return;
    }
  };

  const conversations = state.order.map((key) => state.conversations[key]!);
  return (
    <div class="chat">
      <header class="top">
        <h1>{state.serverName || "Parley"}</h1>
        <StatusBadge status={state.status} />
        <span class="nick" title="Your nick">
          {state.nick}
        </span>
      </header>
      <Sidebar
        conversations={conversations}
        active={state.active}
        onOpen={(key) => act({ type: "open", key })}
      />
      <main class="conversation">
        {state.kick && (
          <div class="kick" role="alert">
            <p>
              You were kicked by {state.kick.by}: {state.kick.reason || "no reason given"}
              {state.kick.banUntilMs > 0 &&
                ` (banned until ${new Date(state.kick.banUntilMs).toLocaleString()})`}
            </p>
            <button type="button" onClick={() => act({ type: "dismissKick" })}>
              Dismiss
            </button>
          </div>
        )}
        <ul class="notices" aria-label="Server notices">
          {state.notices.map((line) => (
            <li key={line.id} class={line.kind === "system" ? line.tone : ""}>
              {line.text}
            </li>
          ))}
        </ul>
        {active ? (
          <>
            <div class="topic">
              <h2>{label(active)}</h2>
              <p>{active.topic}</p>
            </div>
            <MessageList
              conversation={active}
              onLoadOlder={() => {
                const oldest = active.lines.find((l) => l.kind === "message" && l.seq > 0);
                if (oldest?.kind === "message") session.loadOlder(conversationTarget(active), oldest.seq);
              }}
              onDownload={download}
            />
          </>
        ) : (
          <p class="empty">Connecting…</p>
        )}
        <Transfers transfers={state.transfers} />
        <Composer
          label={active ? label(active) : ""}
          maxChars={state.maxMessageChars}
          disabled={!active}
          onSubmit={submit}
          onFile={(file) => active && upload(file, conversationTarget(active))}
        />
      </main>
      {active?.kind === "room" && (
        <Members
          members={active.members}
          me={state.nick}
          onQuery={(peer) => {
            act({ type: "openDm", nick: peer });
            session.openDirect(peer);
          }}
        />
      )}
    </div>
  );
}

function StatusBadge({ status }: { status: Status }) {
  const text: Record<Status["type"], string> = {
    connecting: "connecting…",
    online: "online",
    reconnecting: "reconnecting…",
    kicked: "kicked",
    banned: "banned",
    closed: "disconnected",
  };
  return (
    <span class={`status ${status.type}`} role="status">
      {text[status.type]}
    </span>
  );
}
