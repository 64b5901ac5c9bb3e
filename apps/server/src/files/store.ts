// Files held by the server: metadata in the store, bytes in the file directory (<dataDir>/files by
// default; partial uploads in partial/ until verified). Quota, lookup, completion and expiry.
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, statfsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FileInfo } from "@parley/protocol";
import {
  type Awaitable,
  andThen,
  eachInTurn,
  type FileRecord,
  type FileRecords,
  type FileUsage,
  isPromise,
} from "../store/store.js";

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

/**
 * Files held by the server: the records in the store, the bytes in the file directory. Every server
 * on one PostgreSQL database must see the same file directory (fileDir) to serve every file.
 */
export class FileStore {
  readonly dir: string;
  readonly partialDir: string;

  constructor(
    private readonly records: FileRecords,
    dataDir: string,
    /** Where the bytes go; default <dataDir>/files, and a throwaway directory for a ":memory:" data directory. */
    fileDir = "",
  ) {
    this.dir =
      fileDir ||
      join(dataDir === ":memory:" ? mkdtempSync(join(tmpdir(), "parley-files-")) : dataDir, "files");
    this.partialDir = join(this.dir, "partial");
    mkdirSync(this.partialDir, { recursive: true, mode: 0o700 });
  }

  /** Records a new upload; it expires like a file if it is never finished. */
  create(fields: Omit<FileRecord, "id" | "complete">): Awaitable<FileRecord> {
    const record = { ...fields, id: randomBytes(16).toString("hex"), complete: false };
    const done = this.records.insert(record);
    return isPromise(done) ? done.then(() => record) : record;
  }

  get(id: string): Awaitable<FileRecord | undefined> {
    if (!/^[0-9a-f]{32}$/.test(id)) return undefined;
    return this.records.get(id);
  }

  /** Bytes and files held or reserved by this owner (complete files and uploads in progress). */
  usedBy(owner: string, nowMs: number): Awaitable<FileUsage> {
    return this.records.usedBy(owner, nowMs);
  }

  /** Bytes and files held or reserved by uploads from this address. */
  usedFrom(address: string, nowMs: number): Awaitable<FileUsage> {
    return this.records.usedFrom(address, nowMs);
  }

  /** Bytes held or reserved in all, and the part reserved by unfinished uploads (not yet on disk). */
  usedInAll(nowMs: number): Awaitable<{ bytes: number; reserved: number }> {
    return this.records.usedInAll(nowMs);
  }

  /** Bytes free for unprivileged use on the file system that holds the files. */
  freeDiskBytes(): number {
    const stats = statfsSync(this.dir);
    return Number(stats.bavail) * Number(stats.bsize);
  }

  complete(id: string, expiresAtMs: number): Awaitable<void> {
    return this.records.complete(id, expiresAtMs);
  }

  partialPath(id: string): string {
    return join(this.partialDir, id);
  }

  path(id: string): string {
    return join(this.dir, id);
  }

  /** Forgets a file or upload and deletes its bytes. */
  delete(id: string): Awaitable<void> {
    rmSync(this.partialPath(id), { force: true });
    rmSync(this.path(id), { force: true });
    return this.records.delete(id);
  }

  /** Expires every direct file `party` sent or received (a dropped account); the next sweep deletes them. */
  expireDirectFiles(party: string): Awaitable<void> {
    return this.records.expireDirect(party);
  }

  /** Deletes every file and upload past its expiry; returns how many. */
  expire(nowMs: number): Awaitable<number> {
    return andThen(this.records.expired(nowMs), (ids) =>
      andThen(
        eachInTurn(ids, (id) => this.delete(id)),
        () => ids.length,
      ),
    );
  }
}

export type { FileRecord, FileUsage };
