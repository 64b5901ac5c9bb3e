// Writes the client's config file back after /set: the one key changed, every other key (host,
// nick, tls …) kept as it was. Written to a temporary file and renamed, so a crash never leaves half a file.
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { ConfigError, loadConfigFile } from "../config.js";

/**
 * Sets `key` to `value` in the JSON config file at `path` (undefined removes it, back to the
 * default), creating the file and its directory (private to the user) if needed.
 */
export function updateConfigFile(path: string, key: string, value: unknown): void {
  const file = { ...(loadConfigFile(path) as Record<string, unknown>) };
  if (value === undefined) delete file[key];
  else file[key] = value;
  writeJsonAtomically(path, file);
}

/** Writes `data` as indented JSON through a temporary file in the same directory. */
export function writeJsonAtomically(path: string, data: unknown): void {
  try {
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    const temporary = `${path}.${process.pid}.tmp`;
    writeFileSync(temporary, `${JSON.stringify(data, null, 2)}\n`, { mode: 0o600 });
    renameSync(temporary, path);
  } catch (error) {
    throw new ConfigError(`cannot write ${path}: ${(error as Error).message}`, { cause: error });
  }
}
