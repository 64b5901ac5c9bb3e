// The pure reducer: every change to the web client's state — from the session or from the person —
// arrives here as a type-tagged action stamped with the time. No I/O, no clocks, no randomness.
import {
  type ChatMessage,
  MessageKind,
  type Presence,
  PresenceKind,
  sameName,
} from "@parley/protocol/browser";
import type { SessionEvent, Status, Transfer } from "../client/events";
import {
  type Conversation,
  type ConversationKey,
  dmKey,
  type Line,
  MAX_LINES,
  MAX_NOTICES,
  newConversation,
  roomKey,
  targetKey,
  type WebState,
} from "./model";

/** What the person does, as opposed to what the server says. */
export type UiAction =
  | { type: "open"; key: ConversationKey }
  /** The next (+1) or previous (-1) conversation in the list, wrapping around. */
  | { type: "openBy"; delta: number }
  | { type: "openDm"; nick: string }
  | { type: "close"; key: ConversationKey }
  /** A line from the client itself (a usage hint), in the open conversation. */
  | { type: "local"; tone: "info" | "error"; text: string }
  | { type: "dismissKick" };

/** Everything the reducer understands, stamped with the wall-clock time it happened. */
export type Action = (SessionEvent | UiAction) & { nowMs: number };

export function reducer(state: WebState, action: Action): WebState {
  switch (action.type) {
    case "status":
      return onStatus(state, action.status, action.nowMs);
    case "welcome":
      return {
        ...addNotice(state, action.motd, "info", action.nowMs),
        serverName: action.serverName || state.serverName,
        maxMessageChars: action.maxMessageChars,
        maxFileBytes: action.maxFileBytes,
      };
    case "loggedIn":
      return { ...state, nick: action.nick, kick: null };
    case "nickChanged":
      return addSystem(
        { ...state, nick: action.nick },
        state.active,
        "event",
        `You are now ${action.nick}`,
        action.nowMs,
      );
    case "joined": {
      const key = roomKey(action.room);
      let next = ensure(state, "room", action.room);
      next = update(next, key, (c) => ({
        ...c,
        topic: action.topic,
        members: sortNicks(action.members),
        joined: true,
      }));
      if (action.resumed) return next;
      return open(addSystem(next, key, "event", `You joined #${action.room}`, action.nowMs), key);
    }
    case "history": {
      const key = targetKey(action.target);
      let next = "nick" in action.target ? ensure(state, "dm", action.target.nick) : state;
      if (!next.conversations[key]) return state;
      for (const message of action.messages) next = onMessage(next, message, action.fresh, action.nowMs);
      const olderAvailable = action.olderAvailable;
      return olderAvailable === undefined ? next : update(next, key, (c) => ({ ...c, olderAvailable }));
    }
    case "message":
      return onMessage(state, action.message, true, action.nowMs);
    case "pending": {
      const key = targetKey(action.target);
      const next = "nick" in action.target ? ensure(state, "dm", action.target.nick) : state;
      if (!next.conversations[key]) return state;
      const line: Line = {
        kind: "message",
        id: next.nextLineId,
        seq: 0,
        atMs: action.nowMs,
        from: action.nick,
        text: action.text,
        action: action.action,
        own: true,
        pending: true,
        clientMsgId: action.clientMsgId,
      };
      return append({ ...next, nextLineId: next.nextLineId + 1 }, key, line);
    }
    case "sendFailed": {
      for (const key of state.order) {
        const c = state.conversations[key]!;
        const index = c.lines.findIndex(
          (l) => l.kind === "message" && l.pending && l.clientMsgId === action.clientMsgId,
        );
        if (index < 0) continue;
        const lines = c.lines.filter((_, i) => i !== index);
        return addSystem(
          update(state, key, (x) => ({ ...x, lines })),
          key,
          "error",
          `Not sent: ${action.reason}`,
          action.nowMs,
        );
      }
      return state;
    }
    case "presence":
      return onPresence(state, action.presence, action.nowMs);
    case "topic": {
      const key = roomKey(action.room);
      if (!state.conversations[key]) return state;
      const text = action.topic
        ? `${action.byNick} set the topic: ${action.topic}`
        : `${action.byNick} cleared the topic`;
      return addSystem(
        update(state, key, (c) => ({ ...c, topic: action.topic })),
        key,
        "event",
        text,
        action.nowMs,
      );
    }
    case "members":
      return update(state, roomKey(action.room), (c) => ({ ...c, members: sortNicks(action.members) }));
    case "left":
      return close(state, roomKey(action.room));
    case "notice":
      return addNotice(state, action.text, "info", action.nowMs);
    case "kicked": {
      const by = action.by || "the server";
      const text = `You were kicked by ${by}: ${action.reason || "no reason given"}`;
      let next: WebState = { ...state, kick: { reason: action.reason, by, banUntilMs: action.banUntilMs } };
      for (const key of state.order)
        if (next.conversations[key]!.kind === "room")
          next = update(next, key, (c) => ({ ...c, joined: false }));
      return addSystem(next, state.active, "error", text, action.nowMs);
    }
    case "transfer":
      return onTransfer(state, action.transfer);
    case "error":
      return addSystem(
        state,
        action.target ? targetKey(action.target) : state.active,
        "error",
        action.text,
        action.nowMs,
      );
    case "open":
      return open(state, action.key);
    case "openBy": {
      if (state.order.length === 0) return state;
      const n = state.order.length;
      const index = state.active ? state.order.indexOf(state.active) : -1;
      return open(state, state.order[(((index + action.delta) % n) + n) % n]!);
    }
    case "openDm":
      return open(ensure(state, "dm", action.nick), dmKey(action.nick));
    case "close":
      return close(state, action.key);
    case "local":
      return addSystem(state, state.active, action.tone, action.text, action.nowMs);
    case "dismissKick":
      return { ...state, kick: null };
  }
}

