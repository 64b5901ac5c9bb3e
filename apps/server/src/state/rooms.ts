// Rooms in memory and the one way to reach their members: join, leave, leave all, fan out encoded
// bytes, peers of a member. Callers never loop over members themselves, so which members are local is
// this directory's business: it tells a cluster link which rooms have local members and hands it the
// presence other nodes' members must see, and delivers other nodes' traffic through the same calls.

import { nameSkeleton, type TokenBucket } from "@parley/protocol";
import type { RemoteMember } from "../cluster/remote-members.js";
import type { Member } from "./member.js";
import type { EncodedMemberList } from "./member-list.js";

export class Room<M extends Member = Member> {
  /** Local members in join order. Changed only by the directory; read them through it. */
  readonly members = new Set<M>();
  topic = "";
  topicBy = "";
  topicAtMs = 0;
  /**
   * Local members per account (case-folded name) with more than none: an account's clients are one
   * person here, who joins with the first client and leaves with the last. Guests are not counted.
   */
  readonly accountClients = new Map<string, number>();
  /** Members beyond the first of their account: `members.size` less this is the number of people. */
  extraClients = 0;
  /** Allowance for events every member sees (joins, topic and nick changes); made on first use. */
  eventBucket: TokenBucket | undefined;
  /**
   * The member list as Joined carries it (with, in a cluster, the members on other nodes), kept
   * between joins (handlers/member-page.ts); made on first use.
   */
  memberList: EncodedMemberList<M | RemoteMember> | undefined;

  /** The name's confusable skeleton, worked out on first use (see `skeleton`). */
  private nameSkeleton: string | undefined;
  /** This room alone as a set, made on first use (see `alone`). */
  private aloneSet: ReadonlySet<Room<M>> | undefined;

  constructor(
    /** Canonical (case-folded) name; also the history conversation key. */
    readonly name: string,
  ) {}

  /** The name's TR39 confusable skeleton: two rooms with one skeleton look alike ("admin", "аdmin"). */
  get skeleton(): string {
    this.nameSkeleton ??= nameSkeleton(this.name);
    return this.nameSkeleton;
  }

  /** A set holding only this room: the rooms of each member who is in it and no other, shared by all of them. */
  get alone(): ReadonlySet<Room<M>> {
    this.aloneSet ??= new Set([this]);
    return this.aloneSet;
  }
}

/**
 * One room's messages of a commit batch, each encoded once (see delivery.ts). A member who sent none
 * of them gets `all` in one write; a sender gets the same bytes with its acknowledgements in place.
 */
export interface RoomBatch<M extends Member = Member> {
  /** Number of messages. */
  readonly count: number;
  /** Every message's frame, joined in commit order. */
  readonly all: Uint8Array;
  /** Byte offset of each message's frame in `all`, plus the total length at the end. */
  readonly offsets: readonly number[];
  /** Acknowledgement of each message: its frame carrying the sender's request id. */
  readonly acks: readonly Uint8Array[];
  /** Members who sent messages in this batch, and the indexes of their messages, ascending. */
  readonly senders: ReadonlyMap<M, readonly number[]>;
}

/**
 * What the directory tells the rest of a cluster (cluster/backplane.ts): which rooms have members on
 * this node, and the presence frames members elsewhere must see. One node alone needs none.
 */
export interface RoomLink {
  /** `room` got its first local member. */
  occupied(room: string): void;
  /** `room` lost its last local member. */
  vacated(room: string): void;
  /** A presence frame for the members of `rooms` on other nodes. */
  presence(rooms: readonly string[], frame: Uint8Array): void;
  /**
   * Whether a client of `account` on another node is in `room`: the person is there already, so a
   * client of it joining or leaving here is no arrival or departure.
   */
  heldElsewhere(room: string, account: string): boolean;
}

