// Bans on nicks and addresses, kept in the database so they survive restarts; expired bans are ignored.
import type { Ban } from "@parley/protocol";
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

function toBan(row: Row): Ban {
  return {
    id: row.id,
    nick: row.nick,
    address: row.address,
    reason: row.reason,
    by: row.by,
    createdAtMs: row.created_at_ms,
    untilMs: row.until_ms,
  };
}

export interface NewBan {
  /** Case-folded nick, or empty. */
  nick?: string;
  address?: string;
  reason?: string;
  by?: string;
  /** End of the ban in ms since the epoch; 0 for permanent. */
  untilMs: number;
}

/**
 * Bans are checked on every connection and every login, so they are kept in memory too: the database
 * is written on every change and read once, at start.
 */
export class BanStore {
  private readonly insert;
  private readonly byId;
  private readonly deleteById;
  /** Every stored ban, expired ones included (they are filtered on read), in id order. */
  private readonly all: Ban[];

  constructor(db: Db) {
    this.insert = db.prepare(
      "INSERT INTO bans (nick, address, reason, by, created_at_ms, until_ms) VALUES (?, ?, ?, ?, ?, ?)",
    );
    this.byId = db.prepare("SELECT * FROM bans WHERE id = ?");
    this.deleteById = db.prepare("DELETE FROM bans WHERE id = ?");
    this.all = (db.prepare("SELECT * FROM bans ORDER BY id").all() as Row[]).map(toBan);
  }

  add(ban: NewBan, nowMs: number): Ban {
    const info = this.insert.run(
      ban.nick ?? "",
      ban.address ?? "",
      ban.reason ?? "",
      ban.by ?? "",
      nowMs,
      ban.untilMs,
    );
    const stored = toBan(this.byId.get(info.lastInsertRowid) as Row);
    this.all.push(stored);
    return stored;
  }

  /** Bans in force at `nowMs`. */
  list(nowMs: number): Ban[] {
    return this.all.filter((ban) => !ban.untilMs || ban.untilMs > nowMs);
  }

  /** The ban in force on this nick (case-folded) or address that ends last, if any. */
  find(nowMs: number, foldedNick: string | undefined, address: string | undefined): Ban | undefined {
    let found: Ban | undefined;
    for (const ban of this.all) {
      const hit = (foldedNick && ban.nick === foldedNick) || (address && ban.address === address);
      if (!hit || (ban.untilMs && ban.untilMs <= nowMs)) continue;
      if (!found || ban.untilMs === 0 || (found.untilMs !== 0 && (ban.untilMs ?? 0) > (found.untilMs ?? 0)))
        found = ban;
    }
    return found;
  }

  /** Removes the given bans; returns those that existed. */
  remove(ids: number[]): Ban[] {
    const removed: Ban[] = [];
    for (const id of ids) {
      const index = this.all.findIndex((ban) => ban.id === id);
      if (index < 0) continue;
      this.deleteById.run(id);
      removed.push(...this.all.splice(index, 1));
    }
    return removed;
  }
}
