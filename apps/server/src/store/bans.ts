// Bans on nicks, addresses and address ranges (CIDR), kept in the database so they survive restarts;
// expired bans are ignored.
import { type Ban, MAX_BAN_DURATION_MS, nameSkeleton } from "@parley/protocol";
import { parseAddressRange, rangeMatcher } from "../net/address-range.js";
import type { Db } from "./db.js";

type Row = {
  id: number;
  nick: string;
  address: string;
  reason: string;
  by: string;
  created_at_ms: number;
  until_ms: number;
};

/**
 * A stored row as a Ban. Permanent is its own state (until_ms 0 in the table, `permanent` on the wire);
 * an end further than MAX_BAN_DURATION_MS from the ban's creation, such as rows written before durations
 * were bounded, is read as permanent, which is what it meant, rather than as a date no one can format.
 */
function toBan(row: Row): Ban {
  const permanent = row.until_ms === 0 || row.until_ms - row.created_at_ms > MAX_BAN_DURATION_MS;
  return {
    id: row.id,
    nick: row.nick,
    address: row.address,
    reason: row.reason,
    by: row.by,
    createdAtMs: row.created_at_ms,
    untilMs: permanent ? 0 : row.until_ms,
    permanent,
  };
}

export interface NewBan {
  /** Case-folded nick, or empty. */
  nick?: string;
  /** An exact address ("10.0.0.7", "::1") or a CIDR range ("10.0.0.0/8", "2001:db8::/32"), or empty. */
  address?: string;
  reason?: string;
  by?: string;
  /** End of the ban in ms since the epoch, at most MAX_BAN_DURATION_MS ahead; 0 for permanent. */
  untilMs: number;
}

/**
 * Bans are checked on every connection and every login, so they are kept in memory too: the database
 * is written on every change and read once, at start.
 */
export class BanStore {
  private readonly db: Db;
  private readonly insert;
  private readonly byId;
  private readonly deleteById;
  /** Every stored ban, expired ones included (they are filtered on read), in id order. */
  private readonly all: Ban[];
  /** Address matcher per address ban, by ban id: exact addresses and ranges alike, IPv6 by value not spelling. */
  private readonly matchers = new Map<number, (address: string) => boolean>();

  constructor(db: Db) {
    this.db = db;
    this.insert = db.prepare(
      "INSERT INTO bans (nick, address, reason, by, created_at_ms, until_ms) VALUES (?, ?, ?, ?, ?, ?)",
    );
    this.byId = db.prepare("SELECT * FROM bans WHERE id = ?");
    this.deleteById = db.prepare("DELETE FROM bans WHERE id = ?");
    this.all = (db.prepare("SELECT * FROM bans ORDER BY id").all() as Row[]).map(toBan);
  }

  /**
   * Stores `bans` and, in the same transaction, whatever `alongside` writes (the audit entry): if either
   * throws, nothing is stored and the bans are not in force. Returns the bans as stored.
   */
  add(bans: NewBan[], nowMs: number, alongside: (stored: Ban[]) => void = () => {}): Ban[] {
    const stored = this.db.transaction(() => {
      const rows = bans.map((ban) => {
        const info = this.insert.run(
          ban.nick ?? "",
          ban.address ?? "",
          ban.reason ?? "",
          ban.by ?? "",
          nowMs,
          ban.untilMs,
        );
        return toBan(this.byId.get(info.lastInsertRowid) as Row);
      });
      alongside(rows);
      return rows;
    })();
    this.all.push(...stored);
    return stored;
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
    const skeleton = foldedNick ? nameSkeleton(foldedNick) : undefined;
    for (const ban of this.all) {
      const hit =
        (skeleton && ban.nick && (ban.nick === foldedNick || nameSkeleton(ban.nick) === skeleton)) ||
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

  /** Removes the given bans; returns those that existed. */
  remove(ids: number[]): Ban[] {
    const removed: Ban[] = [];
    for (const id of ids) {
      const index = this.all.findIndex((ban) => ban.id === id);
      if (index < 0) continue;
      this.deleteById.run(id);
      this.matchers.delete(id);
      removed.push(...this.all.splice(index, 1));
    }
    return removed;
  }
}