export interface RoomDirectory<M extends Member = Member> {
  /** Rooms known (in memory). */
  readonly size: number;
  get(name: string): Room<M> | undefined;
  /** The room, created (in memory) if it does not exist yet; `created` says which. */
  getOrCreate(name: string): { room: Room<M>; created: boolean };
  all(): IterableIterator<Room<M>>;
  /** Forgets `room` if it has no members; false (and nothing changes) if it has any. */
  delete(room: Room<M>): boolean;
  /** Whether `member` is in `room`. */
  has(room: Room<M>, member: M): boolean;
  /** The rooms `member` is in, in join order. */
  roomsOf(member: M): ReadonlySet<Room<M>>;
  /** Members of `room`, in join order. */
  members(room: Room<M>): ReadonlySet<M>;
  /** People in `room`: each account counted once, however many of its clients are members. */
  memberCount(room: Room<M>): number;
  /** Every member sharing at least one room with `member`, itself included, each once. */
  peers(member: M): Set<M>;
  /**
   * Adds `member` to `room`; the members already there get `presence` first, unless another client of
   * the member's account is one of them (the person is there already). Returns false (and sends
   * nothing) if it was already a member.
   */
  join(room: Room<M>, member: M, presence: Uint8Array): boolean;
  /**
   * Removes `member` from `room`; every member, the leaver included, gets `presence` first (only the
   * leaver when another client of its account stays).
   */
  leave(room: Room<M>, member: M, presence: Uint8Array): void;
  /**
   * Removes `member` from every room; each peer gets the presence frame once (encoded only if there
   * is a peer to tell), except in rooms where another client of its account stays.
   */
  leaveAll(member: M, presence: () => Uint8Array): void;
  /** Recounts `member` under its new account in every room it is in (it registered, or dropped its account). */
  changeAccount(member: M, from: string, to: string): void;
  /** Writes `frame` to every member of `room`, on this node and (through the link) the others. */
  send(room: Room<M>, frame: Uint8Array): void;
  /** Writes a presence frame to every peer of `member`, itself included, each once. */
  sendPresenceToPeers(member: M, presence: Uint8Array): void;
  /**
   * Writes a presence frame once to every peer of any of `members` (the clients of one person, who
   * may be in different rooms), themselves included.
   */
  sendPresenceToPeersOfAll(members: readonly M[], presence: Uint8Array): void;
  /**
   * Fans out one room's messages of a commit batch: each member gets the batch's bytes in order, the
   * senders' acknowledgements spliced in place of their own messages; a sender no longer in the room
   * still gets its acknowledgements. Returns the deliveries made (acknowledgements not counted).
   */
  deliver(room: Room<M>, batch: RoomBatch<M>): number;
  /**
   * Writes another node's messages (`count` frames joined) to every local member of `room`; returns
   * the deliveries made.
   */
  deliverFrames(room: Room<M>, frames: Uint8Array, count: number): number;
  /** Writes another node's presence frame to the local members of `rooms`, each member once. */
  presenceFromElsewhere(rooms: Iterable<Room<M>>, presence: Uint8Array): void;
}

/** Most rooms a joining member may be in for its peers to be told whether they see it for the first time. */
const FIRST_SIGHT_MAX_ROOMS = 4;

/**
 * Whether `peer` shares none of `rooms` (the joining member's rooms before this join), so it learns
 * of the member from this join. Checked for a member in at most FIRST_SIGHT_MAX_ROOMS rooms, so a join
 * costs at most that many lookups a peer; past it the answer is "no", which only collapses less
 * (state/presence-collapse.ts).
 */
function firstSight<M extends Member>(rooms: ReadonlySet<Room<M>>, peer: M): boolean {
  if (rooms.size > FIRST_SIGHT_MAX_ROOMS) return false;
  for (const room of rooms) if (room.members.has(peer)) return false;
  return true;
}

export class LocalRoomDirectory<M extends Member = Member> implements RoomDirectory<M> {
  private readonly rooms = new Map<string, Room<M>>();
  /**
   * Each member's rooms, in join order; a member in no room has no entry, and one in a single room
   * (most members) has the room itself rather than a set of its own.
   */
  private readonly memberRooms = new Map<M, Room<M> | Set<Room<M>>>();

