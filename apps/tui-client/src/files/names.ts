// Where downloads go and what they are called: the default download directory, a safe local name
// for a server-provided file name, numbered names that never overwrite ("name (1).ext"), and the
// partial-download file that makes a download resumable.
import { constants } from "node:fs";
import { open } from "node:fs/promises";
import { homedir } from "node:os";
import { isAbsolute, join, relative, resolve } from "node:path";

/** Longest local file name, in UTF-8 bytes (the common file-system limit). */
export const MAX_LOCAL_NAME_BYTES = 255;

/** Numbered names tried before giving up on finding a free one. */
const MAX_NUMBERED_NAMES = 10_000;

/**
 * The download directory when none is given: `$PARLEY_DOWNLOAD_DIR`, else `~/Downloads/parley`.
 * A leading `~/` in the variable is expanded.
 */
export function defaultDownloadDir(env: NodeJS.ProcessEnv, home = env.HOME || homedir()): string {
  const fromEnv = env.PARLEY_DOWNLOAD_DIR?.trim();
  if (fromEnv) return resolve(expandHome(fromEnv, home));
  return join(home, "Downloads", "parley");
}

/** Expands a leading `~` or `~/` to `home`; other paths are returned as they are. */
export function expandHome(path: string, home = process.env.HOME || homedir()): string {
  if (path === "~") return home;
  if (path.startsWith("~/")) return join(home, path.slice(2));
  return path;
}

/**
 * A name that is safe to create inside a directory, whatever the sender's client put in it: only
 * the part after the last `/` or `\`, no control characters, no leading dots or dashes (hidden files,
 * options), no trailing dots or spaces, at most 255 UTF-8 bytes (the extension kept), never empty,
 * "." or "..". The server applies its own rules too; this does not trust that it did.
 */
export function safeFileName(name: string): string {
  let base = name.normalize("NFC").split(/[/\\]/).pop() ?? "";
  base = base
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, "")
    .replace(/[<>:"|?*]/g, "_")
    .replace(/^[\s.-]+/, "")
    .replace(/[\s.]+$/, "");
  if (base === "") return "file";
  return truncateName(base, MAX_LOCAL_NAME_BYTES);
}

/** Splits "report.final.pdf" into ["report.final", ".pdf"]; dot-files and names without a dot have no extension. */
export function splitExtension(name: string): [string, string] {
  const dot = name.lastIndexOf(".");
  if (dot <= 0 || dot === name.length - 1) return [name, ""];
  return [name.slice(0, dot), name.slice(dot)];
}

/** The `n`th alternative to a taken name: "photo.jpg" → "photo (1).jpg". `n` 0 is the name itself. */
export function numberedName(name: string, n: number): string {
  if (n === 0) return name;
  const [stem, ext] = splitExtension(name);
  const suffix = ` (${n})${ext}`;
  return `${truncateName(stem, MAX_LOCAL_NAME_BYTES - Buffer.byteLength(suffix))}${suffix}`;
}

/** Shortens a name to `maxBytes` UTF-8 bytes without splitting a character, keeping a short extension. */
function truncateName(name: string, maxBytes: number): string {
  if (Buffer.byteLength(name) <= maxBytes) return name;
  const [stem, ext] = splitExtension(name);
  const keepExt = Buffer.byteLength(ext) <= 32 ? ext : "";
  let out = "";
  for (const char of keepExt ? stem : name) {
    if (Buffer.byteLength(out + char) + Buffer.byteLength(keepExt) > maxBytes) break;
    out += char;
  }
  return out + keepExt;
}

/** True if `path` lies strictly inside `dir` (after resolving both). */
export function isInside(dir: string, path: string): boolean {
  const rel = relative(resolve(dir), resolve(path));
  return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel);
}

/**
 * Where a download in progress is kept: a hidden file in the download directory named after the
 * file's id, so that a later `get` of the same file (after a reconnect, or in a new process) resumes it.
 */
export function partPath(dir: string, fileId: string): string {
  if (!/^[0-9A-Za-z_-]{1,128}$/.test(fileId)) throw new Error(`not a file id: ${JSON.stringify(fileId)}`);
  return join(dir, `.parley-${fileId}.part`);
}

/**
 * Reserves the first free name among `name`, `name (1).ext`, `name (2).ext` … in `dir` by creating
 * it empty and exclusively (O_EXCL: an existing file, or a symlink, is never opened, let alone
 * overwritten). Returns the reserved path; the caller renames the finished download over it.
 */
export async function claimDestination(dir: string, name: string): Promise<string> {
  const safe = safeFileName(name);
  for (let n = 0; n < MAX_NUMBERED_NAMES; n++) {
    const path = join(dir, numberedName(safe, n));
    if (!isInside(dir, path)) throw new Error(`refusing to write outside ${dir}`);
    try {
      const handle = await open(path, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY, 0o644);
      await handle.close();
      return path;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  }
  throw new Error(`no free name for ${safe} in ${dir}`);
}
