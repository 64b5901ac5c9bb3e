// The chat screen: room list, title, messages, nick list, status bar and input line, sized to the
// terminal. Keys are routed here: global keys first (switching, scrolling, quitting), the rest edit.
import { sameName } from "@parley/protocol";
import { Box } from "ink";
import { useEffect, useMemo, useRef } from "react";
import type { ChatConnection } from "../client/chat-client.js";
import type { Profile } from "../config/profile.js";
import { useAlerts } from "../hooks/use-alerts.js";
import { useChat } from "../hooks/use-chat.js";
import { useCommands } from "../hooks/use-commands.js";
import { useConversationLog } from "../hooks/use-conversation-log.js";
import { useKeys } from "../hooks/use-keys.js";
import { useLineEditorStore } from "../hooks/use-line-editor.js";
import { useMouseReporting } from "../hooks/use-mouse-reporting.js";
import { useNow } from "../hooks/use-now.js";
import { useProfile } from "../hooks/use-profile.js";
import { useReadMarkers } from "../hooks/use-read-markers.js";
import { useTerminalSize } from "../hooks/use-terminal-size.js";
import { useTransfers } from "../hooks/use-transfers.js";
import { bindKey } from "../state/bindings.js";
import { COMMANDS, parseInput } from "../state/commands.js";
import * as edit from "../state/editor.js";
import type { Key } from "../state/keys.js";
import {
  type BufferKey,
  bufferLabel,
  bufferTarget,
  type ChatBuffer,
  type ChatState,
} from "../state/model.js";
import { mouseAction } from "../state/mouse.js";
import { newestHeldSeq, oldestHeldSeq } from "../state/window.js";
import { LiveInputLine } from "./InputLine.js";
import { nickColumnWidth } from "./layout.js";
import { lineStyleVersion, setLineStyle } from "./line-style.js";
import { MessageView } from "./MessageView.js";
import { NickList } from "./NickList.js";
import { RoomList } from "./RoomList.js";
import { StatusBar } from "./StatusBar.js";
import { rowsAbove, rowsBelow, scrollBy, type ViewGeometry, viewRows } from "./scrollback.js";
import { TitleBar } from "./TitleBar.js";
import { Transfers, transfersHeight } from "./Transfers.js";

export interface AppProps {
  connection: ChatConnection;
  initialState: ChatState;
  /** The person asked to leave (/quit or Ctrl+C); the caller closes the connection and exits. */
  onQuit(reason: string): void;
  /** Where /get saves files without a directory (default: $PARLEY_DOWNLOAD_DIR or ~/Downloads/parley). */
  downloadDir?: string;
  /** Options and saved state for this server; without one, defaults apply and nothing is saved. */
  profile?: Profile;
  /** Writes bytes straight to the terminal (the bell, notification escapes); none: no alerts. */
  terminalWrite?: (bytes: string) => void;
}

