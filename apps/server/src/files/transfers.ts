// A session's file transfers in progress: uploads being written to disk and downloads being
// streamed out. Created on a session's first transfer, so idle sessions pay nothing for it.
import { createHash, type Hash } from "node:crypto";
import {
  createReadStream,
  createWriteStream,
  type ReadStream,
  statSync,
  truncateSync,
  type WriteStream,
} from "node:fs";
import { pipeline } from "node:stream/promises";
import type { FileRecord } from "./store.js";

export interface Upload {
  record: FileRecord;
  stream: WriteStream;
  /** SHA-256 of the bytes accepted so far, when the upload started here from offset 0; a resumed
   * upload is hashed from disk at the end instead. */
  hash: Hash | undefined;
  /** Bytes accepted (offset the next chunk must start at). */
  received: number;
  /** Bytes written to disk (what has been acknowledged). */
  written: number;
}

export interface Download {
  record: FileRecord;
  stream: ReadStream;
}

export class Transfers {
  readonly uploads = new Map<string, Upload>();
  readonly downloads = new Map<string, Download>();

  /** Starts or resumes writing an upload; returns the offset the client must continue from. */
  openUpload(record: FileRecord, partialPath: string, resume: boolean): Upload {
    let offset = 0;
    if (resume) {
      try {
        offset = Math.min(statSync(partialPath).size, record.size);
        // Bytes beyond the size (a crash mid-write) would corrupt the file: cut back to the size.
        truncateSync(partialPath, offset);
      } catch {
        offset = 0;
      }
    }
    this.uploads.get(record.id)?.stream.destroy();
    const stream = createWriteStream(partialPath, { flags: offset > 0 ? "a" : "w", mode: 0o600 });
    // Write failures reach each write's callback, which answers the client; a stream destroyed by a
    // cancel with writes still pending must not also raise an 'error' event nobody handles.
    stream.on("error", () => {});
    const hash = offset === 0 ? createHash("sha256") : undefined;
    const upload: Upload = { record, stream, hash, received: offset, written: offset };
    this.uploads.set(record.id, upload);
    return upload;
  }

  /** Stops every transfer; partial uploads stay on disk so they can be resumed. */
  closeAll(): void {
    for (const upload of this.uploads.values()) upload.stream.end();
    for (const download of this.downloads.values()) download.stream.destroy();
    this.uploads.clear();
    this.downloads.clear();
  }
}

/** SHA-256 of a file, streamed (a large file is never held in memory). */
export async function sha256File(path: string): Promise<string> {
  const hash = createHash("sha256");
  await pipeline(createReadStream(path), hash);
  return hash.digest("hex");
}
