// The pure reducer: every change to the UI state, from the connection or from the keyboard, goes
// through here as a type-tagged action stamped with the time. No I/O, no clocks, no randomness.
import { formatDurationMs, timeFormat } from "@parley/cli-shell";
import {
  type ChatMessage,
  foldName,
  MessageKind,
  NoticeKind,
  type Presence,
  PresenceKind,
  sameName,
} from "@parley/protocol";
import type { ClientEvent, Target } from "../client/events.js";
import { type IgnoreRule, isIgnored } from "./ignore.js";
import { hasNick, insertNick, insertNicks, removeNick, removeNicks, sortNicks } from "./member-list.js";
import {
  type BufferKey,
  type ChatBuffer,
  type ChatState,
  dmKey,
  type Line,
  newBuffer,
  roomKey,
  type ScrollAnchor,
  SEARCH_BUFFER,
  SERVER_BUFFER,
  type SystemTone,
  targetKey,
} from "./model.js";
import {
  awayLine,
  flagsOf,
  type NickFlags,
  whoisLines,
  withFlag,
  withMembers,
  withoutNick,
  withoutNicks,
} from "./presence-details.js";
import { applyUnreadAtLogin, onReadMarker, rememberUnread } from "./read-markers.js";
import { revealMessage, showSearchResults } from "./search.js";
import { describeFileMessage } from "./transfers.js";
import {
  appendLive,
  appendNewer,
  boundWindow,
  newestHeldSeq,
  oldestHeldSeq,
  prependOlder,
  replaceWithLatest,
  withBatchAppends,
} from "./window.js";

/** Actions that come from the person at the keyboard rather than from the server. */
export type UiAction =
  | { type: "switchTo"; key: BufferKey }
  /** Next (+1) or previous (-1) buffer in the list, wrapping around. */
  | { type: "switchBy"; delta: number }
  /** Zero-based position in the list (Alt+1 is 0); out of range does nothing. */
  | { type: "jumpTo"; index: number }
  /** The next buffer with highlights, else with unread messages (Alt+A). */
  | { type: "nextActivity" }
  /** Hold the active buffer's view at `scroll` (computed by the view, which knows the rows); null follows. */
  | { type: "scrollTo"; scroll: ScrollAnchor | null }
  | { type: "scrollBottom" }
  /** Open (and optionally show) a direct conversation. */
  | { type: "openDm"; nick: string; focus: boolean }
  | { type: "closeBuffer"; key: BufferKey }
  /** Our message is on its way: shown dimmed until the server's acknowledgement replaces it. */
  | { type: "pending"; target: Target; clientMsgId: string; text: string; action: boolean }
  /** A line produced by the client itself (help, usage errors); in `key`'s buffer or the active one. */
  | { type: "local"; tone: SystemTone; text: string; key?: BufferKey }
  /** New ignore rules: later messages from those people are dropped, and shown ones removed. */
  | { type: "setIgnore"; rules: IgnoreRule[] }
  /** Shows the rooms and conversations open last time, before the login rejoins them. */
  | { type: "restore"; rooms: readonly string[]; directs: readonly string[] }
  /** This client showed `key` up to `seq` and sent it as the account's read marker. */
  | { type: "read"; key: BufferKey; seq: number }
  /** Words that count as mentions from now on. */
  | { type: "setHighlightWords"; words: string[] };

/**
 * Everything the reducer understands, stamped with the wall-clock time it happened; a batch is
 * several applied in order as one update (the client events of one frame).
 */
export type Action =
  | ((ClientEvent | UiAction) & { nowMs: number })
  | { type: "batch"; actions: Action[]; nowMs: number };

