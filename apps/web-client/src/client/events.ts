// What the web session reports to the page: plain facts about the connection and the conversations.
// Each is also a reducer action (state/reducer.ts), so the session never touches UI state.
import type { ChatMessage, Presence } from "@parley/protocol/browser";

/** Where a message goes or a conversation lives: a room, or one other user. */
export type Target = { room: string } | { nick: string };

/** Where the connection stands. */
export type Status =
  | { type: "connecting"; attempt: number }
  | { type: "online" }
  /** Lost; the next attempt is at `retryAtMs` (wall clock). */
  | { type: "reconnecting"; attempt: number; retryAtMs: number; reason: string }
  /** An operator kicked us; back after the ban ends (`banUntilMs`, 0 without a ban) or a pause. */
  | { type: "kicked"; reason: string; by: string; banUntilMs: number }
  /** Refused as banned (`banUntilMs` 0: for good). */
  | { type: "banned"; reason: string; banUntilMs: number }
  /** Stopped: refused for good, or the person left. */
  | { type: "closed"; reason: string };

/** A file being sent or fetched, as the transfers panel shows it. */
export interface Transfer {
  /** Local id, stable for the transfer's life. */
  id: string;
  direction: "upload" | "download";
  name: string;
  /** Bytes done (hashed while `phase` is "hashing", else confirmed or received). */
  bytes: number;
  totalBytes: number;
  phase: "hashing" | "sending" | "receiving" | "verifying" | "done" | "failed";
  /** Why it failed, for a person. */
  error?: string;
}

/** One fact from the session. `type` tags the union. */
export type SessionEvent =
  | { type: "status"; status: Status }
  | {
      type: "welcome";
      serverName: string;
      motd: string;
      maxMessageChars: number;
      /** Largest file the server takes, in bytes (0: unknown). */
      maxFileBytes: number;
    }
  | { type: "loggedIn"; nick: string }
  /** We are in `room`: a first join, or again after a reconnect when `resumed`. */
  | { type: "joined"; room: string; topic: string; members: string[]; resumed: boolean }
  /**
   * Stored messages, oldest first: a first look, a page backwards (`olderAvailable` set), or what
   * was missed while away (`fresh`, counted as unread).
   */
  | { type: "history"; target: Target; messages: ChatMessage[]; fresh: boolean; olderAvailable?: boolean }
  /** A stored message: someone else's, or the server's acknowledgement of ours. */
  | { type: "message"; message: ChatMessage }
  /** Our message is on its way: shown as pending until the acknowledgement replaces it. */
  | { type: "pending"; target: Target; clientMsgId: string; text: string; action: boolean; nick: string }
  /** The server refused our message for good. */
  | { type: "sendFailed"; clientMsgId: string; reason: string }
  | { type: "presence"; presence: Presence }
  | { type: "topic"; room: string; topic: string; byNick: string }
  | { type: "members"; room: string; members: string[] }
  | { type: "left"; room: string }
  | { type: "notice"; text: string }
  | { type: "kicked"; reason: string; by: string; banUntilMs: number }
  | { type: "nickChanged"; nick: string }
  | { type: "transfer"; transfer: Transfer }
  /** Something failed; `text` is for a person, shown in `target`'s conversation or the open one. */
  | { type: "error"; text: string; target?: Target };
