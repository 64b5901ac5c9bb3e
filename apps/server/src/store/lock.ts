// An exclusive lock on the data directory for the life of the server, so a second server on the same
// directory refuses to start instead of handing out the same sequence numbers as the first.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { privateFile } from "./data-dir.js";

/** Another process (or another server in this process) holds the data directory. */
export class DataDirLockedError extends Error {
  override name = "DataDirLockedError";
  constructor(
    readonly dataDir: string,
    options?: ErrorOptions,
  ) {
    super(
      `the data directory ${dataDir} is in use by another parley-server; stop it or choose another data directory`,
      options,
    );
  }
}

export interface DataDirLock {
  /** Gives the lock up (at shutdown, after the database is closed). Idempotent. */
  release(): void;
}

/** Name of the lock file in the data directory: a small SQLite database that is only ever locked. */
export const LOCK_FILE_NAME = "parley.lock";

/**
 * Takes the lock, or throws DataDirLockedError at once (no waiting). The lock is SQLite's own: an
 * exclusive POSIX lock held by a connection in `locking_mode=EXCLUSIVE` on a separate file, so the
 * kernel drops it when the process dies, even by SIGKILL, and `parley.db` stays readable for online
 * backups. `:memory:` needs no lock.
 */
export function lockDataDir(dataDir: string): DataDirLock {
  if (dataDir === ":memory:") return { release() {} };
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const path = join(dataDir, LOCK_FILE_NAME);
  privateFile(path);
  const db = new Database(path, { timeout: 0 });
  try {
    db.pragma("locking_mode = EXCLUSIVE");
    // A write takes the exclusive lock; in this locking mode it is kept until the connection closes.
    db.exec("CREATE TABLE IF NOT EXISTS holder (pid INTEGER NOT NULL); DELETE FROM holder;");
    db.prepare("INSERT INTO holder (pid) VALUES (?)").run(process.pid);
  } catch (error) {
    db.close();
    if ((error as { code?: string }).code?.startsWith("SQLITE_BUSY"))
      throw new DataDirLockedError(dataDir, { cause: error });
    throw error;
  }
  return {
    release() {
      if (db.open) db.close();
    },
  };
}
