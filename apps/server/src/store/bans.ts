// Bans on nicks, addresses and address ranges (CIDR), kept in the store so they survive restarts and
// in memory so every connection and login is checked without a read; expired bans are ignored.
import { type AuditEntry, type Ban, nameSkeleton } from "@parley/protocol";
import { parseAddressRange, rangeMatcher } from "../net/address-range.js";
import { type AuditRecord, type Awaitable, type BanRecords, isPromise, type NewBan } from "./store.js";

export type { NewBan };

/**
 * Bans are checked on every connection and every login, so they are kept in memory too: the database
 * is written on every change and read once, at start.
 */
export class BanStore {
  /** Every stored ban, expired ones included (they are filtered on read), in id order. */
  private readonly all: Ban[] = [];
  /** Address matcher per address ban, by ban id: exact addresses and ranges alike, IPv6 by value not spelling. */
  private readonly matchers = new Map<number, (address: string) => boolean>();

  constructor(private readonly records: BanRecords) {}

  /** Takes in what the store holds at start (records.load()). */
  load(loaded: Ban[]): void {
    this.all.push(...loaded);
  }

  /**
   * Stores `bans` and, in the same transaction, the audit entry `audit` makes of them: if either
   * fails, nothing is stored and the bans are not in force. Returns the bans as stored and the entry.
   */
  add(
    bans: NewBan[],
    nowMs: number,
    audit: (stored: Ban[]) => AuditRecord,
  ): Awaitable<{ bans: Ban[]; entry: AuditEntry }> {
    const keep = (result: { bans: Ban[]; entry: AuditEntry }) => {
      this.all.push(...result.bans);
      return result;
    };
    const stored = this.records.add(bans, nowMs, audit);
    return isPromise(stored) ? stored.then(keep) : keep(stored);
  }

  /** Bans another node of a cluster stored: in force here too, from now on (known ids are skipped). */
  adopt(bans: readonly Ban[]): void {
    for (const ban of bans) if (!this.all.some((known) => known.id === ban.id)) this.all.push(ban);
  }

  /** Bans another node of a cluster removed from the store: no longer in force here either. */
  forget(ids: readonly number[]): void {
    for (const id of ids) {
      const index = this.all.findIndex((ban) => ban.id === id);
      if (index < 0) continue;
      this.matchers.delete(id);
      this.all.splice(index, 1);
    }
  }

  /** Bans in force at `nowMs`. */
  list(nowMs: number): Ban[] {
    return this.all.filter((ban) => !ban.untilMs || ban.untilMs > nowMs);
  }

  /**
   * The ban in force on this nick, or on one that looks like it (the same confusable skeleton: a ban on
   * "bob" holds "bоb" too), or on this address (in a banned range or equal to a banned one) that ends
   * last, if any.
   */
  find(nowMs: number, foldedNick: string | undefined, address: string | undefined): Ban | undefined {
    let found: Ban | undefined;
    // Worked out at the first nick ban, not for every login to a server with none.
    let skeleton: string | undefined;
    const looksLike = (nick: string) => {
      skeleton ??= nameSkeleton(foldedNick!);
      return nameSkeleton(nick) === skeleton;
    };
    for (const ban of this.all) {
      const hit =
        (foldedNick && ban.nick && (ban.nick === foldedNick || looksLike(ban.nick))) ||
        (address && this.covers(ban, address));
      if (!hit || (ban.untilMs && ban.untilMs <= nowMs)) continue;
      if (!found || ban.untilMs === 0 || (found.untilMs !== 0 && (ban.untilMs ?? 0) > (found.untilMs ?? 0)))
        found = ban;
    }
    return found;
  }

  /** True if `ban` is on an address or range that includes `address`. */
  private covers(ban: Ban, address: string): boolean {
    if (!ban.address) return false;
    const id = Number(ban.id);
    let match = this.matchers.get(id);
    if (!match) {
      const range = parseAddressRange(ban.address);
      // A stored address that no longer parses matches only itself, as before ranges existed.
      match = range ? rangeMatcher(range) : (candidate) => candidate === ban.address;
      this.matchers.set(id, match);
    }
    return match(address);
  }

  /** Removes the given bans from the store and from force; returns those that existed. */
  remove(ids: number[]): Awaitable<Ban[]> {
    const known = ids.filter((id) => this.all.some((ban) => ban.id === id));
    const forget = (): Ban[] => {
      const removed: Ban[] = [];
      for (const id of known) {
        const index = this.all.findIndex((ban) => ban.id === id);
        if (index < 0) continue;
        this.matchers.delete(id);
        removed.push(...this.all.splice(index, 1));
      }
      return removed;
    };
    if (known.length === 0) return [];
    const done = this.records.remove(known);
    return isPromise(done) ? done.then(forget) : forget();
  }
}