export function reducer(state: ChatState, action: Action): ChatState {
  switch (action.type) {
    case "batch":
      return withBatchAppends(() => applyBatch(state, action.actions));
    case "status":
      return onStatus(state, action.status, action.nowMs);
    case "welcome": {
      let next: ChatState = { ...state, serverName: action.serverName || state.serverName };
      next = updateBuffer(next, SERVER_BUFFER, (b) => ({ ...b, name: next.serverName }));
      next = { ...next, maxMessageChars: action.maxMessageChars };
      if (action.motd) {
        next = addSystem(next, SERVER_BUFFER, "notice", action.motd, action.nowMs);
        next = greet(next, "notice", action.motd);
      }
      return next;
    }
    case "loggedIn":
      return rememberUnread({ ...state, nick: action.nick }, action.unread ?? []);
    case "readMarker":
      return onReadMarker(state, targetKey(action.target), action.seq);
    case "read":
      return onReadMarker(state, action.key, action.seq);
    case "nickChanged":
      if (action.nick === state.nick) return state;
      return addSystem(
        { ...state, nick: action.nick },
        state.active,
        "event",
        `You are now ${action.nick}`,
        action.nowMs,
      );
    case "joined":
      return onJoined(state, action);
    case "history":
      return applyUnreadAtLogin(onHistory(state, action), targetKey(action.target));
    case "message": {
      const next = onMessage(state, action.message, true, action.nowMs);
      const { queued, toNick } = action.message;
      // Our direct message to an account with no client online: stored for its next login.
      if (!queued || !toNick || !next.buffers[dmKey(toNick)]) return next;
      const text = `${toNick} is offline: they get this message when they next log in.`;
      return addSystem(next, dmKey(toNick), "info", text, action.nowMs);
    }
    case "sendFailed":
      return onSendFailed(state, action.clientMsgId, action.reason, action.nowMs);
    case "presence":
      return onPresence(state, action.presence, action.nowMs);
    case "topic": {
      const key = roomKey(action.room);
      if (!state.buffers[key]) return state;
      const next = updateBuffer(state, key, (b) => ({ ...b, topic: action.topic }));
      const text = action.topic
        ? `${action.byNick} set the topic: ${action.topic}`
        : `${action.byNick} cleared the topic`;
      return addSystem(next, key, "event", text, action.atMs || action.nowMs);
    }
    case "members": {
      const key = roomKey(action.room);
      if (!state.buffers[key]) return state;
      const members = sortNicks(action.members.map((m) => m.nick ?? ""));
      const next = updateBuffer(
        { ...state, nickFlags: withMembers(state.nickFlags, action.members) },
        key,
        (b) => ({ ...b, members }),
      );
      if (action.quiet) return next;
      return addSystem(
        next,
        key,
        "info",
        `${members.length} in #${action.room}: ${members.join(", ")}`,
        action.nowMs,
      );
    }
    case "left":
      return closeBuffer(state, roomKey(action.room));
    case "roomList": {
      const lines =
        action.rooms.length === 0
          ? ["No rooms."]
          : [
              `${action.rooms.length} room${action.rooms.length === 1 ? "" : "s"}:`,
              ...action.rooms.map(
                (r) =>
                  `  #${r.name} (${r.memberCount ?? 0} ${r.memberCount === 1 ? "user" : "users"})${r.topic ? ` ${r.topic}` : ""}`,
              ),
            ];
      return lines.reduce((s, text) => addSystem(s, s.active, "info", text, action.nowMs), state);
    }
    case "notice": {
      const atMs = action.atMs || action.nowMs;
      const label =
        action.kind === NoticeKind.NOTICE_KIND_SHUTDOWN
          ? "Server shutting down: "
          : action.kind === NoticeKind.NOTICE_KIND_ANNOUNCEMENT
            ? "Announcement: "
            : "";
      let next = addSystem(state, SERVER_BUFFER, "notice", label + action.text, atMs);
      if (action.kind !== NoticeKind.NOTICE_KIND_MOTD && state.active !== SERVER_BUFFER)
        next = addSystem(next, state.active, "notice", label + action.text, atMs);
      return next;
    }
    case "kicked": {
      const ban = action.banPermanent
        ? " You are banned permanently."
        : action.banUntilMs > 0
          ? ` You are ${banFor(action.banUntilMs, action.nowMs)}.`
          : "";
      const text = `You were kicked by ${action.by || "the server"}: ${action.reason || "no reason given"}.${ban}`;
      return toActiveAndServer(markAllParted(state), "error", text, action.nowMs);
    }
    case "lag":
      // Measured every few seconds and mostly the same: an unchanged state draws no frame.
      return action.lagMs === state.lagMs ? state : { ...state, lagMs: action.lagMs };
    case "whois":
      return whoisLines(action.info, action.nowMs).reduce(
        (s, text) => addSystem(s, s.active, "info", text, action.nowMs),
        state,
      );
    case "away":
      return addSystem(
        { ...state, away: action.message },
        state.active,
        "info",
        action.message ? `You are away: ${action.message}` : "You are back.",
        action.nowMs,
      );
    case "userAway": {
      const key = dmKey(action.nick);
      const line = awayLine(action.nick, action.message, action.sinceMs);
      return addSystem(state, state.buffers[key] ? key : state.active, "info", line, action.nowMs);
    }
    case "searchResults":
      return focus(showSearchResults(state, action, action.nowMs), SEARCH_BUFFER);
    case "reveal": {
      const next = revealMessage(state, action.target, action.seq);
      if (!next)
        return addSystem(state, state.active, "error", "That message is no longer stored.", action.nowMs);
      return focus(next, targetKey(action.target));
    }
    case "error":
      return addSystem(
        state,
        action.target ? targetKey(action.target) : state.active,
        "error",
        action.text,
        action.nowMs,
      );
    case "info":
      return addSystem(
        action.target ? state : greet(state, "info", action.text),
        action.target ? targetKey(action.target) : state.active,
        "info",
        action.text,
        action.nowMs,
      );
    case "local":
      return addSystem(state, action.key ?? state.active, action.tone, action.text, action.nowMs);
    case "switchTo":
      return focus(state, action.key);
    case "switchBy": {
      const index = state.order.indexOf(state.active);
      const n = state.order.length;
      return focus(state, state.order[(((index + action.delta) % n) + n) % n]!);
    }
    case "jumpTo": {
      const key = state.order[action.index];
      return key ? focus(state, key) : state;
    }
    case "nextActivity": {
      const start = state.order.indexOf(state.active);
      const rotated = [...state.order.slice(start + 1), ...state.order.slice(0, start)];
      const key =
        rotated.find((k) => state.buffers[k]!.highlights > 0) ??
        rotated.find((k) => state.buffers[k]!.unread > 0);
      return key ? focus(state, key) : state;
    }
    case "scrollTo":
      return updateBuffer(state, state.active, (b) => boundWindow({ ...b, scroll: action.scroll }));
    case "scrollBottom":
      return updateBuffer(state, state.active, (b) => (b.scroll ? boundWindow({ ...b, scroll: null }) : b));
    case "openDm": {
      const next = ensureDm(state, action.nick);
      return action.focus ? focus(next, dmKey(action.nick)) : next;
    }
    case "closeBuffer":
      return closeBuffer(state, action.key);
    case "setIgnore":
      return hideIgnored({ ...state, ignore: action.rules });
    case "restore": {
      let next = state;
      for (const room of action.rooms)
        if (!next.buffers[roomKey(room)]) next = addBuffer(next, newBuffer(roomKey(room), "room", room));
      for (const nick of action.directs) next = ensureDm(next, nick);
      return next;
    }
    case "setHighlightWords":
      return { ...state, highlightWords: action.words };
    case "pending": {
      const key = targetKey(action.target);
      const next = "nick" in action.target ? ensureDm(state, action.target.nick) : state;
      if (!next.buffers[key]) return state;
      const line: Line = {
        type: "message",
        id: next.nextLineId,
        seq: 0,
        atMs: action.nowMs,
        from: next.nick,
        text: action.text,
        action: action.action,
        own: true,
        mention: false,
        pending: true,
        clientMsgId: action.clientMsgId,
      };
      return appendLine({ ...next, nextLineId: next.nextLineId + 1 }, key, line);
    }
  }
}