function onStatus(state: WebState, status: Status, nowMs: number): WebState {
  const was = state.status.type;
  let next: WebState = { ...state, status };
  if (status.type === "online" && was !== "online" && state.nick && state.order.length > 0)
    next = addNotice(next, "Reconnected.", "info", nowMs);
  else if (status.type === "reconnecting" && was === "online") {
    for (const key of next.order)
      if (next.conversations[key]!.kind === "room")
        next = update(next, key, (c) => ({ ...c, joined: false }));
    next = addNotice(next, `Connection lost (${status.reason}); reconnecting…`, "error", nowMs);
  } else if (status.type === "banned" && was !== "banned") {
    const until =
      status.banUntilMs > 0 ? `until ${new Date(status.banUntilMs).toLocaleString()}` : "for good";
    next = addNotice(next, `You are banned ${until}: ${status.reason}`, "error", nowMs);
  } else if (status.type === "closed" && was !== "closed")
    next = addNotice(next, `Disconnected: ${status.reason}`, "error", nowMs);
  return next;
}

/** Adds a stored message: replaces our pending copy, drops one already shown, keeps seq order. */
function onMessage(state: WebState, message: ChatMessage, fresh: boolean, nowMs: number): WebState {
  const from = message.fromNick ?? "";
  const own = sameName(from, state.nick);
  let next = state;
  let key: ConversationKey;
  if (message.room) {
    key = roomKey(message.room);
    if (!next.conversations[key]) return state;
  } else {
    const peer = own ? (message.toNick ?? "") : from;
    if (!peer) return state;
    next = ensure(next, "dm", peer);
    key = dmKey(peer);
  }
  const c = next.conversations[key]!;
  const seq = message.seq ?? 0;
  const file = message.file ?? undefined;
  const line: Line = {
    kind: "message",
    id: next.nextLineId,
    seq,
    atMs: message.sentAtMs || nowMs,
    from,
    text: file ? `sent a file: ${file.name ?? ""}` : (message.text ?? ""),
    action: message.kind === MessageKind.MESSAGE_KIND_ACTION,
    own,
    pending: false,
    clientMsgId: message.clientMsgId ?? "",
    file,
  };
  next = { ...next, nextLineId: next.nextLineId + 1 };
  if (own && line.clientMsgId) {
    const index = c.lines.findIndex(
      (l) => l.kind === "message" && l.pending && l.clientMsgId === line.clientMsgId,
    );
    if (index >= 0) {
      // Same id: the element stays and only its look changes, so nothing below it moves — unless
      // messages stored before it were shown below it (sent while offline): then it moves past them.
      const acked: Line = { ...line, id: c.lines[index]!.id };
      const lines = c.lines.filter((_, i) => i !== index);
      const before = lines.findLastIndex(
        (l) => l.kind === "message" && !l.pending && l.seq > 0 && l.seq < seq,
      );
      lines.splice(Math.max(index, before + 1), 0, acked);
      return update(next, key, (x) => ({ ...x, lines, lastSeq: Math.max(x.lastSeq, seq) }));
    }
  }
  if (seq > 0 && seq <= c.lastSeq) {
    if (c.lines.some((l) => l.kind === "message" && l.seq === seq)) return state;
    // Older than what is shown (a page backwards, or a reply overtaken): slot it in by seq.
    const at = c.lines.findIndex((l) => l.kind === "message" && l.seq > seq);
    const lines = c.lines.slice();
    lines.splice(at < 0 ? lines.length : at, 0, line);
    return update(next, key, (x) => ({ ...x, lines }));
  }
  next = append(next, key, line);
  const unread = fresh && !own && next.active !== key;
  return update(next, key, (x) => ({
    ...x,
    lastSeq: Math.max(x.lastSeq, seq),
    unread: x.unread + (unread ? 1 : 0),
  }));
}

