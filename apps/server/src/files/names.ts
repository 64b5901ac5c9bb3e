// File-name rules for uploads: a plain name, never a path. Pure.
import { hasBidiControl, hasControl } from "@parley/protocol";

/** Longest accepted file name, in UTF-8 bytes (the common file-system limit). */
export const MAX_FILE_NAME_BYTES = 255;

/** Returns why `name` cannot be used as a file name, or undefined if it can. */
export function fileNameProblem(name: string): string | undefined {
  if (name.length === 0) return "a file needs a name";
  if (Buffer.byteLength(name, "utf8") > MAX_FILE_NAME_BYTES)
    return `a file name has at most ${MAX_FILE_NAME_BYTES} bytes`;
  if (/[/\\]/.test(name)) return "a file name cannot contain / or \\";
  if (hasControl(name)) return "a file name cannot contain control characters";
  // "invoice\u202efdp.exe" shows as "invoiceexe.pdf": a file name must read as what it is.
  if (hasBidiControl(name, true)) return "a file name cannot contain bidirectional formatting characters";
  if (name === "." || name === ".." || name.includes("..")) return 'a file name cannot contain ".."';
  if (name.trim() !== name || name.startsWith("-"))
    return "a file name cannot start or end with spaces, or start with -";
  return undefined;
}

/** True for a lower-case hex SHA-256. */
export function isSha256(value: string): boolean {
  return /^[0-9a-f]{64}$/.test(value);
}