/** "banned for 10m00s (until 2026-11-22 14:05:09)": how long, and when it ends in the locale's words. */
function banFor(banUntilMs: number, nowMs: number): string {
  return `banned for ${formatDurationMs(banUntilMs - nowMs)} (until ${timeFormat.dateTime(banUntilMs)})`;
}

/** Keeps a line from before the first join, to repeat in the room the person lands in. */
function greet(state: ChatState, tone: SystemTone, text: string): ChatState {
  return state.greeting ? { ...state, greeting: [...state.greeting, { tone, text }] } : state;
}

function onStatus(state: ChatState, status: ChatState["status"], nowMs: number): ChatState {
  const previous = state.status;
  let next: ChatState = { ...state, status, everOnline: state.everOnline || status.type === "online" };
  if (status.type === "online" && previous.type !== "online" && state.everOnline) {
    next = toActiveAndServer(next, "info", "Reconnected.", nowMs);
  } else if (status.type === "reconnecting" && previous.type === "connecting" && !state.everOnline) {
    // One line, updated on each try, rather than a line per try for as long as the server is away.
    const tries = status.attempt - 1;
    const text = `Cannot reach the server (${status.reason}); retrying${tries > 1 ? ` (${tries} tries so far)` : ""}.`;
    next = replaceOrAdd(next, SERVER_BUFFER, RETRY_LINE, text, nowMs);
    if (next.active !== SERVER_BUFFER) next = replaceOrAdd(next, next.active, RETRY_LINE, text, nowMs);
  } else if (status.type === "reconnecting" && previous.type === "online") {
    const seconds = Math.max(1, Math.round((status.retryAtMs - nowMs) / 1000));
    next = toActiveAndServer(
      markAllParted(next),
      "error",
      `Connection lost (${status.reason}). Reconnecting in ${seconds}s.`,
      nowMs,
    );
  } else if (status.type === "banned" && previous.type !== "banned") {
    const ban = status.banUntilMs > 0 ? banFor(status.banUntilMs, nowMs) : "banned permanently";
    next = toActiveAndServer(next, "error", `You are ${ban}: ${status.reason}`, nowMs);
  } else if (status.type === "closed" && previous.type !== "closed") {
    next = toActiveAndServer(next, "error", `Disconnected: ${status.reason}`, nowMs);
  }
  if (status.type !== "online") next = { ...next, lagMs: null };
  return next;
}

