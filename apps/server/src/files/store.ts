// Files held by the server: metadata in the database, bytes under <dataDir>/files (partial uploads
// in files/partial until verified). Quota, lookup, completion and expiry.
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, statfsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FileInfo } from "@parley/protocol";
import type { Db } from "../store/db.js";

export interface FileRecord {
  id: string;
  name: string;
  size: number;
  sha256: string;
  /** Uploader's case-folded nick. */
  owner: string;
  /** Uploader's IP address ('' for files stored before addresses were recorded). */
  address: string;
  fromNick: string;
  room: string;
  toNick: string;
  createdAtMs: number;
  expiresAtMs: number;
  complete: boolean;
}

type Row = {
  id: string;
  name: string;
  size: number;
  sha256: string;
  owner: string;
  address: string;
  from_nick: string;
  room: string;
  to_nick: string;
  created_at_ms: number;
  expires_at_ms: number;
  complete: number;
};

const toRecord = (r: Row): FileRecord => ({
  id: r.id,
  name: r.name,
  size: r.size,
  sha256: r.sha256,
  owner: r.owner,
  address: r.address,
  fromNick: r.from_nick,
  room: r.room,
  toNick: r.to_nick,
  createdAtMs: r.created_at_ms,
  expiresAtMs: r.expires_at_ms,
  complete: r.complete === 1,
});

export function fileInfo(record: FileRecord): FileInfo {
  return {
    id: record.id,
    name: record.name,
    size: record.size,
    sha256: record.sha256,
    fromNick: record.fromNick,
    room: record.room,
    toNick: record.toNick,
    expiresAtMs: record.expiresAtMs,
  };
}

/** What an owner or an address holds: bytes and files, unfinished uploads included. */
export interface FileUsage {
  bytes: number;
  files: number;
}

export class FileStore {
  readonly dir: string;
  readonly partialDir: string;
  private readonly insert;
  private readonly byId;
  private readonly usage;
  private readonly usageByAddress;
  private readonly usageTotal;
  private readonly markComplete;
  private readonly remove;
  private readonly expired;

  constructor(db: Db, dataDir: string) {
    // A throwaway (":memory:") database gets throwaway file storage too.
    this.dir = join(dataDir === ":memory:" ? mkdtempSync(join(tmpdir(), "parley-files-")) : dataDir, "files");
    this.partialDir = join(this.dir, "partial");
    mkdirSync(this.partialDir, { recursive: true, mode: 0o700 });
    this.insert = db.prepare(
      `INSERT INTO files (id, name, size, sha256, owner, address, from_nick, room, to_nick, created_at_ms, expires_at_ms)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
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
    this.expired = db.prepare("SELECT * FROM files WHERE expires_at_ms <= ?");
  }

  /** Records a new upload; it expires like a file if it is never finished. */
  create(fields: Omit<FileRecord, "id" | "complete">): FileRecord {
    const id = randomBytes(16).toString("hex");
    this.insert.run(
      id,
      fields.name,
      fields.size,
      fields.sha256,
      fields.owner,
      fields.address,
      fields.fromNick,
      fields.room,
      fields.toNick,
      fields.createdAtMs,
      fields.expiresAtMs,
    );
    return { ...fields, id, complete: false };
  }

  get(id: string): FileRecord | undefined {
    if (!/^[0-9a-f]{32}$/.test(id)) return undefined;
    const row = this.byId.get(id) as Row | undefined;
    return row ? toRecord(row) : undefined;
  }

  /** Bytes and files held or reserved by this owner (complete files and uploads in progress). */
  usedBy(owner: string, nowMs: number): FileUsage {
    return this.usage.get(owner, nowMs) as FileUsage;
  }

  /** Bytes and files held or reserved by uploads from this address. */
  usedFrom(address: string, nowMs: number): FileUsage {
    return this.usageByAddress.get(address, nowMs) as FileUsage;
  }

  /** Bytes held or reserved in all, and the part reserved by unfinished uploads (not yet on disk). */
  usedInAll(nowMs: number): { bytes: number; reserved: number } {
    return this.usageTotal.get(nowMs) as { bytes: number; reserved: number };
  }

  /** Bytes free for unprivileged use on the file system that holds the files. */
  freeDiskBytes(): number {
    const stats = statfsSync(this.dir);
    return Number(stats.bavail) * Number(stats.bsize);
  }

  complete(id: string, expiresAtMs: number): void {
    this.markComplete.run(expiresAtMs, id);
  }

  partialPath(id: string): string {
    return join(this.partialDir, id);
  }

  path(id: string): string {
    return join(this.dir, id);
  }

  /** Forgets a file or upload and deletes its bytes. */
  delete(id: string): void {
    this.remove.run(id);
    rmSync(this.partialPath(id), { force: true });
    rmSync(this.path(id), { force: true });
  }

  /** Deletes every file and upload past its expiry; returns how many. */
  expire(nowMs: number): number {
    const rows = this.expired.all(nowMs) as Row[];
    for (const row of rows) this.delete(row.id);
    return rows.length;
  }
}
