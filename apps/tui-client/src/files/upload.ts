// Sending a file: hash it by streaming, offer it, send it in chunks with a window of chunks awaiting
// acknowledgement, and finish; after a lost connection, resume from the offset the server confirms.
// The file is read piece by piece at fixed offsets and never held whole in memory.
import { open } from "node:fs/promises";
import { basename } from "node:path";
import { formatBytes } from "@parley/cli-shell";
import {
  type ChatMessage,
  type DecodedEnvelope,
  ErrorCode,
  type FileInfo,
  type ProtocolClient,
  ServerError,
} from "@parley/protocol";
import type { Target } from "../client/events.js";
import { isConnectionLoss, TransferCancelledError, TransferError, toTransferError } from "./errors.js";
import { abortable, type TransferLink } from "./link.js";
import { sha256OfFile } from "./sha256.js";

/** What an upload reports while it runs; every `bytes` is a running total. */
export type UploadEvent =
  /** Hashing the file before offering it. */
  | { type: "hashing"; bytes: number; totalBytes: number }
  /** The server is ready; `offset` is where sending starts (above 0 on a resume). */
  | { type: "sending"; uploadId: string; offset: number; totalBytes: number; resumed: boolean }
  /** The server has confirmed `bytes` (written to its disk). */
  | { type: "progress"; bytes: number; totalBytes: number }
  /** The connection broke; waiting for the next one to resume. */
  | { type: "interrupted"; reason: string }
  /** Every byte is confirmed; the server is checking size and SHA-256. */
  | { type: "verifying" };

export interface UploadOptions {
  /** The local file. */
  path: string;
  /** A room or a user. */
  target: Target;
  /** Name shown to recipients (default: the file's own name). */
  name?: string;
  /** Chunks sent ahead of their acknowledgement (default 8). */
  windowChunks?: number;
  /** The server's largest file, in bytes, if known (Welcome limits): a larger file is refused before hashing it. */
  maxFileBytes?: number;
  /** How long one chunk may wait for its acknowledgement before the connection counts as dead, in ms (default 30 s). */
  chunkTimeoutMs?: number;
  /** How long the server may take to verify the whole file, in ms (default 120 s). */
  verifyTimeoutMs?: number;
  signal?: AbortSignal;
  onEvent?(event: UploadEvent): void;
}

export interface UploadResult {
  /** The file as the server announced it. */
  file: FileInfo;
  /**
   * The FILE message stored in the room or conversation; undefined in the rare case where the
   * connection broke after the server had finished, so only the file could be looked up.
   */
  message?: ChatMessage;
}

/** Sends a file; resolves once the server has verified and announced it. Rejects with a TransferError. */
export async function uploadFile(link: TransferLink, options: UploadOptions): Promise<UploadResult> {
  const { path, target, signal } = options;
  const name = options.name ?? basename(path);
  const context = "room" in target ? { name, room: target.room } : { name, nick: target.nick };
  const emit = (event: UploadEvent) => options.onEvent?.(event);
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(path, "r");
    const stat = await handle.stat();
    if (!stat.isFile()) throw new TransferError(`${path} is not a regular file`, "not_a_file");
    const size = stat.size;
    if (options.maxFileBytes && size > options.maxFileBytes)
      throw new TransferError(
        `"${name}" is too large: the server takes files of up to ${formatBytes(options.maxFileBytes)}.`,
        "file_too_large",
      );
    emit({ type: "hashing", bytes: 0, totalBytes: size });
    const sha256 = await abortable(
      sha256OfFile(path, (bytes) => emit({ type: "hashing", bytes, totalBytes: size })),
      signal,
    );
    const run = new UploadRun(link, handle, { ...options, name, size, sha256 }, emit);
    return await run.go();
  } catch (error) {
    if (signal?.aborted) throw new TransferCancelledError();
    throw toTransferError(error, context);
  } finally {
    await handle?.close().catch(() => {});
  }
}

type RunOptions = UploadOptions & { name: string; size: number; sha256: string };

class UploadRun {
  private uploadId: string | undefined;
  /** A resume was refused once and the upload started over; a second refusal ends it. */
  private restarted = false;

  constructor(
    private readonly link: TransferLink,
    private readonly handle: Awaited<ReturnType<typeof open>>,
    private readonly options: RunOptions,
    private readonly emit: (event: UploadEvent) => void,
  ) {}

  /** One pass per connection, until the file is announced or the upload fails for good. */
  async go(): Promise<UploadResult> {
    const { signal } = this.options;
    for (;;) {
      const conn = await abortable(this.link.connection(), signal);
      try {
        return await this.onConnection(conn);
      } catch (error) {
        if (signal?.aborted) {
          if (this.uploadId) conn.request({ fileCancel: { id: this.uploadId } }).catch(() => {});
          throw new TransferCancelledError();
        }
        if (isConnectionLoss(error)) {
          // A silent connection is dead to us: drop it, so the link makes a new one.
          conn.conn.destroy();
          this.emit({ type: "interrupted", reason: "connection lost" });
          continue;
        }
        // Whatever ended it (offsets out of step, a server fault, the local file changing), the
        // partial upload on the server is of no use any more: discard it.
        if (
          this.uploadId &&
          !(error instanceof ServerError && error.code === ErrorCode.ERROR_CODE_NO_SUCH_FILE)
        )
          conn.request({ fileCancel: { id: this.uploadId } }).catch(() => {});
        throw error;
      }
    }
  }

