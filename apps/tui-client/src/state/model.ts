// The shape of the client's UI state: buffers (server, rooms, direct conversations) holding lines,
// plus who we are and how the connection stands. Pure data; the reducer is the only writer.

import type { ChatMessage } from "@parley/protocol";
import { foldName } from "@parley/protocol";
import type { Target, UnreadCount } from "../client/events.js";
import type { Status } from "../client/status.js";
import type { IgnoreRule } from "./ignore.js";
import type { NickFlagsMap } from "./presence-details.js";

/** Identifies a buffer: "server", "room:<name>" or "dm:<nick, lower-cased>". */
export type BufferKey = string;

export const SERVER_BUFFER: BufferKey = "server";

/** Tone of a line that is not a chat message; decides its colour. */
export type SystemTone = "event" | "info" | "notice" | "error";

export type Line =
  | {
      type: "message";
      /** Unique within the state, for React keys. */
      id: number;
      /** Per-conversation sequence number; 0 while our own message waits for its acknowledgement. */
      seq: number;
      atMs: number;
      from: string;
      text: string;
      /** Sent with /me. */
      action: boolean;
      /** Written by us: shown highlighted. */
      own: boolean;
      /** Mentions our nick: shown highlighted and counted as a highlight. */
      mention: boolean;
      /** Our message, not yet stored by the server. */
      pending: boolean;
      clientMsgId: string;
      /** Words to highlight in the text (search matches). */
      terms?: readonly string[];
      /** The message a search jumped to: shown marked. */
      found?: boolean;
    }
  | {
      type: "system";
      id: number;
      atMs: number;
      tone: SystemTone;
      text: string;
      /** A line standing for a burst of joins or quits: who, so the next one can be added to it. */
      burst?: { kind: "joined" | "quit"; nicks: string[] };
    };

/**
 * A scrolled-up view, held by the line at its bottom row rather than by a count, so it stays put
 * while lines arrive below it or older ones are added above.
 */
export interface ScrollAnchor {
  /** Id of the line whose row is at the bottom of the view. */
  lineId: number;
  /** Which of that line's screen rows (0: its first, counting the markers drawn above it). */
  row: number;
}

export interface ChatBuffer {
  key: BufferKey;
  /** "search" holds the matches of the last /search. */
  kind: "server" | "room" | "dm" | "search";
  /** Room name, peer nick, or the server's name. */
  name: string;
  topic: string;
  /** Nicks present, sorted case-insensitively. Empty for the server buffer. */
  members: string[];
  lines: Line[];
  /** Highest sequence number seen: the resume point. */
  lastSeq: number;
  /** Messages that arrived while the buffer was not shown. */
  unread: number;
  /** Of those, the ones mentioning us or sent to us directly. */
  highlights: number;
  /** The server may hold messages older than the oldest held: PgUp near the top loads them. */
  olderAvailable: boolean;
  /**
   * The lines held end before the newest message: the window was paged back far enough to drop
   * the newest end. Live messages are then counted but not added; PgDn near the bottom loads the
   * next page, Enter the newest.
   */
  newerAvailable: boolean;
  /**
   * Id of the newest line when we last looked away from this buffer: lines after it arrived
   * unseen, and the view marks where they begin. Null before the first look away.
   */
  readMarker: number | null;
  /**
   * The account's read marker here: the last seq read on any of its clients (0: none, or a guest).
   * Moved by this client as the person reads, by the others' markers, and by LoggedIn's counts.
   */
  readSeq: number;
  /** Where the view is held while scrolled up; null while following the newest line. */
  scroll: ScrollAnchor | null;
  /** Rooms: we are a member. A room we left, or lost on a connection drop, stays visible. */
  joined: boolean;
}

