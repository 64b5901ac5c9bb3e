// The audit log: every admin action (time, action, target, result, operator) in the database's `audit`
// table and, as the same record, in the server log.
import type { AuditEntry } from "@parley/protocol";
import type { Logger } from "../logger.js";
import type { Db } from "../store/db.js";

type Row = { id: number; at_ms: number; action: string; target: string; result: string; by: string };

/** Entries returned when a request names no limit, and the most ever returned at once. */
export const DEFAULT_AUDIT_LIMIT = 100;
export const MAX_AUDIT_LIMIT = 10_000;

export interface AuditRecord {
  action: string;
  target: string;
  result: string;
  by: string;
}

export class AuditLog {
  private readonly insert;
  private readonly newest;
  private readonly revise;

  constructor(
    db: Db,
    private readonly logger: Logger,
  ) {
    this.insert = db.prepare("INSERT INTO audit (at_ms, action, target, result, by) VALUES (?, ?, ?, ?, ?)");
    this.newest = db.prepare("SELECT * FROM audit ORDER BY id DESC LIMIT ?");
    this.revise = db.prepare("UPDATE audit SET at_ms = ?, result = ? WHERE id = ?");
  }

  /** Writes one entry to the database and the log; returns it with its id. */
  record(atMs: number, record: AuditRecord, logFields: Record<string, unknown> = {}): AuditEntry {
    const info = this.insert.run(atMs, record.action, record.target, record.result, record.by);
    const entry: AuditEntry = { id: Number(info.lastInsertRowid), atMs, ...record };
    this.logger.info({ audit: { ...record, id: entry.id }, ...logFields }, "admin action");
    return entry;
  }

  /**
   * Rewrites an entry's time and result: a row that stands for repeated events (failed admin
   * authentications in one window) keeps its id and grows its count instead of adding rows.
   */
  update(id: number, atMs: number, result: string): void {
    this.revise.run(atMs, result, id);
  }

  /** Newest first; `limit` 0 means DEFAULT_AUDIT_LIMIT, and no more than MAX_AUDIT_LIMIT. */
  list(limit: number): AuditEntry[] {
    const count = Math.min(limit > 0 ? limit : DEFAULT_AUDIT_LIMIT, MAX_AUDIT_LIMIT);
    return (this.newest.all(count) as Row[]).map((row) => ({
      id: row.id,
      atMs: row.at_ms,
      action: row.action,
      target: row.target,
      result: row.result,
      by: row.by,
    }));
  }
}
