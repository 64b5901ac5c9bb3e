// The audit log's rows in SQLite: every admin action, newest read first.
import type { AuditEntry } from "@parley/protocol";
import { type AuditRow, toAuditEntry } from "../rows.js";
import type { AuditRecord, AuditRecords } from "../store.js";
import type { Db } from "./db.js";

export class SqliteAuditRecords implements AuditRecords {
  private readonly insert;
  private readonly newestRows;
  private readonly revise;

  constructor(db: Db) {
    this.insert = db.prepare("INSERT INTO audit (at_ms, action, target, result, by) VALUES (?, ?, ?, ?, ?)");
    this.newestRows = db.prepare("SELECT * FROM audit WHERE id < ? ORDER BY id DESC LIMIT ?");
    this.revise = db.prepare("UPDATE audit SET at_ms = ?, result = ? WHERE id = ?");
  }

  record(atMs: number, record: AuditRecord): AuditEntry {
    const info = this.insert.run(atMs, record.action, record.target, record.result, record.by);
    return { id: Number(info.lastInsertRowid), atMs, ...record };
  }

  update(id: number, atMs: number, result: string): void {
    this.revise.run(atMs, result, id);
  }

  newest(limit: number, beforeId = Number.MAX_SAFE_INTEGER): AuditEntry[] {
    return (this.newestRows.all(beforeId, limit) as AuditRow[]).map(toAuditEntry);
  }
}