export interface ChatState {
  nick: string;
  serverName: string;
  status: Status;
  /** Last measured round trip in ms; null before the first pong. */
  lagMs: number | null;
  buffers: Record<BufferKey, ChatBuffer>;
  /** Display order: server buffer first, then rooms and conversations as they open. */
  order: BufferKey[];
  active: BufferKey;
  /** Source of line ids. */
  nextLineId: number;
  /** Has been online at least once: later connections are reconnections. */
  everOnline: boolean;
  /** Longest message the server accepts, in characters (0: unknown). */
  maxMessageChars: number;
  /**
   * What the server said before the first room was joined (welcome text, "trying nick X"): shown
   * again in the room the person lands in, since the server buffer is not on screen by then.
   * Null once a room has been joined.
   */
  greeting: { tone: SystemTone; text: string }[] | null;
  /** Whose messages are not shown (set by /ignore, saved per server). */
  ignore: IgnoreRule[];
  /** Words that highlight a message like our nick does (the highlight_words option). */
  highlightWords: string[];
  /** The last /search and its matches so far; null before the first. */
  search: SearchState | null;
  /**
   * Unread counts LoggedIn gave for conversations whose history has not arrived yet, by buffer:
   * applied once it has, so the join's own "you are here" handling does not undo them.
   */
  unreadAtLogin: Record<BufferKey, UnreadCount>;
  /** Our away message (/away); empty while not away. */
  away: string;
  /** Who is away or a guest, by case-folded nick: what the nick list marks. */
  nickFlags: NickFlagsMap;
}

/** A search and the matches shown for it, numbered from 1 in the search buffer. */
export interface SearchState {
  query: string;
  /** The conversation searched; null: everything readable. */
  scope: Target | null;
  /** Every match shown so far, newest first: /goto N shows the Nth. */
  matches: ChatMessage[];
  /** The words searched for, as the server split them: highlighted in matches. */
  terms: string[];
  /** Continues to older matches; 0 when there are none. */
  nextCursor: number;
}

/** The buffer that lists search matches. */
export const SEARCH_BUFFER: BufferKey = "search";

/**
 * Lines a buffer holds in memory: a window onto the conversation, paged from the server as the view
 * moves. Past it, the side away from the reading position is dropped (the oldest while following).
 */
export const MAX_LINES_PER_BUFFER = 2000;

export function roomKey(room: string): BufferKey {
  return `room:${room}`;
}

export function dmKey(nick: string): BufferKey {
  return `dm:${foldName(nick)}`;
}

export function targetKey(target: Target): BufferKey {
  return "room" in target ? roomKey(target.room) : dmKey(target.nick);
}

/** The conversation a buffer talks to, or null for the server buffer. */
export function bufferTarget(buffer: ChatBuffer): Target | null {
  if (buffer.kind === "room") return { room: buffer.name };
  if (buffer.kind === "dm") return { nick: buffer.name };
  return null;
}

/** A fresh state before the first connection. */
export function initialState(nick: string, serverName: string): ChatState {
  return {
    nick,
    serverName,
    status: { type: "connecting", attempt: 1 },
    lagMs: null,
    buffers: { [SERVER_BUFFER]: newBuffer(SERVER_BUFFER, "server", serverName) },
    order: [SERVER_BUFFER],
    active: SERVER_BUFFER,
    nextLineId: 1,
    maxMessageChars: 0,
    everOnline: false,
    greeting: [],
    unreadAtLogin: {},
    ignore: [],
    highlightWords: [],
    search: null,
    away: "",
    nickFlags: {},
  };
}

export function newBuffer(key: BufferKey, kind: ChatBuffer["kind"], name: string): ChatBuffer {
  return {
    key,
    kind,
    name,
    topic: "",
    members: [],
    lines: [],
    lastSeq: 0,
    unread: 0,
    highlights: 0,
    olderAvailable: false,
    newerAvailable: false,
    readMarker: null,
    readSeq: 0,
    scroll: null,
    joined: false,
  };
}

/** Label in the room list and title: "#lobby" for rooms, the nick for conversations. */
export function bufferLabel(buffer: ChatBuffer): string {
  if (buffer.kind === "room") return buffer.name.startsWith("#") ? buffer.name : `#${buffer.name}`;
  return buffer.name;
}
