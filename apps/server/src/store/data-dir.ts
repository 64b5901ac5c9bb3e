// The data directory's permissions: messages, the WAL, uploaded files and the admin token live there,
// so it must not be open to other local users. Checked at start, before anything is opened in it.
import { chmodSync, closeSync, mkdirSync, openSync, statSync } from "node:fs";

/** The data directory grants group or other users access: refused, as PostgreSQL refuses its own. */
export class DataDirPermissionError extends Error {
  override name = "DataDirPermissionError";
  constructor(
    readonly dataDir: string,
    readonly mode: number,
  ) {
    super(
      `the data directory ${dataDir} is open to other users (mode ${mode.toString(8).padStart(4, "0")}); ` +
        `it holds messages and files: run chmod 700 ${dataDir}`,
    );
  }
}

/** Permission bits for group and others: none may be set on the data directory or what is in it. */
const OTHERS_BITS = 0o077;

/**
 * Creates the data directory with mode 0700 if it is missing; refuses one that exists with any group
 * or other permission bit (DataDirPermissionError). Does nothing for ":memory:".
 */
export function checkDataDir(dataDir: string): void {
  if (dataDir === ":memory:") return;
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const mode = statSync(dataDir).mode & 0o7777;
  if (mode & OTHERS_BITS) throw new DataDirPermissionError(dataDir, mode);
}

/**
 * Makes sure `path` exists with mode 0600 before a library opens it: SQLite gives its WAL and shared
 * memory files the mode of the database file, so a private database keeps its journal private too.
 */
export function privateFile(path: string): void {
  closeSync(openSync(path, "a", 0o600));
  if (statSync(path).mode & OTHERS_BITS) chmodSync(path, 0o600);
}