  constructor(
    /** The rest of the cluster; none for a node that is the whole system. */
    private readonly link?: RoomLink,
  ) {}

  get size(): number {
    return this.rooms.size;
  }

  get(name: string): Room<M> | undefined {
    return this.rooms.get(name);
  }

  getOrCreate(name: string): { room: Room<M>; created: boolean } {
    const existing = this.rooms.get(name);
    if (existing) return { room: existing, created: false };
    const room = new Room<M>(name);
    this.rooms.set(name, room);
    return { room, created: true };
  }

  all(): IterableIterator<Room<M>> {
    return this.rooms.values();
  }

  delete(room: Room<M>): boolean {
    if (room.members.size > 0 || this.rooms.get(room.name) !== room) return false;
    this.rooms.delete(room.name);
    return true;
  }

  has(room: Room<M>, member: M): boolean {
    return room.members.has(member);
  }

  roomsOf(member: M): ReadonlySet<Room<M>> {
    return this.roomSet(member) ?? NO_ROOMS;
  }

  members(room: Room<M>): ReadonlySet<M> {
    return room.members;
  }

  memberCount(room: Room<M>): number {
    return room.members.size - room.extraClients;
  }

  /** The rooms of `member` as a set; undefined when it is in none. */
  private roomSet(member: M): ReadonlySet<Room<M>> | undefined {
    const rooms = this.memberRooms.get(member);
    return rooms instanceof Room ? rooms.alone : rooms;
  }

  peers(member: M): Set<M> {
    const peers = new Set<M>([member]);
    const rooms = this.roomSet(member);
    if (rooms) for (const room of rooms) for (const peer of room.members) peers.add(peer);
    return peers;
  }

  join(room: Room<M>, member: M, presence: Uint8Array): boolean {
    if (room.members.has(member)) return false;
    if (addClient(room, member) && !this.heldElsewhere(room, member))
      this.announceJoin(room, member, presence);
    else if (this.link && room.members.size === 0) this.link.occupied(room.name);
    room.members.add(member);
    const rooms = this.memberRooms.get(member);
    if (!rooms) this.memberRooms.set(member, room);
    else if (rooms instanceof Room) this.memberRooms.set(member, new Set([rooms, room]));
    else rooms.add(room);
    return true;
  }

  private announceJoin(room: Room<M>, member: M, presence: Uint8Array): void {
    const rooms = this.roomSet(member);
    // In no room yet (a login): every member sees it for the first time, with no lookup per member.
    if (!rooms) for (const peer of room.members) peer.sendPresence(presence, true);
    else for (const peer of room.members) peer.sendPresence(presence, firstSight(rooms, peer));
    if (this.link) {
      if (room.members.size === 0) this.link.occupied(room.name);
      this.link.presence([room.name], presence);
    }
  }

  leave(room: Room<M>, member: M, presence: Uint8Array): void {
    if (!room.members.has(member)) return;
    const last = removeClient(room, member) && !this.heldElsewhere(room, member);
    if (last) for (const peer of room.members) peer.sendPresence(presence);
    else member.sendPresence(presence);
    room.members.delete(member);
    if (this.link) {
      if (last) this.link.presence([room.name], presence);
      if (room.members.size === 0) this.link.vacated(room.name);
    }
    const rooms = this.memberRooms.get(member);
    if (rooms === room) this.memberRooms.delete(member);
    else if (rooms instanceof Set && rooms.delete(room) && rooms.size === 1)
      this.memberRooms.set(member, rooms.values().next().value!);
  }

  leaveAll(member: M, presence: () => Uint8Array): void {
    const rooms = this.roomSet(member);
    if (!rooms) return;
    // Rooms another client of the account stays in (here or on another node) still hold the person:
    // nobody there is told.
    const left = [...rooms].filter((room) => removeClient(room, member) && !this.heldElsewhere(room, member));
    const peers = new Set<M>();
    for (const room of left) for (const peer of room.members) peers.add(peer);
    peers.delete(member);
    for (const room of rooms) room.members.delete(member);
    this.memberRooms.delete(member);
    if (this.link) {
      // Members elsewhere may share a room with it even when nobody here does.
      const frame = presence();
      for (const peer of peers) peer.sendPresence(frame);
      if (left.length)
        this.link.presence(
          left.map((room) => room.name),
          frame,
        );
      for (const room of rooms) if (room.members.size === 0) this.link.vacated(room.name);
      return;
    }
    if (peers.size === 0) return;
    const frame = presence();
    for (const peer of peers) peer.sendPresence(frame);
  }

