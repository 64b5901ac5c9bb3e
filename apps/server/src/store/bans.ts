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

export class BanStore {
  private readonly insert;
  private readonly active;
  private readonly byId;
  private readonly deleteById;

  constructor(db: Db) {
    this.insert = db.prepare(
      "INSERT INTO bans (nick, address, reason, by, created_at_ms, until_ms) VALUES (?, ?, ?, ?, ?, ?)",
    );
    this.active = db.prepare("SELECT * FROM bans WHERE until_ms = 0 OR until_ms > ? ORDER BY id");
    this.byId = db.prepare("SELECT * FROM bans WHERE id = ?");
    this.deleteById = db.prepare("DELETE FROM bans WHERE id = ?");
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
    return toBan(this.byId.get(info.lastInsertRowid) as Row);
  }

  /** Bans in force at `nowMs`. */
  list(nowMs: number): Ban[] {
    return (this.active.all(nowMs) as Row[]).map(toBan);
  }

  /** The ban in force on this nick (case-folded) or address that ends last, if any. */
  find(nowMs: number, foldedNick: string | undefined, address: string | undefined): Ban | undefined {
    let found: Ban | undefined;
    for (const ban of this.list(nowMs)) {
      const hit = (foldedNick && ban.nick === foldedNick) || (address && ban.address === address);
      if (!hit) continue;
      if (!found || ban.untilMs === 0 || (found.untilMs !== 0 && (ban.untilMs ?? 0) > (found.untilMs ?? 0)))
        found = ban;
    }
    return found;
  }

  /** Removes the given bans; returns those that existed. */
  remove(ids: number[]): Ban[] {
    const removed: Ban[] = [];
    for (const id of ids) {
      const row = this.byId.get(id) as Row | undefined;
      if (row) {
        this.deleteById.run(id);
        removed.push(toBan(row));
      }
    }
    return removed;
  }
}
