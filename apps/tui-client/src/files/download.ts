// Fetching a file: stream its chunks into a hidden partial file in the download directory, resume
// from that file's size after a lost connection (or in a later run), check size and SHA-256, then
// give it its final name there: never overwriting ("name (1).ext"), never outside the directory.
import { mkdir, open, rename, rm, stat, truncate } from "node:fs/promises";
import {
  ConnectionClosedError,
  type DecodedEnvelope,
  ErrorCode,
  type FileInfo,
  type ProtocolClient,
  RequestTimeoutError,
  ServerError,
} from "@parley/protocol";
import { isConnectionLoss, TransferCancelledError, TransferError, toTransferError } from "./errors.js";
import { abortable, type TransferLink } from "./link.js";
import { claimDestination, partPath } from "./names.js";
import { sha256OfFile } from "./sha256.js";

/** What a download reports while it runs; every `bytes` is a running total. */
export type DownloadEvent =
  /** The server started sending; `offset` is above 0 when resuming from a partial file. */
  | { type: "receiving"; file: FileInfo; offset: number; resumed: boolean }
  /** `bytes` of the file are written to the partial file. */
  | { type: "progress"; bytes: number; totalBytes: number }
  | { type: "interrupted"; reason: string }
  /** Every byte is here; checking the SHA-256. */
  | { type: "verifying" };

export interface DownloadOptions {
  /** The id from the FILE message. */
  fileId: string;
  /** The download directory (created if missing). The file is saved directly inside it. */
  dir: string;
  /** How long the server may stay silent mid-download before the connection counts as dead, in ms (default 30 s). */
  stallTimeoutMs?: number;
  signal?: AbortSignal;
  onEvent?(event: DownloadEvent): void;
}

export interface DownloadResult {
  file: FileInfo;
  /** Where the file was saved. */
  path: string;
}

/** Unwritten bytes that make us stop reading the socket until the disk catches up. */
const PAUSE_READING_BYTES = 8 * 1024 * 1024;
const RESUME_READING_BYTES = 1024 * 1024;

/** Downloads a file into `dir`; resolves once it is verified and saved. Rejects with a TransferError. */
export async function downloadFile(link: TransferLink, options: DownloadOptions): Promise<DownloadResult> {
  const { fileId, dir, signal } = options;
  const emit = (event: DownloadEvent) => options.onEvent?.(event);
  let name: string | undefined;
  try {
    await mkdir(dir, { recursive: true });
    const part = partPath(dir, fileId);
    let file: FileInfo | undefined;
    let resumed = false;
    let restarted = false;
    for (;;) {
      const conn = await abortable(link.connection(), signal);
      const offset = await sizeOf(part);
      try {
        file = await receive(conn, part, offset, resumed || offset > 0, options, emit);
        name = file.name ?? undefined;
        break;
      } catch (error) {
        if (signal?.aborted) {
          conn.request({ fileCancel: { id: fileId } }).catch(() => {});
          throw new TransferCancelledError();
        }
        if (isConnectionLoss(error)) {
          conn.conn.destroy();
          emit({ type: "interrupted", reason: "connection lost" });
          resumed = true;
          continue;
        }
        if (error instanceof ServerError && error.code === ErrorCode.ERROR_CODE_BAD_OFFSET && !restarted) {
          // The partial file is longer than the file: it is not this file's. Start over once.
          restarted = true;
          await truncate(part, 0);
          continue;
        }
        if (error instanceof ServerError && error.code === ErrorCode.ERROR_CODE_NO_SUCH_FILE)
          await rm(part, { force: true });
        throw error;
      }
    }
    emit({ type: "verifying" });
    const size = await sizeOf(part);
    const actual = await abortable(sha256OfFile(part), signal);
    if (size !== (file.size ?? 0) || actual !== file.sha256) {
      await rm(part, { force: true });
      throw new TransferError(
        `"${file.name}" arrived damaged (${size !== file.size ? "wrong size" : "SHA-256 mismatch"}) and was discarded; fetch it again.`,
        "checksum_mismatch",
      );
    }
    const path = await claimDestination(dir, file.name ?? "");
    await rename(part, path);
    return { file, path };
  } catch (error) {
    if (signal?.aborted) {
      await rm(partPathOrNull(dir, fileId) ?? "", { force: true }).catch(() => {});
      throw new TransferCancelledError();
    }
    throw toTransferError(error, { name });
  }
}

