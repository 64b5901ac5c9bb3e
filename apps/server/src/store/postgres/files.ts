// File metadata in PostgreSQL: records, usage for quotas, completion and expiry, shared by every server.
import { FILE_COLUMNS, type FileRow, fileValues, numberedParams, toFileRecord } from "../rows.js";
import type { FileRecord, FileRecords, FileUsage } from "../store.js";
import type { Queries } from "./queries.js";

type UsageRow = { bytes: string; files: string };

export class PostgresFileRecords implements FileRecords {
  constructor(private readonly db: Queries) {}

  async insert(r: FileRecord): Promise<void> {
    const values = fileValues(r);
    await this.db.rows(
      `INSERT INTO files (${FILE_COLUMNS}) VALUES (${numberedParams(values.length)})`,
      values,
    );
  }

  async get(id: string): Promise<FileRecord | undefined> {
    const [row] = await this.db.rows<FileRow>("SELECT * FROM files WHERE id = $1", [id]);
    return row ? toFileRecord(row) : undefined;
  }

  private async usage(column: "owner" | "address", value: string, nowMs: number): Promise<FileUsage> {
    const [row] = await this.db.rows<UsageRow>(
      `SELECT COALESCE(SUM(size), 0) AS bytes, COUNT(*) AS files FROM files WHERE ${column} = $1 AND expires_at_ms > $2`,
      [value, nowMs],
    );
    return { bytes: Number(row?.bytes ?? 0), files: Number(row?.files ?? 0) };
  }

  usedBy(owner: string, nowMs: number): Promise<FileUsage> {
    return this.usage("owner", owner, nowMs);
  }

  usedFrom(address: string, nowMs: number): Promise<FileUsage> {
    return this.usage("address", address, nowMs);
  }

  async usedInAll(nowMs: number): Promise<{ bytes: number; reserved: number }> {
    const [row] = await this.db.rows<{ bytes: string; reserved: string }>(
      `SELECT COALESCE(SUM(size), 0) AS bytes, COALESCE(SUM(size) FILTER (WHERE NOT complete), 0) AS reserved
       FROM files WHERE expires_at_ms > $1`,
      [nowMs],
    );
    return { bytes: Number(row?.bytes ?? 0), reserved: Number(row?.reserved ?? 0) };
  }

  async complete(id: string, expiresAtMs: number): Promise<void> {
    await this.db.rows("UPDATE files SET complete = true, expires_at_ms = $1 WHERE id = $2", [
      expiresAtMs,
      id,
    ]);
  }

  async delete(id: string): Promise<void> {
    await this.db.rows("DELETE FROM files WHERE id = $1", [id]);
  }

  async expired(nowMs: number): Promise<string[]> {
    const rows = await this.db.rows<{ id: string }>("SELECT id FROM files WHERE expires_at_ms <= $1", [
      nowMs,
    ]);
    return rows.map((row) => row.id);
  }

  async expireDirect(party: string): Promise<void> {
    await this.db.rows("UPDATE files SET expires_at_ms = 0 WHERE from_party = $1 OR to_party = $1", [party]);
  }
}