function onJoined(state: ChatState, action: Extract<ClientEvent, { type: "joined" }> & { nowMs: number }) {
  const key = roomKey(action.room);
  let next = state;
  if (!next.buffers[key]) next = addBuffer(next, newBuffer(key, "room", action.room));
  next = updateBuffer({ ...next, nickFlags: withMembers(next.nickFlags, action.members) }, key, (b) => ({
    ...b,
    topic: action.topic,
    members: sortNicks(action.members.map((m) => m.nick ?? "")),
    joined: true,
  }));
  if (action.resumed) return next;
  // Joined on another client of the account: shown here too, without taking the screen.
  if (action.elsewhere)
    return addSystem(next, key, "event", `You joined #${action.room} on another client`, action.nowMs);
  for (const { tone, text } of next.greeting ?? []) next = addSystem(next, key, tone, text, action.nowMs);
  next = { ...next, greeting: null };
  next = addSystem(next, key, "event", `You joined #${action.room}`, action.nowMs);
  if (action.topic) next = addSystem(next, key, "info", `Topic: ${action.topic}`, action.nowMs);
  return focus(next, key);
}

/**
 * A page of stored messages. A page older than all that is held goes in front in one step, a page
 * asked for while scrolling forward goes at the end, the newest page replaces a window left in the
 * past; anything else (join history, resume replays) is merged message by message.
 */
function onHistory(state: ChatState, action: Extract<ClientEvent, { type: "history" }> & { nowMs: number }) {
  let next = state;
  if ("nick" in action.target && action.messages.length > 0) next = ensureDm(next, action.target.nick);
  const key = targetKey(action.target);
  const buffer = next.buffers[key];
  if (!buffer) return state;
  const hasMore = !!action.hasMore;
  const lines = (seqs: (seq: number) => boolean) => {
    const page: Line[] = [];
    for (const message of action.messages) {
      if (!seqs(message.seq ?? 0)) continue;
      page.push(messageLine(next, message, next.nextLineId + page.length, action.nowMs));
    }
    next = { ...next, nextLineId: next.nextLineId + page.length };
    return page;
  };
  const oldest = oldestHeldSeq(buffer.lines);
  const newest = newestHeldSeq(buffer.lines);
  const lastSeq = Math.max(buffer.lastSeq, action.messages.at(-1)?.seq ?? 0);
  if (action.page === "latest") {
    const page = lines(() => true);
    return updateBuffer(next, key, (b) => ({ ...replaceWithLatest(b, page, hasMore), lastSeq }));
  }
  if (action.page === "newer") {
    const page = lines((seq) => seq > newest);
    return updateBuffer(next, key, (b) => ({ ...appendNewer(b, page, hasMore), lastSeq }));
  }
  const lastIncoming = action.messages.at(-1)?.seq ?? 0;
  if (oldest > 0 && lastIncoming > 0 && lastIncoming < oldest) {
    const page = lines((seq) => seq > 0);
    // A page asked for going back says whether there is more; a first look cannot (the server
    // does not say on a join), so older messages are assumed while the oldest is not the first.
    const olderAvailable =
      action.page === "older" ? hasMore : hasMore || (page[0]?.type === "message" && page[0].seq > 1);
    return updateBuffer(next, key, (b) => ({ ...prependOlder(b, page, olderAvailable), lastSeq }));
  }
  for (const message of action.messages) next = onMessage(next, message, action.fresh, action.nowMs);
  if (action.page === "older") return updateBuffer(next, key, (b) => ({ ...b, olderAvailable: hasMore }));
  if (action.olderAvailable === undefined) return next;
  const olderAvailable = action.olderAvailable || oldestHeldSeq(next.buffers[key]!.lines) > 1;
  return updateBuffer(next, key, (b) => ({ ...b, olderAvailable }));
}

/** A stored message as a line of the state's conversation view, with id `id`. */
function messageLine(
  state: ChatState,
  message: ChatMessage,
  id: number,
  nowMs: number,
): Extract<Line, { type: "message" }> {
  const from = message.fromNick ?? "";
  const own = sameNick(from, state.nick);
  return {
    type: "message",
    id,
    seq: message.seq ?? 0,
    atMs: message.sentAtMs || nowMs,
    from,
    text: message.file ? describeFileMessage(message.file) : (message.text ?? ""),
    action: message.kind === MessageKind.MESSAGE_KIND_ACTION,
    own,
    mention: !own && isHighlight(message.text ?? "", state),
    pending: false,
    clientMsgId: message.clientMsgId ?? "",
  };
}

