// Envelopes from the server → the facts the interface consumes (ClientEvent), plus what the
// reconnect loop must do about them (a kick, a ban, a replay to page in). Pure: no socket, no clock.
import {
  type ChatMessage,
  type DecodedEnvelope,
  ErrorCode,
  type History,
  type Joined,
  type ResumeNote,
  ServerError,
  type Unread,
} from "@parley/protocol";
import { describeError } from "./errors.js";
import type { ClientEvent, Target, UnreadCount } from "./events.js";

/** What the client must do beyond reporting events. */
export type SessionAction =
  /** An operator kicked us (and maybe banned us until `banUntilMs`, or for good): stay away until then. */
  | { type: "kicked"; reason: string; by: string; banUntilMs: number; banPermanent: boolean }
  /** The server refused us as banned (`banUntilMs` 0: for good). */
  | { type: "banned"; reason: string; banUntilMs: number }
  /** A resume replay did not fit one frame: fetch the rest of `room` after `afterSeq`. */
  | { type: "catchUp"; room: string; afterSeq: number };

export interface Mapped {
  events: ClientEvent[];
  action?: SessionAction;
}

const nothing: Mapped = { events: [] };

/**
 * Maps one envelope that is not a reply to our request. `note` is what the resume points made of it
 * (ResumePoints.observe), which tells a resumed room's Joined and replay from a first join.
 */
export function mapEnvelope(envelope: DecodedEnvelope, note?: ResumeNote): Mapped {
  switch (envelope.body) {
    case "message":
      return { events: [{ type: "message", message: envelope.message as ChatMessage }] };
    case "joined":
      // Not a reply (request_id 0): another client of our account joined the room, and so did we.
      return {
        events: [
          joinedEvent(envelope.joined!, note?.type === "joined" && note.resumed, envelope.requestId === 0),
        ],
      };
    case "history": {
      const history = envelope.history!;
      const replay = note?.type === "history" && note.replay;
      const target: Target = history.room ? { room: history.room } : { nick: history.withNick ?? "" };
      const events = [historyEvent(target, history, replay)];
      const afterSeq = note?.type === "history" ? note.continueAfterSeq : undefined;
      if (afterSeq && history.room)
        return { events, action: { type: "catchUp", room: history.room, afterSeq } };
      return { events };
    }
    case "presence":
      return { events: [{ type: "presence", presence: envelope.presence! }] };
    case "readMarker": {
      const marker = envelope.readMarker!;
      return { events: [{ type: "readMarker", target: markerTarget(marker), seq: Number(marker.seq ?? 0) }] };
    }
    case "userAway": {
      const away = envelope.userAway!;
      return {
        events: [
          {
            type: "userAway",
            nick: away.nick ?? "",
            message: away.message ?? "",
            sinceMs: Number(away.sinceMs ?? 0),
          },
        ],
      };
    }
    case "topicChanged": {
      const t = envelope.topicChanged!;
      return {
        events: [
          {
            type: "topic",
            room: t.room ?? "",
            topic: t.topic ?? "",
            byNick: t.byNick ?? "",
            atMs: t.atMs ?? 0,
          },
        ],
      };
    }
    case "notice": {
      const n = envelope.notice!;
      return { events: [{ type: "notice", kind: n.kind ?? 0, text: n.text ?? "", atMs: n.atMs ?? 0 }] };
    }
    case "kicked": {
      const k = envelope.kicked!;
      const kicked = {
        reason: k.reason ?? "",
        by: k.by ?? "",
        banUntilMs: k.banUntilMs ?? 0,
        banPermanent: !!k.banPermanent,
      };
      return { events: [{ type: "kicked", ...kicked }], action: { type: "kicked", ...kicked } };
    }
    case "error": {
      const error = ServerError.from(envelope);
      if (error.code === ErrorCode.ERROR_CODE_BANNED)
        return {
          events: [],
          action: { type: "banned", reason: error.message, banUntilMs: error.banUntilMs },
        };
      // A fatal Error is the reason for the close that follows; the close tells it (ReconnectLoop).
      if (error.fatal) return nothing;
      return { events: [{ type: "error", text: describeError(error) }] };
    }
    default:
      return nothing;
  }
}

/** The conversation a read marker or an unread count names. */
export function markerTarget(named: { room?: string | null; withNick?: string | null }): Target {
  return named.room ? { room: named.room } : { nick: named.withNick ?? "" };
}

/** LoggedIn.unread as the interface sees it. */
export function unreadCounts(unread: readonly Unread[] | null | undefined): UnreadCount[] {
  return (unread ?? []).map((u) => ({
    target: markerTarget(u),
    readSeq: Number(u.readSeq ?? 0),
    count: Number(u.count ?? 0),
  }));
}

/** A Joined (event or reply) as the interface sees it. */
export function joinedEvent(joined: Joined, resumed: boolean, elsewhere = false): ClientEvent {
  return {
    type: "joined",
    room: joined.room ?? "",
    topic: joined.topic ?? "",
    members: joined.members ?? [],
    lastSeq: joined.lastSeq ?? 0,
    resumed,
    ...(elsewhere ? { elsewhere } : {}),
  };
}

/**
 * A page of stored messages. `fresh` marks a replay of what the user has not seen (counted as
 * unread); a first look or a page backwards also says whether older messages are stored.
 */
export function historyEvent(target: Target, history: History, fresh: boolean): ClientEvent {
  return {
    type: "history",
    target,
    messages: history.messages ?? [],
    fresh,
    olderAvailable: fresh ? undefined : !!history.hasMore,
  };
}

/** A page asked for while scrolling (see the history event's `page`). */
export function pageEvent(target: Target, history: History, page: "older" | "newer" | "latest"): ClientEvent {
  return {
    type: "history",
    target,
    messages: history.messages ?? [],
    fresh: false,
    page,
    hasMore: !!history.hasMore,
  };
}
