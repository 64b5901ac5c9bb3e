// Bans in PostgreSQL: stored with their audit entry in one transaction.
import type { AuditEntry, Ban } from "@parley/protocol";
import { type BanRow, toBan } from "../rows.js";
import type { AuditRecord, BanRecords, NewBan } from "../store.js";
import { insertAudit } from "./audit.js";
import type { Queries } from "./queries.js";

export class PostgresBanRecords implements BanRecords {
  constructor(private readonly db: Queries) {}

  async load(): Promise<Ban[]> {
    return (await this.db.rows<BanRow>("SELECT * FROM bans ORDER BY id")).map(toBan);
  }

  add(
    bans: readonly NewBan[],
    nowMs: number,
    audit: (stored: Ban[]) => AuditRecord,
  ): Promise<{ bans: Ban[]; entry: AuditEntry }> {
    return this.db.transaction(async (query) => {
      const stored: Ban[] = [];
      for (const ban of bans) {
        const rows: BanRow[] = await query(
          "INSERT INTO bans (nick, address, reason, by, created_at_ms, until_ms) VALUES ($1, $2, $3, $4, $5, $6) RETURNING *",
          [ban.nick ?? "", ban.address ?? "", ban.reason ?? "", ban.by ?? "", nowMs, ban.untilMs],
        );
        stored.push(toBan(rows[0]!));
      }
      return { bans: stored, entry: await insertAudit(query, nowMs, audit(stored)) };
    });
  }

  async remove(ids: readonly number[]): Promise<void> {
    await this.db.rows("DELETE FROM bans WHERE id = ANY($1::bigint[])", [ids]);
  }
}