/** Pages of rows left above (or below) the view when the next page of history is fetched. */
const PREFETCH_PAGES = 3;
const ROOM_LIST_WIDTH = 18;
export function App({ connection, initialState, onQuit, downloadDir, profile, terminalWrite }: AppProps) {
  const [state, act, latestState] = useChat(connection, initialState);
  const { options, run: runUserCommand } = useProfile(profile, state, act);
  setLineStyle({ timestampFormat: options.timestamp_format, colors: options.colors });
  const styleVersion = lineStyleVersion();
  const NICK_LIST_WIDTH = options.nicklist_width;
  useAlerts(connection, latestState, options, terminalWrite);
  useMouseReporting(options.mouse, terminalWrite);
  useConversationLog(
    connection,
    latestState,
    act,
    options.log && profile
      ? { dir: options.log_dir || profile.defaultLogDir, server: profile.serverFolder }
      : null,
  );
  useReadMarkers(state, connection, act);
  const transfers = useTransfers(connection, act, downloadDir);
  const { send: sendFile, get: getFile, cancel: cancelFile } = transfers;
  const files = useMemo(
    () => ({ send: sendFile, get: getFile, cancel: cancelFile }),
    [sendFile, getFile, cancelFile],
  );
  const run = useCommands(connection, act, latestState, onQuit, files, runUserCommand);
  const lineEditor = useLineEditorStore();
  const { update } = lineEditor;
  const { columns, rows: screenRows } = useTerminalSize();
  const nowMs = useNow(["reconnecting", "kicked", "banned"].includes(state.status.type));

  const showRooms = columns >= 60;
  const showNicks = columns >= 80 && state.buffers[state.active]?.kind === "room";
  const middleWidth = columns - (showRooms ? ROOM_LIST_WIDTH : 0) - (showNicks ? NICK_LIST_WIDTH : 0);
  // Transfers take a line each under the messages, leaving at least a few lines of chat.
  const panelHeight = Math.min(transfersHeight(transfers.state), Math.max(0, screenRows - 8));
  const bodyHeight = Math.max(1, screenRows - 3 - panelHeight);

  const viewOf = (buffer: ChatBuffer): ViewGeometry => ({
    width: middleWidth,
    height: bodyHeight,
    nickWidth: nickColumnWidth(buffer.lines),
    readMarker: buffer.readMarker,
  });

  const activeBuffer = () => {
    const s = latestState();
    return s.buffers[s.active]!;
  };
  /** Back to the newest line: a window left in the past is replaced by the newest page. */
  const showNewest = () => {
    const buffer = activeBuffer();
    const target = bufferTarget(buffer);
    if (target && buffer.newerAvailable) connection.loadLatest(target);
  };

  /** Rows PgUp and PgDn move: a screen, less two rows kept for continuity. */
  const page = Math.max(1, bodyHeight - 2);
  /**
   * Rows an upward scroll could not move because the page before the oldest line held was still on
   * its way (PgUp held down outruns the fetching ahead): moved when that page comes, not lost.
   */
  const owed = useRef<{ key: BufferKey; rows: number } | null>(null);
  /**
   * Scrolls the conversation shown by `rows` (up positive), for the keys and the wheel alike; nearing
   * the oldest line held fetches the page before it, nearing the newest of a window left in the past
   * the page after it, while the rows left last.
   */
  const scrollRows = (rows: number) => {
    const buffer = activeBuffer();
    const view = viewOf(buffer);
    const carried = rows > 0 && owed.current?.key === buffer.key ? owed.current.rows : 0;
    owed.current = null;
    if (rows > 0 && buffer.olderAvailable) {
      const room = rowsAbove(buffer.lines, buffer.scroll, view, rows);
      if (room < rows || carried > 0) owed.current = { key: buffer.key, rows: carried + rows - room };
    }
    const scroll = scrollBy(buffer.lines, buffer.scroll, rows, view);
    act({ type: "scrollTo", scroll });
    const target = bufferTarget(buffer);
    if (!target) return;
    const margin = PREFETCH_PAGES * page;
    if (rows > 0) {
      const oldest = oldestHeldSeq(buffer.lines);
      if (buffer.olderAvailable && oldest > 0 && rowsAbove(buffer.lines, scroll, view, margin) < margin)
        connection.loadOlder(target, oldest);
    } else if (buffer.newerAvailable && rowsBelow(buffer.lines, scroll, view) < margin)
      connection.loadNewer(target, newestHeldSeq(buffer.lines));
  };

  useKeys((key: Key) => {
    const binding = bindKey(key);
    if (binding.type === "ui" || binding.type === "submit") owed.current = null;
    switch (binding.type) {
      case "edit":
        update(binding.change);
        return;
      case "ui":
        act(binding.action);
        if (binding.action.type === "scrollBottom") showNewest();
        return;
      case "quit":
        onQuit("");
        return;
      case "submit": {
        let line = "";
        update((s) => {
          const [next, submitted] = edit.submit(s);
          line = submitted;
          return next;
        });
        act({ type: "scrollBottom" });
        showNewest();
        run(parseInput(line));
        return;
      }
      case "complete": {
        const s = latestState();
        const buffer = s.buffers[s.active]!;
        const members = buffer.kind === "room" ? buffer.members : buffer.kind === "dm" ? [buffer.name] : [];
        const nicks = members.filter((n) => !sameName(n, s.nick));
        const rooms = s.order
          .map((k) => s.buffers[k]!)
          .filter((b) => b.kind === "room")
          .map((b) => b.name);
        update((e) => edit.complete(e, { nicks, rooms, commands: COMMANDS.map((c) => c.name) }));
        return;
      }
      case "pageUp":
        scrollRows(page);
        return;
      case "pageDown":
        scrollRows(-page);
        return;
      case "mouse": {
        const s = latestState();
        const roomListWidth = showRooms ? ROOM_LIST_WIDTH : 0;
        const action = mouseAction(binding.event, {
          roomListWidth,
          bodyHeight,
          order: s.order,
          active: s.active,
        });
        if (action?.type === "scroll") scrollRows(action.rows);
        else if (action?.type === "switchTo") act({ type: "switchTo", key: action.key });
        return;
      }
      case "none":
        return;
    }
  });

  const active = state.buffers[state.active]!;
  // The page an upward scroll waited for has come: move the rows it owes.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the lines held change
  useEffect(() => {
    const due = owed.current;
    if (!due || due.key !== active.key) return;
    if (rowsAbove(active.lines, active.scroll, viewOf(active), 1) > 0) {
      owed.current = null;
      scrollRows(due.rows);
    } else if (!active.olderAvailable) owed.current = null;
  }, [active.lines]);
  const nickWidth = useMemo(() => nickColumnWidth(active.lines), [active.lines]);
  const view: ViewGeometry = {
    width: middleWidth,
    height: bodyHeight,
    nickWidth,
    readMarker: active.readMarker,
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: the view's fields are listed one by one
  const rows = useMemo(
    () => viewRows(active.lines, active.scroll, view),
    [active.lines, active.scroll, middleWidth, bodyHeight, nickWidth, active.readMarker, styleVersion],
  );
  // biome-ignore lint/correctness/useExhaustiveDependencies: the view's fields are listed one by one
  const moreRows = useMemo(
    () => rowsBelow(active.lines, active.scroll, view),
    [active.lines, active.scroll, middleWidth, bodyHeight, nickWidth, active.readMarker, styleVersion],
  );
  const prompt = active.kind === "server" ? "> " : `[${bufferLabel(active)}] `;
  return (
    <Box flexDirection="column" width={columns} height={screenRows}>
      <TitleBar buffer={active} width={columns} />
      <Box flexDirection="row" height={bodyHeight}>
        {showRooms ? <RoomList state={state} width={ROOM_LIST_WIDTH} height={bodyHeight} /> : null}
        <MessageView rows={rows} width={middleWidth} height={bodyHeight} />
        {showNicks ? (
          <NickList
            buffer={active}
            me={state.nick}
            flags={state.nickFlags}
            width={NICK_LIST_WIDTH}
            height={bodyHeight}
          />
        ) : null}
      </Box>
      {panelHeight > 0 ? (
        <Box height={panelHeight} overflow="hidden">
          <Transfers state={transfers.state} width={columns} nowMs={Math.max(nowMs, transfers.nowMs)} />
        </Box>
      ) : null}
      <StatusBar
        state={state}
        width={columns}
        nowMs={nowMs}
        moreRows={moreRows}
        newer={active.newerAvailable}
      />
      <LiveInputLine prompt={prompt} store={lineEditor} width={columns} />
    </Box>
  );
}