  /** In a cluster: another node has a client of `member`'s account in `room` (see RoomLink). */
  private heldElsewhere(room: Room<M>, member: M): boolean {
    return (
      member.account !== "" && this.link !== undefined && this.link.heldElsewhere(room.name, member.account)
    );
  }

  changeAccount(member: M, from: string, to: string): void {
    for (const room of this.roomsOf(member)) {
      removeClient(room, member, from);
      addClient(room, member, to);
    }
  }

  send(room: Room<M>, frame: Uint8Array): void {
    for (const member of room.members) member.sendFrame(frame);
    this.link?.presence([room.name], frame);
  }

  sendPresenceToPeers(member: M, presence: Uint8Array): void {
    this.sendPresenceToPeersOfAll([member], presence);
  }

  sendPresenceToPeersOfAll(members: readonly M[], presence: Uint8Array): void {
    const peers = members.length === 1 ? this.peers(members[0]!) : new Set<M>();
    if (members.length > 1)
      for (const member of members) for (const peer of this.peers(member)) peers.add(peer);
    for (const peer of peers) peer.sendPresence(presence);
    if (!this.link) return;
    const names = new Set<string>();
    for (const member of members) for (const room of this.roomSet(member) ?? []) names.add(room.name);
    if (names.size > 0) this.link.presence([...names], presence);
  }

  deliverFrames(room: Room<M>, frames: Uint8Array, count: number): number {
    for (const member of room.members) {
      member.sendFrame(frames);
      member.messagesOut += count;
    }
    return room.members.size * count;
  }

  presenceFromElsewhere(rooms: Iterable<Room<M>>, presence: Uint8Array): void {
    const reached = new Set<M>();
    for (const room of rooms) for (const member of room.members) reached.add(member);
    for (const member of reached) member.sendPresence(presence);
  }

  deliver(room: Room<M>, batch: RoomBatch<M>): number {
    const { count, all, offsets, acks, senders } = batch;
    let delivered = 0;
    for (const member of room.members) {
      const own = senders.get(member);
      if (!own) {
        member.sendFrame(all);
        member.messagesOut += count;
        delivered += count;
        continue;
      }
      let from = 0;
      for (const i of own) {
        if (i > from) member.sendFrame(all.subarray(offsets[from], offsets[i]));
        member.sendFrame(acks[i]!);
        from = i + 1;
      }
      if (from < count) member.sendFrame(all.subarray(offsets[from]));
      member.messagesOut += count - own.length;
      delivered += count - own.length;
    }
    for (const [sender, own] of senders) {
      if (!room.members.has(sender)) for (const i of own) sender.sendFrame(acks[i]!);
    }
    return delivered;
  }
}

const NO_ROOMS: ReadonlySet<never> = new Set();

/** Counts `member` in as a client of its account; true if it is the first (a person arrives). */
function addClient<M extends Member>(room: Room<M>, member: M, account = member.account): boolean {
  if (!account) return true;
  const clients = room.accountClients.get(account) ?? 0;
  room.accountClients.set(account, clients + 1);
  if (clients > 0) room.extraClients++;
  return clients === 0;
}

/** Counts `member` out; true if it was its account's last client here (the person leaves). */
function removeClient<M extends Member>(room: Room<M>, member: M, account = member.account): boolean {
  if (!account) return true;
  const clients = room.accountClients.get(account) ?? 0;
  if (clients <= 1) {
    room.accountClients.delete(account);
    return true;
  }
  room.accountClients.set(account, clients - 1);
  room.extraClients--;
  return false;
}