/** Adds a stored message to its conversation: replaces our pending copy, drops duplicates, keeps seq order. */
function onMessage(state: ChatState, message: ChatMessage, fresh: boolean, nowMs: number): ChatState {
  const from = message.fromNick ?? "";
  const own = sameNick(from, state.nick);
  if (!own && isIgnored(state.ignore, from)) return state;
  let key: BufferKey;
  let next = state;
  if (message.room) {
    key = roomKey(message.room);
    if (!next.buffers[key]) return state;
  } else {
    const peer = own ? (message.toNick ?? "") : from;
    if (!peer) return state;
    next = ensureDm(next, peer);
    key = dmKey(peer);
  }
  const buffer = next.buffers[key]!;
  const seq = message.seq ?? 0;
  const line = messageLine(next, message, next.nextLineId, nowMs);
  next = { ...next, nextLineId: next.nextLineId + 1 };

  if (own && line.clientMsgId) {
    const pendingIndex = buffer.lines.findIndex(
      (l) => l.type === "message" && l.pending && l.clientMsgId === line.clientMsgId,
    );
    if (pendingIndex >= 0) {
      const lines = buffer.lines.slice();
      lines[pendingIndex] = line;
      return updateBuffer(next, key, (b) => ({ ...b, lines, lastSeq: Math.max(b.lastSeq, seq) }));
    }
  }
  if (seq > 0 && seq <= buffer.lastSeq) {
    // Below the window's oldest held message, or past its newest while it ends in the past: not in view.
    if (seq < oldestHeldSeq(buffer.lines) || (buffer.newerAvailable && seq > newestHeldSeq(buffer.lines)))
      return state;
    if (buffer.lines.some((l) => l.type === "message" && l.seq === seq)) return state;
    // Arrived out of order (a reply overtaken by an event): slot it in before the first later message.
    const at = buffer.lines.findIndex((l) => l.type === "message" && l.seq > seq);
    const lines = buffer.lines.slice();
    lines.splice(at < 0 ? lines.length : at, 0, line);
    return updateBuffer(next, key, (b) => ({ ...b, lines }));
  }
  next = appendLine(next, key, line);
  const countsAsUnread = fresh && !own && next.active !== key;
  return updateBuffer(next, key, (b) => ({
    ...b,
    lastSeq: Math.max(b.lastSeq, seq),
    unread: b.unread + (countsAsUnread ? 1 : 0),
    highlights: b.highlights + (countsAsUnread && (line.mention || b.kind === "dm") ? 1 : 0),
  }));
}

function onSendFailed(state: ChatState, clientMsgId: string, reason: string, nowMs: number): ChatState {
  for (const key of state.order) {
    const buffer = state.buffers[key]!;
    const index = buffer.lines.findIndex(
      (l) => l.type === "message" && l.pending && l.clientMsgId === clientMsgId,
    );
    if (index < 0) continue;
    const failed = buffer.lines[index] as Extract<Line, { type: "message" }>;
    const lines = buffer.lines.slice();
    lines.splice(index, 1);
    return addSystem(
      updateBuffer(state, key, (b) => ({ ...b, lines })),
      key,
      "error",
      `Not sent (${reason}): ${preview(failed.text)}`,
      nowMs,
    );
  }
  return addSystem(state, state.active, "error", `Not sent: ${reason}`, nowMs);
}

/** Characters of a refused message repeated in the error line. */
const REFUSED_PREVIEW_CHARS = 60;

/**
 * The start of a refused message, on one row: the reason must stay in view, not scroll away above
 * a wall of the refused text (a too-long paste wraps to a screenful). Up recalls the whole line.
 */
function preview(text: string): string {
  const firstLine = text.split("\n", 1)[0]!;
  const chars = [...firstLine];
  const cut = chars.length > REFUSED_PREVIEW_CHARS || firstLine.length < text.length;
  return cut ? `${chars.slice(0, REFUSED_PREVIEW_CHARS).join("")}… (Up brings the whole text back)` : text;
}

/** A presence action taken together with others of its kind (see applyBatch). */
type PresenceAction = { presence: Presence; nowMs: number };

/** What a run of presence actions of one kind shows: who, the line alone, and when. */
interface PresenceEntry {
  nick: string;
  text: string;
  atMs: number;
}

/** Joins and quits are applied a run at a time; anything else one by one. */
function runKind(action: Action): PresenceKind | null {
  if (action.type !== "presence") return null;
  const kind = action.presence.kind;
  return kind === PresenceKind.PRESENCE_KIND_JOIN || kind === PresenceKind.PRESENCE_KIND_QUIT ? kind : null;
}

/**
 * The actions of a batch in order, with each run of joins (or of quits) applied as one: a join
 * storm, or a restart's quits, bring dozens a frame, and one copy of the member lists, the flags
 * and the burst line serves them all. The result is the same as applying them one by one.
 */
function applyBatch(state: ChatState, actions: readonly Action[]): ChatState {
  let next = state;
  for (let i = 0; i < actions.length; ) {
    const kind = runKind(actions[i]!);
    let end = i + 1;
    while (kind !== null && end < actions.length && runKind(actions[end]!) === kind) end++;
    const run = actions.slice(i, end) as PresenceAction[];
    if (end - i === 1) next = reducer(next, actions[i]!);
    else if (kind === PresenceKind.PRESENCE_KIND_JOIN) next = onJoins(next, run);
    else next = onQuits(next, run);
    i = end;
  }
  return next;
}

