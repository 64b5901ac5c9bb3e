// The session registry: every open session by id, logged-in sessions by case-folded nick, and each
// account's sessions. It knows sessions only as members (state/member.ts), behind an interface so a
// multi-node backplane can answer "who is online" later.
import { nameSkeleton } from "@parley/protocol";
import type { Member } from "./member.js";

export interface SessionRegistry<M extends Member = Member> {
  /** Open sessions, logged in or not. */
  readonly size: number;
  add(member: M): void;
  /** Forgets the session, releases its nick and takes it off its account's list. */
  remove(member: M): void;
  byId(id: number): M | undefined;
  /** A logged-in session holding this case-folded nick (the earliest, when an account's clients share it). */
  byNick(foldedNick: string): M | undefined;
  /** Every session holding this case-folded nick: one for a guest, each client of an account. */
  holdersOf(foldedNick: string): Iterable<M>;
  /**
   * Gives `member` the nick if free (or already its own, or held by other clients of the same
   * account); false if another session holds it or a nick that looks like it (the same confusable
   * skeleton: "alice" and "аlice").
   */
  claimNick(member: M, foldedNick: string): boolean;
  releaseNick(member: M): void;
  /**
   * The sessions logged in to `account` (case-folded), in login order: the one view of a person's
   * clients that delivery, presence and away state read.
   */
  sessionsOf(account: string): ReadonlySet<M>;
  /** Records that `member` moved from account `from` to account `to` ("" for a guest). */
  changeAccount(member: M, from: string, to: string): void;
  all(): IterableIterator<M>;
  /** Writes `frame` to every logged-in session that is not closing; returns how many got it. */
  sendToLoggedIn(frame: Uint8Array): number;
}

export class LocalSessionRegistry<M extends Member = Member> implements SessionRegistry<M> {
  private readonly sessions = new Map<number, M>();
  /**
   * Logged-in sessions by case-folded nick: a nick is claimed at login and held until close. Its one
   * holder is kept as itself; a set is made only when clients of one account share the nick (a set
   * per session was 150 bytes of every idle session).
   */
  private readonly nicks = new Map<string, M | Set<M>>();
  /** The nick holding each confusable skeleton, so look-alikes cannot be online together. */
  private readonly skeletons = new Map<string, string>();
  /** Sessions logged in to each account, in login order. */
  private readonly accounts = new Map<string, Set<M>>();

  get size(): number {
    return this.sessions.size;
  }

  add(member: M): void {
    this.sessions.set(member.id, member);
  }

  remove(member: M): void {
    this.sessions.delete(member.id);
    this.releaseNick(member);
    this.changeAccount(member, member.account, "");
  }

  byId(id: number): M | undefined {
    return this.sessions.get(id);
  }

  byNick(foldedNick: string): M | undefined {
    const holders = this.nicks.get(foldedNick);
    return holders instanceof Set ? holders.values().next().value : holders;
  }

  holdersOf(foldedNick: string): Iterable<M> {
    const holders = this.nicks.get(foldedNick);
    return holders === undefined ? NONE : holders instanceof Set ? holders : [holders];
  }

  claimNick(member: M, foldedNick: string): boolean {
    const skeleton = nameSkeleton(foldedNick);
    const lookalike = this.skeletons.get(skeleton);
    if (lookalike !== undefined && lookalike !== foldedNick && !this.onlyHolder(lookalike, member))
      return false;
    const holders = this.nicks.get(foldedNick);
    if (holders !== undefined) {
      if (holders === member || (holders instanceof Set && holders.has(member))) return true;
      // Clients of one account share its nick; anyone else is refused.
      for (const holder of holders instanceof Set ? holders : [holders])
        if (!member.account || holder.account !== member.account) return false;
    }
    this.releaseNick(member);
    if (holders === undefined) this.nicks.set(foldedNick, member);
    else if (holders instanceof Set) holders.add(member);
    else this.nicks.set(foldedNick, new Set([holders, member]));
    this.skeletons.set(skeleton, foldedNick);
    return true;
  }

  /** Whether `member` is the only session holding `foldedNick`. */
  private onlyHolder(foldedNick: string, member: M): boolean {
    const holders = this.nicks.get(foldedNick);
    return (
      holders === undefined ||
      holders === member ||
      (holders instanceof Set && holders.size === 1 && holders.has(member))
    );
  }

  releaseNick(member: M): void {
    if (!member.foldedNick) return;
    const holders = this.nicks.get(member.foldedNick);
    if (holders instanceof Set) {
      if (!holders.delete(member)) return;
      // Down to one: held as itself again.
      if (holders.size === 1) this.nicks.set(member.foldedNick, holders.values().next().value!);
      return;
    }
    if (holders !== member) return;
    this.nicks.delete(member.foldedNick);
    const skeleton = nameSkeleton(member.foldedNick);
    if (this.skeletons.get(skeleton) === member.foldedNick) this.skeletons.delete(skeleton);
  }

  sessionsOf(account: string): ReadonlySet<M> {
    return (account && this.accounts.get(account)) || NONE;
  }

  changeAccount(member: M, from: string, to: string): void {
    if (from === to) return;
    const before = from ? this.accounts.get(from) : undefined;
    if (before?.delete(member) && before.size === 0) this.accounts.delete(from);
    if (!to || !this.sessions.has(member.id)) return;
    const after = this.accounts.get(to);
    if (after) after.add(member);
    else this.accounts.set(to, new Set([member]));
  }

  all(): IterableIterator<M> {
    return this.sessions.values();
  }

  sendToLoggedIn(frame: Uint8Array): number {
    let count = 0;
    for (const holders of this.nicks.values()) {
      if (!(holders instanceof Set)) {
        if (holders.sendFrame(frame)) count++;
      } else for (const member of holders) if (member.sendFrame(frame)) count++;
    }
    return count;
  }
}

const NONE: ReadonlySet<never> = new Set();
