// File metadata in SQLite: records, usage for quotas, completion and expiry.
import { FILE_COLUMNS, type FileRow, fileValues, toFileRecord } from "../rows.js";
import type { FileRecord, FileRecords, FileUsage } from "../store.js";
import type { Db } from "./db.js";

export class SqliteFileRecords implements FileRecords {
  private readonly insertRow;
  private readonly byId;
  private readonly usage;
  private readonly usageByAddress;
  private readonly usageTotal;
  private readonly markComplete;
  private readonly remove;
  private readonly expiredRows;
  private readonly expireParty;

  constructor(db: Db) {
    this.insertRow = db.prepare(
      `INSERT INTO files (${FILE_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.byId = db.prepare("SELECT * FROM files WHERE id = ?");
    this.usage = db.prepare(
      "SELECT COALESCE(SUM(size), 0) AS bytes, COUNT(*) AS files FROM files WHERE owner = ? AND expires_at_ms > ?",
    );
    this.usageByAddress = db.prepare(
      "SELECT COALESCE(SUM(size), 0) AS bytes, COUNT(*) AS files FROM files WHERE address = ? AND expires_at_ms > ?",
    );
    this.usageTotal = db.prepare(
      `SELECT COALESCE(SUM(size), 0) AS bytes, COALESCE(SUM(CASE WHEN complete = 0 THEN size END), 0) AS reserved
       FROM files WHERE expires_at_ms > ?`,
    );
    this.markComplete = db.prepare("UPDATE files SET complete = 1, expires_at_ms = ? WHERE id = ?");
    this.remove = db.prepare("DELETE FROM files WHERE id = ?");
    this.expiredRows = db.prepare("SELECT id FROM files WHERE expires_at_ms <= ?");
    this.expireParty = db.prepare(
      "UPDATE files SET expires_at_ms = 0 WHERE from_party = @party OR to_party = @party",
    );
  }

  expireDirect(party: string): void {
    this.expireParty.run({ party });
  }

  insert(r: FileRecord): void {
    this.insertRow.run(...fileValues(r));
  }

  get(id: string): FileRecord | undefined {
    const row = this.byId.get(id) as FileRow | undefined;
    return row ? toFileRecord(row) : undefined;
  }

  usedBy(owner: string, nowMs: number): FileUsage {
    return this.usage.get(owner, nowMs) as FileUsage;
  }

  usedFrom(address: string, nowMs: number): FileUsage {
    return this.usageByAddress.get(address, nowMs) as FileUsage;
  }

  usedInAll(nowMs: number): { bytes: number; reserved: number } {
    return this.usageTotal.get(nowMs) as { bytes: number; reserved: number };
  }

  complete(id: string, expiresAtMs: number): void {
    this.markComplete.run(expiresAtMs, id);
  }

  delete(id: string): void {
    this.remove.run(id);
  }

  expired(nowMs: number): string[] {
    return (this.expiredRows.all(nowMs) as { id: string }[]).map((row) => row.id);
  }
}