/** Joins to rooms we are in (our own excepted): flags, then per room the members and one line. */
function onJoins(state: ChatState, joins: readonly PresenceAction[]): ChatState {
  const byRoom = new Map<BufferKey, PresenceEntry[]>();
  const flags: Record<string, NickFlags> = {};
  for (const { presence, nowMs } of joins) {
    const nick = presence.nick ?? "";
    const key = roomKey(presence.room ?? "");
    if (!state.buffers[key] || sameNick(nick, state.nick)) continue;
    flags[foldName(nick)] = flagsOf(presence);
    const entries = byRoom.get(key) ?? [];
    byRoom.set(key, entries);
    entries.push({ nick, text: `→ ${nick} joined`, atMs: presence.atMs || nowMs });
  }
  if (byRoom.size === 0) return state;
  let next: ChatState = { ...state, nickFlags: { ...state.nickFlags, ...flags } };
  for (const [key, entries] of byRoom) {
    const nicks = entries.map((e) => e.nick);
    next = updateBuffer(next, key, (b) => ({ ...b, members: insertNicks(b.members, nicks) }));
    next = addPresence(next, key, "joined", entries);
  }
  return next;
}

/** People who left the server: off every member list, a quit line wherever they were. */
function onQuits(state: ChatState, quits: readonly PresenceAction[]): ChatState {
  const gone: PresenceEntry[] = quits.map(({ presence, nowMs }) => {
    const nick = presence.nick ?? "";
    const reason = presence.reason ? ` (${presence.reason})` : "";
    return { nick, text: `← ${nick} quit${reason}`, atMs: presence.atMs || nowMs };
  });
  let next: ChatState = {
    ...state,
    nickFlags: withoutNicks(
      state.nickFlags,
      gone.map((g) => g.nick),
    ),
  };
  for (const key of state.order) {
    const b = next.buffers[key]!;
    const here = gone.filter((g) => isPresent(b, g.nick));
    if (here.length === 0) continue;
    const nicks = here.map((g) => g.nick);
    if (b.kind === "room")
      next = updateBuffer(next, key, (x) => ({ ...x, members: removeNicks(x.members, nicks) }));
    next = addPresence(next, key, "quit", here);
  }
  return next;
}

/** Whether `nick` is in a room's member list, or the peer of a direct conversation. */
function isPresent(buffer: ChatBuffer, nick: string): boolean {
  if (buffer.kind === "room") return hasNick(buffer.members, nick);
  return buffer.kind === "dm" && sameNick(buffer.name, nick);
}

function onPresence(state: ChatState, presence: Presence, nowMs: number): ChatState {
  const nick = presence.nick ?? "";
  const atMs = presence.atMs || nowMs;
  const reason = presence.reason ? ` (${presence.reason})` : "";
  switch (presence.kind) {
    case PresenceKind.PRESENCE_KIND_JOIN:
      return onJoins(state, [{ presence, nowMs }]);
    case PresenceKind.PRESENCE_KIND_LEAVE: {
      const key = roomKey(presence.room ?? "");
      if (!state.buffers[key] || sameNick(nick, state.nick)) return state;
      const next = updateBuffer(state, key, (b) => ({ ...b, members: removeNick(b.members, nick) }));
      return addSystem(next, key, "event", `← ${nick} left${reason}`, atMs);
    }
    case PresenceKind.PRESENCE_KIND_QUIT:
      return onQuits(state, [{ presence, nowMs }]);
    case PresenceKind.PRESENCE_KIND_KICK: {
      const text = `✕ ${nick} was kicked${presence.by ? ` by ${presence.by}` : ""}${reason}`;
      let next = { ...state, nickFlags: withoutNick(state.nickFlags, nick) };
      for (const key of state.order) {
        const b = next.buffers[key]!;
        if (!isPresent(b, nick)) continue;
        next = updateBuffer(next, key, (x) => ({ ...x, members: removeNick(x.members, nick) }));
        next = addSystem(next, key, "event", text, atMs);
      }
      return next;
    }
    case PresenceKind.PRESENCE_KIND_NICK: {
      const oldNick = presence.oldNick ?? "";
      if (!oldNick || oldNick === nick) return state;
      const mine = sameNick(oldNick, state.nick);
      // Our own change, already told by the reply to /nick: update the lists and say nothing again.
      const alreadyTold = !mine && sameNick(nick, state.nick);
      let next: ChatState = {
        ...(mine ? { ...state, nick } : state),
        nickFlags: withoutNick(state.nickFlags, oldNick, nick),
      };
      const text = mine ? `You are now ${nick}` : `${oldNick} is now ${nick}`;
      for (const key of state.order) {
        const b = next.buffers[key]!;
        if (b.kind !== "room" || !hasNick(b.members, oldNick)) continue;
        next = updateBuffer(next, key, (x) => ({
          ...x,
          members: insertNick(removeNick(x.members, oldNick), nick),
        }));
        if (!alreadyTold) next = addSystem(next, key, "event", text, atMs);
      }
      const oldKey = dmKey(oldNick);
      if (!mine && next.buffers[oldKey] && !next.buffers[dmKey(nick)]) {
        next = renameBuffer(next, oldKey, dmKey(nick), nick);
        next = addSystem(next, dmKey(nick), "event", text, atMs);
      }
      return next;
    }
    case PresenceKind.PRESENCE_KIND_AWAY:
    case PresenceKind.PRESENCE_KIND_BACK: {
      const away = presence.kind === PresenceKind.PRESENCE_KIND_AWAY;
      const next = { ...state, nickFlags: withFlag(state.nickFlags, nick, { away }) };
      // Told where it matters: the conversation with them. Rooms stay quiet, the nick list shows it.
      const key = dmKey(nick);
      if (sameNick(nick, state.nick) || !next.buffers[key]) return next;
      const text = away ? awayLine(nick, presence.reason ?? "", atMs) : `${nick} is back`;
      return addSystem(next, key, "event", text, atMs);
    }
    default:
      return state;
  }
}