function onPresence(state: WebState, presence: Presence, nowMs: number): WebState {
  const nick = presence.nick ?? "";
  const reason = presence.reason ? ` (${presence.reason})` : "";
  switch (presence.kind) {
    case PresenceKind.PRESENCE_KIND_JOIN: {
      const key = roomKey(presence.room ?? "");
      if (!state.conversations[key] || sameName(nick, state.nick)) return state;
      const next = update(state, key, (c) => ({
        ...c,
        members: sortNicks([...without(c.members, nick), nick]),
      }));
      return addSystem(next, key, "event", `→ ${nick} joined`, nowMs);
    }
    case PresenceKind.PRESENCE_KIND_LEAVE: {
      const key = roomKey(presence.room ?? "");
      if (!state.conversations[key] || sameName(nick, state.nick)) return state;
      const next = update(state, key, (c) => ({ ...c, members: without(c.members, nick) }));
      return addSystem(next, key, "event", `← ${nick} left${reason}`, nowMs);
    }
    case PresenceKind.PRESENCE_KIND_QUIT:
    case PresenceKind.PRESENCE_KIND_KICK: {
      const text =
        presence.kind === PresenceKind.PRESENCE_KIND_QUIT
          ? `← ${nick} quit${reason}`
          : `✕ ${nick} was kicked${presence.by ? ` by ${presence.by}` : ""}${reason}`;
      let next = state;
      for (const key of state.order) {
        const c = next.conversations[key]!;
        if (c.kind !== "room" || !c.members.some((m) => sameName(m, nick))) continue;
        next = addSystem(
          update(next, key, (x) => ({ ...x, members: without(x.members, nick) })),
          key,
          "event",
          text,
          nowMs,
        );
      }
      return next;
    }
    case PresenceKind.PRESENCE_KIND_NICK: {
      const oldNick = presence.oldNick ?? "";
      if (!oldNick) return state;
      let next: WebState = sameName(oldNick, state.nick) ? { ...state, nick } : state;
      for (const key of state.order) {
        const c = next.conversations[key]!;
        if (c.kind !== "room" || !c.members.some((m) => sameName(m, oldNick))) continue;
        next = update(next, key, (x) => ({
          ...x,
          members: sortNicks([...without(x.members, oldNick), nick]),
        }));
        next = addSystem(next, key, "event", `${oldNick} is now ${nick}`, nowMs);
      }
      return next;
    }
    default:
      return state;
  }
}

function onTransfer(state: WebState, transfer: Transfer): WebState {
  const others = state.transfers.filter((t) => t.id !== transfer.id);
  return { ...state, transfers: [...others, transfer].slice(-5) };
}

/** Opens `key`: its unread count is cleared. */
function open(state: WebState, key: ConversationKey): WebState {
  if (!state.conversations[key]) return state;
  return update({ ...state, active: key }, key, (c) => (c.unread ? { ...c, unread: 0 } : c));
}

function ensure(state: WebState, kind: Conversation["kind"], name: string): WebState {
  const c = newConversation(kind, name);
  if (state.conversations[c.key]) return state;
  const order = state.order.slice();
  // Rooms stay ahead of direct conversations, so positions in the list are predictable.
  const firstDm = order.findIndex((k) => state.conversations[k]!.kind === "dm");
  if (kind === "room" && firstDm >= 0) order.splice(firstDm, 0, c.key);
  else order.push(c.key);
  return { ...state, conversations: { ...state.conversations, [c.key]: c }, order };
}

function close(state: WebState, key: ConversationKey): WebState {
  if (!state.conversations[key]) return state;
  const index = state.order.indexOf(key);
  const order = state.order.filter((k) => k !== key);
  const { [key]: _closed, ...conversations } = state.conversations;
  const next = { ...state, conversations, order };
  if (state.active !== key) return next;
  const neighbour = order[Math.max(0, index - 1)];
  return neighbour ? open({ ...next, active: null }, neighbour) : { ...next, active: null };
}

function addNotice(state: WebState, text: string, tone: "info" | "error", atMs: number): WebState {
  if (!text) return state;
  const line: Line = { kind: "system", id: state.nextLineId, atMs, tone, text };
  return {
    ...state,
    nextLineId: state.nextLineId + 1,
    notices: [...state.notices, line].slice(-MAX_NOTICES),
  };
}

/** A line from the client in `key`'s conversation, or among the notices when there is none. */
function addSystem(
  state: WebState,
  key: ConversationKey | null,
  tone: "event" | "info" | "error",
  text: string,
  atMs: number,
): WebState {
  if (!key || !state.conversations[key])
    return addNotice(state, text, tone === "error" ? "error" : "info", atMs);
  const line: Line = { kind: "system", id: state.nextLineId, atMs, tone, text };
  return append({ ...state, nextLineId: state.nextLineId + 1 }, key, line);
}

function append(state: WebState, key: ConversationKey, line: Line): WebState {
  return update(state, key, (c) => {
    const lines = [...c.lines, line];
    if (lines.length > MAX_LINES) lines.splice(0, lines.length - MAX_LINES);
    return { ...c, lines };
  });
}

function update(state: WebState, key: ConversationKey, change: (c: Conversation) => Conversation): WebState {
  const c = state.conversations[key];
  return c ? { ...state, conversations: { ...state.conversations, [key]: change(c) } } : state;
}

function without(nicks: string[], nick: string): string[] {
  return nicks.filter((n) => !sameName(n, nick));
}

const nickOrder = new Intl.Collator(undefined, { sensitivity: "base" }).compare;

function sortNicks(nicks: string[]): string[] {
  return [...new Set(nicks.filter(Boolean))].sort(nickOrder);
}
