// The session registry: every open session by id, and logged-in sessions by case-folded nick. It knows
// sessions only as members (state/member.ts), behind an interface so a multi-node backplane can answer
// "who is online" later.
import { nameSkeleton } from "@parley/protocol";
import type { Member } from "./member.js";

export interface SessionRegistry<M extends Member = Member> {
  /** Open sessions, logged in or not. */
  readonly size: number;
  add(member: M): void;
  /** Forgets the session and releases its nick. */
  remove(member: M): void;
  byId(id: number): M | undefined;
  /** The logged-in session holding this case-folded nick. */
  byNick(foldedNick: string): M | undefined;
  /**
   * Gives `member` the nick if free (or already its own); false if another session holds it or a nick
   * that looks like it (the same confusable skeleton: "alice" and "аlice").
   */
  claimNick(member: M, foldedNick: string): boolean;
  releaseNick(member: M): void;
  all(): IterableIterator<M>;
  /** Writes `frame` to every logged-in session that is not closing; returns how many got it. */
  sendToLoggedIn(frame: Uint8Array): number;
}

export class LocalSessionRegistry<M extends Member = Member> implements SessionRegistry<M> {
  private readonly sessions = new Map<number, M>();
  /** Logged-in sessions by case-folded nick: a nick is claimed at login and held until close. */
  private readonly nicks = new Map<string, M>();
  /** The same sessions by their nick's confusable skeleton, so look-alikes cannot be online together. */
  private readonly skeletons = new Map<string, M>();

  get size(): number {
    return this.sessions.size;
  }

  add(member: M): void {
    this.sessions.set(member.id, member);
  }

  remove(member: M): void {
    this.sessions.delete(member.id);
    this.releaseNick(member);
  }

  byId(id: number): M | undefined {
    return this.sessions.get(id);
  }

  byNick(foldedNick: string): M | undefined {
    return this.nicks.get(foldedNick);
  }

  claimNick(member: M, foldedNick: string): boolean {
    const skeleton = nameSkeleton(foldedNick);
    const holder = this.nicks.get(foldedNick) ?? this.skeletons.get(skeleton);
    if (holder && holder !== member) return false;
    this.releaseNick(member);
    this.nicks.set(foldedNick, member);
    this.skeletons.set(skeleton, member);
    return true;
  }

  releaseNick(member: M): void {
    if (!member.foldedNick) return;
    if (this.nicks.get(member.foldedNick) === member) this.nicks.delete(member.foldedNick);
    const skeleton = nameSkeleton(member.foldedNick);
    if (this.skeletons.get(skeleton) === member) this.skeletons.delete(skeleton);
  }

  all(): IterableIterator<M> {
    return this.sessions.values();
  }

  sendToLoggedIn(frame: Uint8Array): number {
    let count = 0;
    for (const member of this.nicks.values()) if (member.sendFrame(frame)) count++;
    return count;
  }
}