function focus(state: ChatState, key: BufferKey): ChatState {
  if (!state.buffers[key]) return state;
  let next = { ...state, active: key };
  // Looking away: remember how far this buffer was read, so coming back shows where new lines begin
  // (unless it counts lines unread, which LoggedIn gave it while shown: the line stays before those).
  if (state.active !== key && !(state.buffers[state.active]?.unread ?? 0))
    next = updateBuffer(next, state.active, (b) => ({ ...b, readMarker: b.lines.at(-1)?.id ?? null }));
  return updateBuffer(next, key, (b) => ({ ...b, unread: 0, highlights: 0 }));
}

function ensureDm(state: ChatState, nick: string): ChatState {
  const key = dmKey(nick);
  if (state.buffers[key]) return state;
  return addBuffer(state, { ...newBuffer(key, "dm", nick), joined: true });
}

function addBuffer(state: ChatState, buffer: ChatBuffer): ChatState {
  // Rooms stay together ahead of direct conversations, so Alt+digit positions are predictable.
  const order = state.order.slice();
  if (buffer.kind === "room") {
    const firstDm = order.findIndex((k) => state.buffers[k]!.kind === "dm");
    order.splice(firstDm < 0 ? order.length : firstDm, 0, buffer.key);
  } else order.push(buffer.key);
  return { ...state, buffers: { ...state.buffers, [buffer.key]: buffer }, order };
}

function closeBuffer(state: ChatState, key: BufferKey): ChatState {
  if (key === SERVER_BUFFER || !state.buffers[key]) return state;
  const index = state.order.indexOf(key);
  const order = state.order.filter((k) => k !== key);
  const { [key]: _closed, ...buffers } = state.buffers;
  const next = { ...state, buffers, order };
  if (state.active !== key) return next;
  return focus({ ...next, active: SERVER_BUFFER }, order[Math.max(0, index - 1)] ?? SERVER_BUFFER);
}

function renameBuffer(state: ChatState, from: BufferKey, to: BufferKey, name: string): ChatState {
  const { [from]: buffer, ...rest } = state.buffers;
  if (!buffer) return state;
  return {
    ...state,
    buffers: { ...rest, [to]: { ...buffer, key: to, name } },
    order: state.order.map((k) => (k === from ? to : k)),
    active: state.active === from ? to : state.active,
  };
}

/** After a kick or a lost connection, no room is joined until the server says so again. */
function markAllParted(state: ChatState): ChatState {
  let next = state;
  for (const key of state.order)
    if (state.buffers[key]!.kind === "room") next = updateBuffer(next, key, (b) => ({ ...b, joined: false }));
  return next;
}

function toActiveAndServer(state: ChatState, tone: SystemTone, text: string, nowMs: number): ChatState {
  const next = addSystem(state, SERVER_BUFFER, tone, text, nowMs);
  return state.active === SERVER_BUFFER ? next : addSystem(next, state.active, tone, text, nowMs);
}

/** Joins (or quits) this close together, in ms, share one line: a restart does not flood the room. */
export const PRESENCE_BURST_MS = 5000;
/** Nicks a burst line names before it counts the rest. */
const BURST_NAMES = 8;

/**
 * Join or quit lines, each added as a line or to the previous line of the same kind when that is
 * the buffer's last line and began less than PRESENCE_BURST_MS before: "→ ana, bob and 3 more
 * joined". A run of them extends the line once, whatever its length.
 */
