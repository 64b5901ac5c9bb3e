// Runs parsed commands: asks the connection for what needs the server and dispatches local lines
// (help, usage errors) straight to the reducer. The parsing itself is pure (state/commands.ts).
import { useCallback } from "react";
import type { ChatConnection } from "../client/chat-client.js";
import { type Command, helpLines } from "../state/commands.js";
import { bufferTarget, type ChatState, dmKey, roomKey } from "../state/model.js";
import { matchTarget } from "../state/search.js";
import { parseTarget } from "../state/transfers.js";
import type { UserCommand } from "../state/user-commands.js";
import type { Act } from "./use-chat.js";
import type { FileTransfers } from "./use-transfers.js";

export function useCommands(
  connection: ChatConnection,
  act: Act,
  latestState: () => ChatState,
  onQuit: (reason: string) => void,
  files?: Pick<FileTransfers, "send" | "get" | "cancel">,
  /** Runs /set, /unset, /ignore and /unignore (see use-profile.ts). */
  user?: (command: UserCommand) => void,
): (command: Command) => void {
  return useCallback(
    (command: Command) => {
      const state = latestState();
      const active = state.buffers[state.active]!;
      const error = (text: string) => act({ type: "local", tone: "error", text });
      const say = (text: string, action: boolean) => {
        const target = bufferTarget(active);
        if (!target)
          return error("This buffer only shows server messages: /join a room or /msg someone first.");
        const clientMsgId = connection.send(target, text, action);
        act({ type: "pending", target, clientMsgId, text, action });
      };
      switch (command.type) {
        case "none":
          return;
        case "say":
          return say(command.text, false);
        case "me":
          return say(command.text, true);
        case "join": {
          const existing = state.buffers[roomKey(command.room)];
          if (existing?.joined) return act({ type: "switchTo", key: existing.key });
          return connection.join(command.room);
        }
        case "part": {
          if (command.room) return connection.part(command.room, command.reason);
          if (active.kind === "room") return connection.part(active.name, command.reason);
          if (active.kind === "dm") {
            connection.closeDirect(active.name);
            return act({ type: "closeBuffer", key: active.key });
          }
          if (active.kind === "search") return act({ type: "closeBuffer", key: active.key });
          return error("Nothing to leave here. Usage: /part [#room] [reason]");
        }
        case "msg": {
          const key = dmKey(command.nick);
          const isNew = !state.buffers[key];
          act({ type: "openDm", nick: command.nick, focus: true });
          if (isNew) connection.openDirect(command.nick);
          if (command.text.trim()) {
            const clientMsgId = connection.send({ nick: command.nick }, command.text, false);
            act({
              type: "pending",
              target: { nick: command.nick },
              clientMsgId,
              text: command.text,
              action: false,
            });
          }
          return;
        }
        case "nick":
          return connection.setNick(command.nick);
        case "register":
          return connection.register(command.password);
        case "topic": {
          if (active.kind !== "room") return error("Topics belong to rooms: switch to a room first.");
          if (command.topic === null)
            return act({
              type: "local",
              tone: "info",
              text: active.topic ? `Topic: ${active.topic}` : "No topic is set.",
            });
          return connection.setTopic(active.name, command.topic);
        }
        case "rooms":
          return connection.listRooms();
        case "users": {
          const room = command.room ?? (active.kind === "room" ? active.name : null);
          if (!room) return error("Usage: /users [#room] (or switch to a room)");
          return connection.listMembers(room);
        }
        case "help":
          for (const text of helpLines(command.topic)) act({ type: "local", tone: "info", text });
          return;
        case "send": {
          const target = command.target ? parseTarget(command.target) : bufferTarget(active);
          if (!target)
            return error("Send to whom? Usage: /send [#room|nick] <path>, or switch to a conversation.");
          if (!files) return error("File transfer is not available here.");
          return files.send(target, command.path);
        }
        case "get":
          if (!files) return error("File transfer is not available here.");
          return files.get(command.ref, command.dir);
        case "cancel":
          if (!files) return error("File transfer is not available here.");
          return files.cancel(command.all);
        case "set":
        case "unset":
        case "ignore":
        case "unignore":
          if (!user) return error("Options are not available here.");
          return user(command);
        case "search": {
          if (!command.text) {
            const last = state.search;
            if (!last) return error("Usage: /search [-all] <words>");
            if (!last.nextCursor) return error(`No more matches for "${last.query}".`);
            return connection.search(last.query, last.scope, last.nextCursor);
          }
          return connection.search(command.text, command.all ? null : bufferTarget(active), 0);
        }
        case "goto": {
          const match = state.search?.matches[command.index - 1];
          if (!match)
            return error(
              state.search
                ? `No match number ${command.index}: there are ${state.search.matches.length}.`
                : "Nothing to go to: /search first.",
            );
          return connection.loadAround(matchTarget(match, state.nick), match.seq ?? 0);
        }
        case "whois":
          return connection.whois(command.nick);
        case "away":
          return connection.setAway(command.message);
        case "quit":
          return onQuit(command.reason);
        case "usage":
          return error(command.message);
        case "unknown":
          return error(`Unknown command /${command.name}. Type /help for the list.`);
      }
    },
    [connection, act, latestState, onQuit, files, user],
  );
}
