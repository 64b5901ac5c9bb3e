// Bans in SQLite: stored with their audit entry in one transaction.
import type { AuditEntry, Ban } from "@parley/protocol";
import { type BanRow, toBan } from "../rows.js";
import type { AuditRecord, BanRecords, NewBan } from "../store.js";
import type { SqliteAuditRecords } from "./audit.js";
import type { Db } from "./db.js";

export class SqliteBanRecords implements BanRecords {
  private readonly insert;
  private readonly byId;
  private readonly deleteById;

  constructor(
    private readonly db: Db,
    private readonly audit: SqliteAuditRecords,
  ) {
    this.insert = db.prepare(
      "INSERT INTO bans (nick, address, reason, by, created_at_ms, until_ms) VALUES (?, ?, ?, ?, ?, ?)",
    );
    this.byId = db.prepare("SELECT * FROM bans WHERE id = ?");
    this.deleteById = db.prepare("DELETE FROM bans WHERE id = ?");
  }

  load(): Ban[] {
    return (this.db.prepare("SELECT * FROM bans ORDER BY id").all() as BanRow[]).map(toBan);
  }

  add(
    bans: readonly NewBan[],
    nowMs: number,
    audit: (stored: Ban[]) => AuditRecord,
  ): { bans: Ban[]; entry: AuditEntry } {
    return this.db.transaction(() => {
      const stored = bans.map((ban) => {
        const info = this.insert.run(
          ban.nick ?? "",
          ban.address ?? "",
          ban.reason ?? "",
          ban.by ?? "",
          nowMs,
          ban.untilMs,
        );
        return toBan(this.byId.get(info.lastInsertRowid) as BanRow);
      });
      return { bans: stored, entry: this.audit.record(nowMs, audit(stored)) };
    })();
  }

  remove(ids: readonly number[]): void {
    this.db.transaction(() => {
      for (const id of ids) this.deleteById.run(id);
    })();
  }
}
