// Owns the TUI's file transfers: a transfer manager on the chat connection, the transfers slice it
// feeds, the files announced in conversations (for `/get` by prefix), and the lines the outcome
// leaves in the conversation (the sender's own file message, "saved to …", errors).
import { resolve } from "node:path";
import type { ChatMessage, ProtocolClient } from "@parley/protocol";
import { useCallback, useEffect, useMemo, useReducer, useRef } from "react";
import type { ChatConnection } from "../client/chat-client.js";
import type { Target } from "../client/events.js";
import { TransferManager } from "../files/manager.js";
import { defaultDownloadDir, expandHome } from "../files/names.js";
import {
  initialTransfers,
  resolveFileRef,
  type TransfersState,
  transfersReducer,
} from "../state/transfers.js";
import type { Act } from "./use-chat.js";
import { useNow } from "./use-now.js";

/** A connection that can lend its logged-in socket to transfers (the real ChatClient can). */
type TransferCapable = { whenOnline(): Promise<ProtocolClient> };

export interface FileTransfers {
  state: TransfersState;
  /** Ticks while something runs, for speeds and times left. */
  nowMs: number;
  /** Starts sending a local file; problems become error lines. */
  send(target: Target, path: string): void;
  /** Starts a download by id or id prefix (empty: the newest file announced), into `dir` or the default. */
  get(ref: string, dir: string | null): void;
  /** Cancels the newest running transfer, or all of them. */
  cancel(all: boolean): void;
}

export function useTransfers(connection: ChatConnection, act: Act, downloadDir?: string): FileTransfers {
  const [state, dispatch] = useReducer(transfersReducer, initialTransfers);
  const stateRef = useRef(state);
  stateRef.current = state;
  const manager = useMemo(() => {
    if (!("whenOnline" in connection)) return null;
    const source = connection as ChatConnection & TransferCapable;
    return new TransferManager({
      link: { connection: () => source.whenOnline() },
      downloadDir: downloadDir ?? defaultDownloadDir(process.env),
      onEvent: (event) => dispatch({ ...event, nowMs: Date.now() }),
      onUploaded: (result) => {
        // The sender's copy comes back as the reply to the upload, not through the chat client.
        dispatch({ type: "fileAnnounced", file: result.file, nowMs: Date.now() });
        if (result.message) act({ type: "message", message: result.message });
      },
      onDownloaded: (result) =>
        act({ type: "local", tone: "info", text: `Saved ${result.file.name} to ${result.path}` }),
      onFailed: (text) => act({ type: "local", tone: "error", text }),
    });
  }, [connection, act, downloadDir]);
  useEffect(() => () => manager?.close(), [manager]);

  useEffect(() => {
    const announce = (message: ChatMessage) => {
      if (message.file?.id) dispatch({ type: "fileAnnounced", file: message.file, nowMs: Date.now() });
    };
    return connection.onEvent((event) => {
      if (event.type === "message") announce(event.message);
      else if (event.type === "history") for (const message of event.messages) announce(message);
    });
  }, [connection]);

  const unavailable = useCallback(
    () => act({ type: "local", tone: "error", text: "File transfer is not available on this connection." }),
    [act],
  );
  const send = useCallback(
    (target: Target, path: string) => {
      if (!manager) return unavailable();
      manager.send(target, resolve(expandHome(path)));
    },
    [manager, unavailable],
  );
  const get = useCallback(
    (ref: string, dir: string | null) => {
      if (!manager) return unavailable();
      const found = resolveFileRef(stateRef.current, ref);
      if (!found.ok) return act({ type: "local", tone: "error", text: found.reason });
      const started = manager.get(found.id, dir ? resolve(expandHome(dir)) : undefined);
      if (started instanceof Error) act({ type: "local", tone: "error", text: started.message });
    },
    [manager, unavailable, act],
  );
  const cancel = useCallback(
    (all: boolean) => {
      const ids = manager?.runningIds() ?? [];
      if (ids.length === 0) return act({ type: "local", tone: "info", text: "No file transfer is running." });
      for (const id of all ? ids : ids.slice(-1)) manager?.cancel(id);
    },
    [manager, act],
  );
  const running = state.transfers.some((t) => t.finishedAtMs === null);
  const nowMs = useNow(running, 500);
  return { state, nowMs, send, get, cancel };
}
