// File metadata in PostgreSQL: records, usage for quotas, completion and expiry, shared by every server.
import { type FileRow, toFileRecord } from "../rows.js";
import type { FileRecord, FileRecords, FileUsage } from "../store.js";
import type { Queries } from "./queries.js";

type UsageRow = { bytes: string; files: string };

export class PostgresFileRecords implements FileRecords {
  constructor(private readonly db: Queries) {}

  async insert(r: FileRecord): Promise<void> {
    await this.db.rows(
      `INSERT INTO files (id, name, size, sha256, owner, address, from_nick, room, to_nick, created_at_ms, expires_at_ms, complete)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
      [
        r.id,
        r.name,
        r.size,
        r.sha256,
        r.owner,
        r.address,
        r.fromNick,
        r.room,
        r.toNick,
        r.createdAtMs,
        r.expiresAtMs,
        r.complete,
      ],
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
}
