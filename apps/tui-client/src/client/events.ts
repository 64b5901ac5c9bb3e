// What the chat client reports to the interface: plain, already-decoded facts about the session.
// The reducer consumes these as actions, so the client never touches UI state and vice versa.
import type { ChatMessage, Member, NoticeKind, Presence, RoomInfo, UserInfo } from "@parley/protocol";
import type { Status } from "./status.js";

/** Where a message goes or a conversation lives: a room, or one other user. */
export type Target = { room: string } | { nick: string };

/** A conversation's unread messages as the account's read marker counts them (LoggedIn.unread). */
export interface UnreadCount {
  target: Target;
  /** The account's read marker: the last seq read (0: none). */
  readSeq: number;
  /** Messages after it. */
  count: number;
}

/** One fact from the connection. `type` tags the union; every variant is a reducer action too. */
export type ClientEvent =
  | { type: "status"; status: Status }
  /** Handshake done: the server's name, its message of the day and the room everyone lands in. */
  | { type: "welcome"; serverName: string; motd: string; defaultRoom: string; maxMessageChars: number }
  /**
   * Logged in under `nick` (which may differ from the one asked for); for an account, the unread
   * counts its read markers give (empty for a guest).
   */
  | { type: "loggedIn"; nick: string; unread?: UnreadCount[] }
  /** Another client of our account read `target` up to `seq`. */
  | { type: "readMarker"; target: Target; seq: number }
  /**
   * We are in `room` (first join, or again after a reconnect when `resumed`); `elsewhere` when
   * another client of our account joined it, which brings this one along.
   */
  | {
      type: "joined";
      room: string;
      topic: string;
      members: Member[];
      lastSeq: number;
      resumed: boolean;
      elsewhere?: boolean;
    }
  /**
   * Stored messages, oldest first. `fresh` marks messages the user has not seen (a resume replay),
   * which count as unread; plain join history does not.
   */
  | {
      type: "history";
      target: Target;
      messages: ChatMessage[];
      fresh: boolean;
      /** Set for a first look or a page backwards: whether even older messages are stored. */
      olderAvailable?: boolean;
      /**
       * A page asked for while scrolling: before the oldest held ("older"), after the newest held
       * ("newer", `hasMore` saying whether the window still ends short of the newest), or the newest
       * page, replacing the window ("latest").
       */
      page?: "older" | "newer" | "latest";
      /** For a page: the server holds more beyond it, in the direction it went. */
      hasMore?: boolean;
    }
  /** A stored message: someone else's, or the server's acknowledgement of ours. */
  | { type: "message"; message: ChatMessage }
  /** Our send failed for good (the server refused it); `clientMsgId` names the pending line. */
  | { type: "sendFailed"; clientMsgId: string; reason: string }
  | { type: "presence"; presence: Presence }
  | { type: "topic"; room: string; topic: string; byNick: string; atMs: number }
  /** The member list of a room; `quiet` when it completes a Joined's list (no line is shown). */
  | { type: "members"; room: string; members: Member[]; quiet?: boolean }
  | { type: "left"; room: string }
  | { type: "roomList"; rooms: RoomInfo[] }
  | { type: "notice"; kind: NoticeKind; text: string; atMs: number }
  /** An operator kicked us; banned until `banUntilMs` (0: no ban), or for good when `banPermanent`. */
  | { type: "kicked"; reason: string; by: string; banUntilMs: number; banPermanent: boolean }
  /** Round-trip time of our last ping, in milliseconds. */
  | { type: "lag"; lagMs: number }
  /** Our own nick changed (reply to SetNick). */
  | { type: "nickChanged"; nick: string }
  /** Something failed; `text` is for a person. Shown in `target`'s buffer, or the active one. */
  | { type: "error"; text: string; target?: Target }
  /**
   * A page of search matches, newest first. `scope` is the conversation searched (null: all
   * readable); `nextCursor` continues to older matches (0: none); `more` false starts a new search.
   */
  | {
      type: "searchResults";
      query: string;
      scope: Target | null;
      messages: ChatMessage[];
      terms: string[];
      nextCursor: number;
      more: boolean;
    }
  /** The messages around `seq` in `target` are loaded (after their History): show that one. */
  | { type: "reveal"; target: Target; seq: number }
  /** The server's answer to /whois. */
  | { type: "whois"; info: UserInfo }
  /** We are away with `message` now, or back when it is empty (reply to SetAway). */
  | { type: "away"; message: string }
  /** `nick`, whom we just wrote to directly, is away with `message` since `sinceMs` (told once). */
  | { type: "userAway"; nick: string; message: string; sinceMs: number }
  /** Informational line from the client itself (e.g. "trying nick ana_"). */
  | { type: "info"; text: string; target?: Target };
