// SHA-256 of a file, read as a stream in fixed-size pieces: a file of any size is hashed in
// constant memory, with the bytes hashed so far reported for a progress bar.
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";

/** Bytes read per step while hashing. */
const HASH_READ_BYTES = 1024 * 1024;

/**
 * Lower-case hex SHA-256 of the file at `path`. `onBytes` is called with the running total of bytes
 * hashed. Rejects with the file-system error if the file cannot be read to its end.
 */
export async function sha256OfFile(path: string, onBytes?: (hashedBytes: number) => void): Promise<string> {
  const hash = createHash("sha256");
  let hashed = 0;
  for await (const piece of createReadStream(path, { highWaterMark: HASH_READ_BYTES })) {
    hash.update(piece as Buffer);
    hashed += (piece as Buffer).length;
    onBytes?.(hashed);
  }
  return hash.digest("hex");
}
