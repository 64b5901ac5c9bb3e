// The web client's state: conversations (rooms and direct ones) holding lines, who we are, how the
// connection stands, and the file transfers. Pure data; the reducer is its only writer.
import { type FileInfo, foldName } from "@parley/protocol/browser";
import type { Status, Target, Transfer } from "../client/events";

/** "room:<name>" or "dm:<folded nick>". */
export type ConversationKey = string;

export type Line =
  | {
      kind: "message";
      /** Unique within the state: the element key, so a line never re-renders as another. */
      id: number;
      /** Per-conversation sequence number; 0 while our own message waits for its acknowledgement. */
      seq: number;
      atMs: number;
      from: string;
      text: string;
      /** Sent with /me. */
      action: boolean;
      own: boolean;
      /** Our message, not yet stored by the server. */
      pending: boolean;
      clientMsgId: string;
      /** A file announcement: what can be fetched. */
      file?: FileInfo;
    }
  | { kind: "system"; id: number; atMs: number; tone: "event" | "info" | "error"; text: string };

export interface Conversation {
  key: ConversationKey;
  kind: "room" | "dm";
  /** Room name, or the peer's nick. */
  name: string;
  topic: string;
  /** Nicks present (rooms), sorted without regard to case. */
  members: string[];
  lines: Line[];
  /** Highest sequence number shown. */
  lastSeq: number;
  /** Messages that arrived while another conversation was open. */
  unread: number;
  /** The server holds messages older than the oldest shown. */
  olderAvailable: boolean;
  /** Rooms: we are in it (false after a kick or while reconnecting). */
  joined: boolean;
}

export interface WebState {
  nick: string;
  serverName: string;
  status: Status;
  conversations: Record<ConversationKey, Conversation>;
  /** Rooms first, then direct conversations, each in the order they opened. */
  order: ConversationKey[];
  /** The open conversation; null before the first join. */
  active: ConversationKey | null;
  /** Server-wide lines (notices, connection changes) shown above the conversation. */
  notices: Line[];
  nextLineId: number;
  maxMessageChars: number;
  maxFileBytes: number;
  /** The last kick, shown in a banner until dismissed or the next login. */
  kick: { reason: string; by: string; banUntilMs: number } | null;
  transfers: Transfer[];
}

/** Oldest lines are dropped past this many per conversation, to bound memory in long sessions. */
export const MAX_LINES = 2000;
/** Server-wide lines shown: the newest two, so they never crowd out the conversation. */
export const MAX_NOTICES = 2;

export function roomKey(room: string): ConversationKey {
  return `room:${room}`;
}

export function dmKey(nick: string): ConversationKey {
  return `dm:${foldName(nick)}`;
}

export function targetKey(target: Target): ConversationKey {
  return "room" in target ? roomKey(target.room) : dmKey(target.nick);
}

export function conversationTarget(c: Conversation): Target {
  return c.kind === "room" ? { room: c.name } : { nick: c.name };
}

/** "#lobby" for a room, the nick for a direct conversation. */
export function label(c: Conversation): string {
  return c.kind === "room" ? `#${c.name}` : c.name;
}

export function initialState(nick: string): WebState {
  return {
    nick,
    serverName: "",
    status: { type: "connecting", attempt: 1 },
    conversations: {},
    order: [],
    active: null,
    notices: [],
    nextLineId: 1,
    maxMessageChars: 0,
    maxFileBytes: 0,
    kick: null,
    transfers: [],
  };
}

export function newConversation(kind: Conversation["kind"], name: string): Conversation {
  return {
    key: kind === "room" ? roomKey(name) : dmKey(name),
    kind,
    name,
    topic: "",
    members: [],
    lines: [],
    lastSeq: 0,
    unread: 0,
    olderAvailable: false,
    joined: kind === "dm",
  };
}
