// Resume points: the newest sequence number seen in each conversation, so a client that reconnects
// asks for exactly what it missed (a Login with `resume` and `since_seq` per room) — no gap, no duplicate.
// Pure bookkeeping fed with envelopes; it survives the connections it outlives and does no I/O.

import { foldName, sameName } from "./fold.js";
import { type ChatMessage, type DecodedEnvelope, type JoinRoom, PresenceKind } from "./messages.js";

/** A direct conversation's resume point: the peer's nick as last seen, and the newest seq in it. */
export interface DirectPoint {
  nick: string;
  lastSeq: number;
}

/** What one envelope meant for resumption (`observe`'s answer). */
export type ResumeNote =
  /** A Joined: `resumed` when it answers a room in the resuming Login (a History replay follows). */
  | { type: "joined"; room: string; resumed: boolean }
  /**
   * A room's History. `replay` marks the first one after a resuming Login: messages the user has not
   * seen. `continueAfterSeq` is set when that replay did not fit in one frame: fetch onwards from there
   * (with `FetchHistory.after_seq`), reporting progress through `catchUp`.
   */
  | { type: "history"; room: string; replay: boolean; continueAfterSeq?: number };

/**
 * Where each conversation stands. Rooms are kept while joined (`leave` drops one); direct
 * conversations by the folded nick of the peer, opened explicitly or by the first message either way.
 * Feed it every Joined, History and ChatMessage the connection delivers — replies as well as events.
 */
export class ResumePoints {
  /** Rooms we are in, with the newest seq seen in each. */
  private readonly roomSeqs = new Map<string, number>();
  /** Direct conversations by folded peer nick. */
  private readonly directPoints = new Map<string, DirectPoint>();
  /** Rooms whose paged replay is still being fetched: the cursor reached so far. */
  private readonly catchingUp = new Map<string, number>();
  /** Rooms named in the resuming Login whose replay has not arrived yet. */
  private readonly resuming = new Set<string>();
  /** Our own nick: decides which side of a direct message is the peer. */
  nick: string;

  constructor(nick = "") {
    this.nick = nick;
  }

  /** Rooms joined, in the order they were joined. */
  get rooms(): string[] {
    return [...this.roomSeqs.keys()];
  }

  /** Direct conversations being followed. */
  get directs(): DirectPoint[] {
    return [...this.directPoints.values()];
  }

  /** The newest seq seen in `room`, or undefined if we are not in it. */
  roomSeq(room: string): number | undefined {
    return this.roomSeqs.get(room);
  }

  /** The resume point of the direct conversation with `nick`, if it is followed. */
  direct(nick: string): DirectPoint | undefined {
    return this.directPoints.get(foldName(nick));
  }

  has(room: string): boolean {
    return this.roomSeqs.has(room);
  }

  /**
   * The `Login.rooms` entries that resume every joined room from its resume point (a room still
   * paging in its replay resumes from the page reached). Marks those rooms as resuming, so their
   * Joined and first History are told apart from a first join. Call once per connection.
   */
  loginRooms(): JoinRoom[] {
    const rooms = [...this.roomSeqs].map(([room, seen]) => ({
      room,
      resume: true,
      sinceSeq: Math.min(seen, this.catchingUp.get(room) ?? seen),
    }));
    this.catchingUp.clear();
    this.resuming.clear();
    for (const { room } of rooms) this.resuming.add(room);
    return rooms;
  }

  /** Whether `room`'s resume replay is still awaited (its Joined and History are a resume). */
  isResuming(room: string): boolean {
    return this.resuming.has(room);
  }

  /** Updates the points from one envelope; says what it meant for resumption when it was a Joined or a room's History. */
  observe(envelope: DecodedEnvelope): ResumeNote | undefined {
    switch (envelope.body) {
      case "message":
        this.track(envelope.message as ChatMessage);
        return undefined;
      case "joined": {
        const room = envelope.joined?.room ?? "";
        if (!room) return undefined;
        const resumed = this.resuming.has(room);
        // A first join: everything up to last_seq is in the History that follows or older than asked
        // for. A resume must not jump ahead: its replay may come in pages.
        if (!resumed)
          this.roomSeqs.set(room, Math.max(this.roomSeqs.get(room) ?? 0, envelope.joined?.lastSeq ?? 0));
        else if (!this.roomSeqs.has(room)) this.roomSeqs.set(room, 0);
        return { type: "joined", room, resumed };
      }
      case "history": {
        const history = envelope.history!;
        const messages = history.messages ?? [];
        for (const message of messages) this.track(message as ChatMessage);
        const room = history.room ?? "";
        if (!room) return undefined;
        const replay = this.resuming.delete(room);
        const last = messages[messages.length - 1]?.seq;
        if (replay && history.hasMore && last) {
          this.catchingUp.set(room, last);
          return { type: "history", room, replay, continueAfterSeq: last };
        }
        return { type: "history", room, replay };
      }
      case "presence": {
        const presence = envelope.presence!;
        if (presence.kind === PresenceKind.PRESENCE_KIND_NICK && presence.oldNick && presence.nick)
          this.renamed(presence.oldNick, presence.nick);
        return undefined;
      }
      default:
        return undefined;
    }
  }

  /** Remembers the newest seq of one stored message: a room's if we are in it, else a direct conversation's. */
  track(message: ChatMessage): void {
    const seq = message.seq ?? 0;
    if (message.room) {
      const seen = this.roomSeqs.get(message.room);
      if (seen !== undefined) this.roomSeqs.set(message.room, Math.max(seen, seq));
      return;
    }
    const own = sameName(message.fromNick ?? "", this.nick);
    const peer = own ? (message.toNick ?? "") : (message.fromNick ?? "");
    if (!peer) return;
    const key = foldName(peer);
    const point = this.directPoints.get(key) ?? { nick: peer, lastSeq: 0 };
    this.directPoints.set(key, { ...point, lastSeq: Math.max(point.lastSeq, seq) });
  }

  /** Progress of a paged replay (the last seq fetched); a reconnect meanwhile resumes from here. */
  catchUp(room: string, cursor: number): void {
    this.catchingUp.set(room, cursor);
  }

  /** The paged replay of `room` is complete (or abandoned). */
  caughtUp(room: string): void {
    this.catchingUp.delete(room);
  }

  /** We left `room`: it is no longer resumed. */
  leave(room: string): void {
    this.roomSeqs.delete(room);
    this.catchingUp.delete(room);
    this.resuming.delete(room);
  }

  /** Follows the direct conversation with `nick` from the start (no-op if already followed). Returns false if it was. */
  openDirect(nick: string): boolean {
    const key = foldName(nick);
    if (this.directPoints.has(key)) return false;
    this.directPoints.set(key, { nick, lastSeq: 0 });
    return true;
  }

  /** Stops following the direct conversation with `nick`. */
  closeDirect(nick: string): void {
    this.directPoints.delete(foldName(nick));
  }

  /** Someone changed nick: our own nick, or a direct conversation's peer, follows. */
  renamed(oldNick: string, nick: string): void {
    if (sameName(oldNick, this.nick)) this.nick = nick;
    const key = foldName(oldNick);
    const point = this.directPoints.get(key);
    if (!point) return;
    this.directPoints.delete(key);
    this.directPoints.set(foldName(nick), { ...point, nick });
  }
}