function addPresence(
  state: ChatState,
  key: BufferKey,
  kind: "joined" | "quit",
  entries: readonly { nick: string; text: string; atMs: number }[],
): ChatState {
  let next = state;
  for (let i = 0; i < entries.length; ) {
    const buffer = next.buffers[key];
    // A window left in the past shows no live lines.
    if (!buffer || buffer.newerAvailable) return next;
    const last = buffer.lines.at(-1);
    const entry = entries[i]!;
    if (last?.type !== "system" || last.burst?.kind !== kind || entry.atMs - last.atMs >= PRESENCE_BURST_MS) {
      const burst = { kind, nicks: [entry.nick] };
      const line: Line = {
        type: "system",
        id: next.nextLineId,
        atMs: entry.atMs,
        tone: "event",
        text: entry.text,
        burst,
      };
      next = appendLine({ ...next, nextLineId: next.nextLineId + 1 }, key, line);
      i++;
      continue;
    }
    const nicks = last.burst.nicks.slice();
    for (; i < entries.length && entries[i]!.atMs - last.atMs < PRESENCE_BURST_MS; i++)
      nicks.push(entries[i]!.nick);
    const line: Line = { ...last, text: burstText(kind, nicks), burst: { kind, nicks } };
    next = updateBuffer(next, key, (b) => {
      const lines = b.lines.slice();
      lines[lines.length - 1] = line;
      return { ...b, lines };
    });
  }
  return next;
}

/** "→ ana, bob and 3 more joined": the first BURST_NAMES nicks, then how many more. */
function burstText(kind: "joined" | "quit", nicks: readonly string[]): string {
  const named = nicks.slice(0, BURST_NAMES);
  const more = nicks.length - named.length;
  const list =
    more > 0
      ? `${named.join(", ")} and ${more} more`
      : `${named.slice(0, -1).join(", ")} and ${named.at(-1)}`;
  return `${kind === "joined" ? "→" : "←"} ${list} ${kind}`;
}

/** Marks the "cannot reach the server" line, so each retry updates it in place. */
const RETRY_LINE = "Cannot reach the server (";

/**
 * Updates the buffer's last line if it starts with `prefix` (text and time), else adds a line.
 * Keeps the line's id, so the view and the read marker do not move.
 */
function replaceOrAdd(
  state: ChatState,
  key: BufferKey,
  prefix: string,
  text: string,
  atMs: number,
): ChatState {
  const last = state.buffers[key]?.lines.at(-1);
  if (last?.type !== "system" || !last.text.startsWith(prefix))
    return addSystem(state, key, "error", text, atMs);
  return updateBuffer(state, key, (b) => ({
    ...b,
    lines: [...b.lines.slice(0, -1), { ...last, text, atMs }],
  }));
}

function addSystem(
  state: ChatState,
  key: BufferKey,
  tone: SystemTone,
  text: string,
  atMs: number,
): ChatState {
  const target = state.buffers[key] ? key : SERVER_BUFFER;
  const line: Line = { type: "system", id: state.nextLineId, atMs, tone, text };
  return appendLine({ ...state, nextLineId: state.nextLineId + 1 }, target, line);
}

function appendLine(state: ChatState, key: BufferKey, line: Line): ChatState {
  return updateBuffer(state, key, (b) => appendLive(b, line));
}

function updateBuffer(state: ChatState, key: BufferKey, change: (b: ChatBuffer) => ChatBuffer): ChatState {
  const buffer = state.buffers[key];
  if (!buffer) return state;
  return { ...state, buffers: { ...state.buffers, [key]: change(buffer) } };
}

/** Nicks compare as the server compares them (foldName: NFC, then lower case). */
function sameNick(a: string, b: string): boolean {
  return sameName(a, b);
}

/** True when `text` names our nick or one of the highlight words. */
export function isHighlight(text: string, state: Pick<ChatState, "nick" | "highlightWords">): boolean {
  return mentions(text, state.nick) || state.highlightWords.some((word) => mentions(text, word));
}

/** Removes the shown messages of everyone now ignored (their conversations stay open). */
function hideIgnored(state: ChatState): ChatState {
  if (state.ignore.length === 0) return state;
  let next = state;
  for (const key of state.order) {
    const lines = state.buffers[key]!.lines;
    const kept = lines.filter((l) => l.type !== "message" || l.own || !isIgnored(state.ignore, l.from));
    if (kept.length !== lines.length) next = updateBuffer(next, key, (b) => ({ ...b, lines: kept }));
  }
  return next;
}

/** True when `text` names `nick` as a whole word, in any case. */
export function mentions(text: string, nick: string): boolean {
  if (!nick) return false;
  const escaped = nick.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(^|[^\\p{L}\\p{N}_\\-])${escaped}($|[^\\p{L}\\p{N}_\\-])`, "iu").test(text);
}
