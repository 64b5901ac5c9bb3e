// Who is in each room on the other nodes of a cluster, for Joined, ListMembers and ListRooms' counts:
// the session records the heartbeat reads, kept current between reads by the presence frames heard.
// Free of I/O: the node inbox feeds it.
import { decodeEnvelope, FrameDecoder, foldName, PresenceKind } from "@parley/protocol";
import type { SessionRecord } from "./backplane.js";

/** A member on another node, as the member lists show it. */
export interface RemoteMember {
  readonly remote: true;
  readonly id: number;
  nick: string;
  registered: boolean;
  away: boolean;
}

/** A presence heard from another node, kept until the next read of the records has seen it. */
interface Heard {
  readonly atMs: number;
  readonly rooms: readonly string[];
  readonly frame: Uint8Array;
}

/**
 * Each room's members on the other nodes. Reading every node's records from Redis at each Joined or
 * ListMembers would cost a round trip and the whole cluster's sessions per join (a login storm reads
 * them thousands of times), so the view is the heartbeat's read, with the presence events heard since
 * applied on top. A read may have been answered before a presence heard just now was published, so
 * the presences heard since the read began are kept and applied again to each new read: they are
 * state changes (join, leave, rename), so applying one the read already reflects changes nothing, and
 * they are applied in the order they were heard.
 */
export class RemoteMembers {
  private readonly byRoom = new Map<string, Map<number, RemoteMember>>();
  private heard: Heard[] = [];

  /**
   * The other nodes' records were read again, the read having begun at `readFromMs`: the view is
   * rebuilt from them, and the presences heard since then applied again.
   */
  reconcile(records: readonly SessionRecord[], readFromMs: number): void {
    const before = new Map(this.byRoom);
    this.byRoom.clear();
    for (const record of records) {
      for (const room of record.rooms) {
        // The same object for an unchanged member: a room's encoded list (state/member-list.ts) keeps
        // the entries of members it already has, and is not encoded again at every heartbeat.
        const known = before.get(room)?.get(record.id);
        const member: RemoteMember =
          known && known.nick === record.nick
            ? known
            : { remote: true, id: record.id, nick: record.nick, registered: false, away: false };
        member.registered = !!record.account;
        member.away = !!record.awayMessage;
        this.room(room).set(record.id, member);
      }
    }
    this.heard = this.heard.filter((heard) => heard.atMs >= readFromMs);
    for (const heard of this.heard) this.apply(heard.rooms, heard.frame);
  }

  /** A presence frame another node published for `rooms`, heard at `atMs` (this node's clock). */
  presence(rooms: readonly string[], frame: Uint8Array, atMs: number): void {
    this.heard.push({ atMs, rooms, frame });
    this.apply(rooms, frame);
  }

  /**
   * The people in `room` on other nodes, in session-id order. A nick is held by one person across the
   * cluster (an account's clients share it), so a person is listed once, under its earliest session
   * there, and not at all when `hereNicks` (case-folded) says it has a client in the room here.
   */
  people(room: string, hereNicks: ReadonlySet<string>): RemoteMember[] {
    const members = this.byRoom.get(room);
    if (!members || members.size === 0) return [];
    const sorted = [...members.values()].sort((a, b) => a.id - b.id);
    const seen = new Set<string>();
    return sorted.filter((member) => {
      const folded = foldName(member.nick);
      if (seen.has(folded) || hereNicks.has(folded)) return false;
      seen.add(folded);
      return true;
    });
  }

  private room(name: string): Map<number, RemoteMember> {
    let members = this.byRoom.get(name);
    if (members) return members;
    members = new Map();
    this.byRoom.set(name, members);
    return members;
  }

  private apply(rooms: readonly string[], frame: Uint8Array): void {
    let bodies: Uint8Array[];
    try {
      bodies = new FrameDecoder().push(frame);
    } catch {
      return;
    }
    for (const body of bodies) {
      const presence = presenceOf(body);
      if (!presence) continue;
      const id = Number(presence.sessionId ?? 0);
      const names = presence.room ? [presence.room] : rooms;
      for (const name of names) this.change(name, presence.kind ?? 0, id, presence);
    }
  }

  private change(
    name: string,
    kind: PresenceKind,
    id: number,
    presence: { nick?: string | null; registered?: boolean | null; away?: boolean | null },
  ): void {
    const members = this.byRoom.get(name);
    const subject = members?.get(id);
    // What happens to the subject happens to its account's other clients (which share its nick) too:
    // an account's presence is that of the person.
    const person = (each: (member: RemoteMember) => void) => {
      if (!members || !subject) return;
      const folded = foldName(subject.nick);
      for (const member of [...members.values()])
        if (member === subject || foldName(member.nick) === folded) each(member);
    };
    switch (kind) {
      case PresenceKind.PRESENCE_KIND_JOIN: {
        const members = this.room(name);
        const known = members.get(id);
        if (known) {
          known.nick = presence.nick ?? known.nick;
          known.away = !!presence.away;
        } else
          members.set(id, {
            remote: true,
            id,
            nick: presence.nick ?? "",
            registered: !!presence.registered,
            away: !!presence.away,
          });
        return;
      }
      case PresenceKind.PRESENCE_KIND_LEAVE:
      case PresenceKind.PRESENCE_KIND_QUIT:
      case PresenceKind.PRESENCE_KIND_KICK:
        person((member) => members!.delete(member.id));
        return;
      case PresenceKind.PRESENCE_KIND_NICK:
        person((member) => (member.nick = presence.nick ?? member.nick));
        return;
      case PresenceKind.PRESENCE_KIND_AWAY:
        person((member) => (member.away = true));
        return;
      case PresenceKind.PRESENCE_KIND_BACK:
        person((member) => (member.away = false));
        return;
    }
  }
}

/** The Presence in a frame body; undefined for another message or bytes that do not decode. */
function presenceOf(body: Uint8Array) {
  try {
    return decodeEnvelope(body).presence ?? undefined;
  } catch {
    return undefined;
  }
}