  private async onConnection(conn: ProtocolClient): Promise<UploadResult> {
    const { target, name, size, sha256, signal } = this.options;
    let ready: DecodedEnvelope;
    const resuming = this.uploadId !== undefined;
    if (this.uploadId) {
      try {
        ready = await conn.request({ fileOffer: { resumeUploadId: this.uploadId } });
      } catch (error) {
        if (!(error instanceof ServerError) || error.code !== ErrorCode.ERROR_CODE_NO_SUCH_FILE) throw error;
        // Either the server finished before the connection broke (the reply was lost), or the
        // partial upload is gone: look for the finished file, else start over once.
        const finished = await this.lookUpFinished(conn, this.uploadId);
        if (finished) return { file: finished };
        if (this.restarted) throw error;
        this.restarted = true;
        this.uploadId = undefined;
        return this.onConnection(conn);
      }
    } else {
      const to = "room" in target ? { room: target.room } : { toNick: target.nick };
      ready = await conn.request({ fileOffer: { ...to, name, size, sha256 } });
    }
    const info = ready.fileUploadReady!;
    const uploadId = info.uploadId ?? "";
    this.uploadId = uploadId;
    const offset = info.offset ?? 0;
    const chunkBytes = Math.max(1, info.chunkBytes || 64 * 1024);
    this.emit({ type: "sending", uploadId, offset, totalBytes: size, resumed: resuming });
    await this.sendChunks(conn, uploadId, offset, chunkBytes);
    if (signal?.aborted) throw signal.reason;
    this.emit({ type: "verifying" });
    const done = await conn.request(
      { fileUploadDone: { uploadId } },
      this.options.verifyTimeoutMs ?? 120_000,
    );
    const message = done.message as ChatMessage | undefined;
    if (!message?.file) throw new TransferError("The server did not announce the file.", "failed");
    return { file: message.file, message };
  }

  /** Sends every chunk from `offset`, keeping at most `windowChunks` unacknowledged. */
  private async sendChunks(
    conn: ProtocolClient,
    uploadId: string,
    offset: number,
    chunkBytes: number,
  ): Promise<void> {
    const { size, signal } = this.options;
    const window = Math.max(1, this.options.windowChunks ?? 8);
    const timeoutMs = this.options.chunkTimeoutMs ?? 30_000;
    const inFlight: Promise<void>[] = [];
    let failure: { error: unknown } | undefined;
    let confirmed = offset;
    if (offset > 0) this.emit({ type: "progress", bytes: offset, totalBytes: size });
    try {
      for (let next = offset; next < size; ) {
        if (failure) throw failure.error;
        if (signal?.aborted) throw signal.reason;
        const length = Math.min(chunkBytes, size - next);
        const data = Buffer.allocUnsafe(length);
        const { bytesRead } = await this.handle.read(data, 0, length, next);
        if (bytesRead < length)
          throw new TransferError(`${this.options.path} got shorter while it was being sent`, "file_changed");
        const sent = conn.request({ fileChunk: { id: uploadId, offset: next, data } }, timeoutMs).then(
          (reply) => {
            confirmed = Math.max(confirmed, reply.fileChunkAck?.offset ?? 0);
            this.emit({ type: "progress", bytes: confirmed, totalBytes: size });
          },
          (error: unknown) => {
            failure ??= { error };
          },
        );
        inFlight.push(sent);
        next += length;
        if (inFlight.length >= window) await inFlight.shift();
      }
      await Promise.all(inFlight);
      if (failure) throw failure.error;
    } catch (error) {
      // Let the chunks already sent be written before anything else (a FileCancel, say) reaches
      // the server: an upload must not be discarded while a chunk of it is still being written.
      await Promise.race([
        Promise.all(inFlight),
        new Promise((resolve) => setTimeout(resolve, 2000).unref()),
      ]);
      throw error;
    }
  }

  /** The finished file with this id, if the server has it (the owner may always fetch it). */
  private async lookUpFinished(conn: ProtocolClient, fileId: string): Promise<FileInfo | undefined> {
    try {
      // Asking from the very end reads nothing: only FileDownloadStart and FileDownloadDone come back.
      const reply = await conn.request({ fileGet: { fileId, offset: this.options.size } });
      const file = reply.fileDownloadStart?.file;
      return file?.sha256 === this.options.sha256 ? file : undefined;
    } catch (error) {
      if (error instanceof ServerError) return undefined;
      throw error;
    }
  }
}
