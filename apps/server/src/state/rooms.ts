// Rooms in memory: members, topic, and fan-out of one encoded frame to every member.
// Behind an interface so a backplane (Redis pub/sub) can relay room traffic between nodes later.
import type { Session } from "../session.js";

export class Room {
  /** Members in join order. */
  readonly members = new Set<Session>();
  topic = "";
  topicBy = "";
  topicAtMs = 0;

  constructor(
    /** Canonical (case-folded) name; also the history conversation key. */
    readonly name: string,
  ) {}
}

export interface RoomDirectory {
  get(name: string): Room | undefined;
  /** The room, created (in memory) if it does not exist yet; `created` says which. */
  getOrCreate(name: string): { room: Room; created: boolean };
  all(): IterableIterator<Room>;
  readonly size: number;
  /** Writes `frame` to every member except `except`. */
  broadcast(room: Room, frame: Uint8Array, except?: Session): void;
  /** Sends a presence frame to every member (batched with other presence, see PresenceBatch). */
  broadcastPresence(room: Room, frame: Uint8Array): void;
}

export class LocalRoomDirectory implements RoomDirectory {
  private readonly rooms = new Map<string, Room>();

  get size(): number {
    return this.rooms.size;
  }

  get(name: string): Room | undefined {
    return this.rooms.get(name);
  }

  getOrCreate(name: string): { room: Room; created: boolean } {
    const existing = this.rooms.get(name);
    if (existing) return { room: existing, created: false };
    const room = new Room(name);
    this.rooms.set(name, room);
    return { room, created: true };
  }

  all(): IterableIterator<Room> {
    return this.rooms.values();
  }

  broadcast(room: Room, frame: Uint8Array, except?: Session): void {
    for (const member of room.members) {
      if (member !== except) member.sendFrame(frame);
    }
  }

  broadcastPresence(room: Room, frame: Uint8Array): void {
    for (const member of room.members) member.sendPresence(frame);
  }
}

/** Every session that shares at least one room with `session`, itself included, each once. */
export function roomPeers(session: Session): Set<Session> {
  const peers = new Set<Session>([session]);
  for (const room of session.rooms) for (const member of room.members) peers.add(member);
  return peers;
}