/** One attempt on one connection: FileGet from `offset`, chunks appended to `part`, until FileDownloadDone. */
function receive(
  conn: ProtocolClient,
  part: string,
  offset: number,
  resumed: boolean,
  options: DownloadOptions,
  emit: (event: DownloadEvent) => void,
): Promise<FileInfo> {
  const { fileId, signal } = options;
  const stallTimeoutMs = options.stallTimeoutMs ?? 30_000;
  return new Promise<FileInfo>((resolve, reject) => {
    // Chunks can arrive in the same read as the FileDownloadStart reply, before its promise settles:
    // listen first and hold events until the reply names the request id they carry.
    let requestId = 0;
    const early: DecodedEnvelope[] = [];
    let file: FileInfo | undefined;
    let expected = offset;
    let written = offset;
    let unwritten = 0;
    let writes: Promise<void> = Promise.resolve();
    let settled = false;
    let stallTimer: NodeJS.Timeout | undefined;
    const socket = conn.conn.socket;
    const handlePromise = open(part, offset > 0 ? "r+" : "w");

    const finish = (error: unknown, value?: FileInfo) => {
      if (settled) return;
      settled = true;
      clearTimeout(stallTimer);
      unsubscribe();
      signal?.removeEventListener("abort", onAbort);
      if (socket.isPaused()) socket.resume();
      // Close only after every queued write has landed (or failed).
      const closing = writes.then(
        () => handlePromise.then((h) => h.close()),
        (writeError: unknown) =>
          handlePromise
            .then((h) => h.close())
            .then(() => {
              throw writeError;
            }),
      );
      closing.then(
        () => (error ? reject(error) : resolve(value!)),
        (closeError: unknown) => reject(error ?? closeError),
      );
    };
    const armStallTimer = () => {
      clearTimeout(stallTimer);
      stallTimer = setTimeout(() => {
        // Counts as a lost connection: the caller drops it and resumes on a new one.
        finish(new RequestTimeoutError(`no chunk within ${stallTimeoutMs} ms`));
      }, stallTimeoutMs);
    };
    const onAbort = () => finish(signal?.reason);
    signal?.addEventListener("abort", onAbort, { once: true });

    const onEnvelope = (envelope: DecodedEnvelope) => {
      if (settled) return;
      if (envelope.requestId !== requestId) return;
      if (envelope.body === "error") {
        finish(ServerError.from(envelope));
      } else if (envelope.fileChunk && envelope.fileChunk.id === fileId) {
        const chunk = envelope.fileChunk;
        const data = chunk.data ?? new Uint8Array(0);
        if ((chunk.offset ?? 0) !== expected) {
          finish(
            new TransferError(
              `a chunk arrived out of order (at ${chunk.offset}, expected ${expected})`,
              "bad_offset",
            ),
          );
          return;
        }
        const at = expected;
        expected += data.length;
        if (file && expected > (file.size ?? 0)) {
          finish(new TransferError("The server sent more bytes than the file has.", "bad_offset"));
          return;
        }
        unwritten += data.length;
        if (unwritten > PAUSE_READING_BYTES) socket.pause();
        armStallTimer();
        writes = writes.then(async () => {
          const handle = await handlePromise;
          for (let done = 0; done < data.length; ) {
            const { bytesWritten } = await handle.write(data, done, data.length - done, at + done);
            done += bytesWritten;
          }
          written = at + data.length;
          unwritten -= data.length;
          if (unwritten < RESUME_READING_BYTES && socket.isPaused()) socket.resume();
          emit({ type: "progress", bytes: written, totalBytes: file?.size ?? 0 });
        });
        writes.catch((error: unknown) => finish(error));
      } else if (envelope.fileDownloadDone && envelope.fileDownloadDone.fileId === fileId) {
        clearTimeout(stallTimer);
        writes.then(
          () => finish(undefined, file),
          (error: unknown) => finish(error),
        );
      }
    };
    const unsubscribe = conn.onEvent((envelope) => {
      if (requestId !== 0) onEnvelope(envelope);
      else if (envelope.fileChunk || envelope.fileDownloadDone || envelope.error) early.push(envelope);
    });
    void conn.closed.then(() => finish(new ConnectionClosedError("connection closed")));

    handlePromise.then(
      () =>
        conn.request({ fileGet: { fileId, offset } }).then(
          (reply) => {
            if (settled) return;
            const start = reply.fileDownloadStart!;
            file = start.file ?? undefined;
            if (!file) {
              finish(new TransferError("The server did not describe the file.", "failed"));
              return;
            }
            requestId = reply.requestId;
            emit({ type: "receiving", file, offset: start.offset ?? 0, resumed });
            emit({ type: "progress", bytes: written, totalBytes: file.size ?? 0 });
            armStallTimer();
            for (const envelope of early.splice(0)) onEnvelope(envelope);
          },
          (error: unknown) => finish(error),
        ),
      (error: unknown) => finish(error),
    );
  });
}

async function sizeOf(path: string): Promise<number> {
  try {
    return (await stat(path)).size;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return 0;
    throw error;
  }
}

function partPathOrNull(dir: string, fileId: string): string | null {
  try {
    return partPath(dir, fileId);
  } catch {
    return null;
  }
}
