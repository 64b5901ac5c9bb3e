// The audit log's rows in PostgreSQL: every admin action, from every server, newest read first.
import type { AuditEntry } from "@parley/protocol";
import { type AuditRow, toAuditEntry } from "../rows.js";
import type { AuditRecord, AuditRecords } from "../store.js";
import type { Queries, Query } from "./queries.js";

const INSERT_SQL =
  "INSERT INTO audit (at_ms, action, target, result, by) VALUES ($1, $2, $3, $4, $5) RETURNING id";

/** Inserts one entry through `query` (inside a caller's transaction); returns it with its id. */
export async function insertAudit(query: Query, atMs: number, record: AuditRecord): Promise<AuditEntry> {
  const rows: { id: string }[] = await query(INSERT_SQL, [
    atMs,
    record.action,
    record.target,
    record.result,
    record.by,
  ]);
  return { id: Number(rows[0]!.id), atMs, ...record };
}

export class PostgresAuditRecords implements AuditRecords {
  constructor(private readonly db: Queries) {}

  record(atMs: number, record: AuditRecord): Promise<AuditEntry> {
    return insertAudit((sql, params) => this.db.rows(sql, params), atMs, record);
  }

  async update(id: number, atMs: number, result: string): Promise<void> {
    await this.db.rows("UPDATE audit SET at_ms = $1, result = $2 WHERE id = $3", [atMs, result, id]);
  }

  async newest(limit: number, beforeId = Number.MAX_SAFE_INTEGER): Promise<AuditEntry[]> {
    const rows = await this.db.rows<AuditRow>("SELECT * FROM audit WHERE id < $1 ORDER BY id DESC LIMIT $2", [
      beforeId,
      limit,
    ]);
    return rows.map(toAuditEntry);
  }
}
