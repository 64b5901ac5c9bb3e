// Files in the browser: send a picked File (hashed piece by piece, offered, sent in chunks with a
// window awaiting acknowledgement, then verified by the server) and fetch one (chunks gathered into a
// Blob whose SHA-256 must match before it is offered for saving). Progress goes to `onProgress`.
import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex } from "@noble/hashes/utils.js";
import {
  type ChatMessage,
  type DecodedEnvelope,
  type FileInfo,
  ServerError,
  type WebSocketClient,
} from "@parley/protocol/browser";
import type { Target, Transfer } from "./events";

/** Bytes read from the File per step while hashing. */
const HASH_SLICE_BYTES = 1024 * 1024;
/** Chunks sent ahead of their acknowledgement. */
const WINDOW_CHUNKS = 8;
/** Time the server may take to verify a whole file, in ms. */
const VERIFY_TIMEOUT_MS = 120_000;

/** A transfer failed; `message` is for a person. */
export class TransferError extends Error {
  override name = "TransferError";
}

type Progress = (change: Partial<Transfer>) => void;

/** The lower-case hex SHA-256 of `blob`, read a slice at a time. */
export async function sha256Hex(blob: Blob, onBytes?: (bytes: number) => void): Promise<string> {
  const hash = sha256.create();
  for (let at = 0; at < blob.size; at += HASH_SLICE_BYTES) {
    hash.update(new Uint8Array(await blob.slice(at, at + HASH_SLICE_BYTES).arrayBuffer()));
    onBytes?.(Math.min(blob.size, at + HASH_SLICE_BYTES));
  }
  return bytesToHex(hash.digest());
}

/** Sends `file` to `target`; resolves with the FILE message the server stored. */
export async function uploadFile(
  conn: WebSocketClient,
  file: File,
  target: Target,
  onProgress: Progress,
): Promise<ChatMessage> {
  const size = file.size;
  onProgress({ phase: "hashing", bytes: 0, totalBytes: size });
  const digest = await sha256Hex(file, (bytes) => onProgress({ bytes }));
  const to = "room" in target ? { room: target.room } : { toNick: target.nick };
  const ready = await conn.request({ fileOffer: { ...to, name: file.name, size, sha256: digest } });
  const uploadId = ready.fileUploadReady?.uploadId ?? "";
  const chunkBytes = Math.max(1, ready.fileUploadReady?.chunkBytes || 64 * 1024);
  let confirmed = ready.fileUploadReady?.offset ?? 0;
  onProgress({ phase: "sending", bytes: confirmed });
  const inFlight: Promise<unknown>[] = [];
  for (let next = confirmed; next < size; next += chunkBytes) {
    const data = new Uint8Array(await file.slice(next, next + chunkBytes).arrayBuffer());
    inFlight.push(
      conn.request({ fileChunk: { id: uploadId, offset: next, data } }).then((reply) => {
        confirmed = Math.max(confirmed, reply.fileChunkAck?.offset ?? 0);
        onProgress({ bytes: confirmed });
      }),
    );
    if (inFlight.length >= WINDOW_CHUNKS) await inFlight.shift();
  }
  await Promise.all(inFlight);
  onProgress({ phase: "verifying", bytes: size });
  const done = await conn.request({ fileUploadDone: { uploadId } }, VERIFY_TIMEOUT_MS);
  const message = done.message as ChatMessage | undefined;
  if (!message?.file) throw new TransferError("The server did not announce the file.");
  onProgress({ phase: "done" });
  return message;
}

/** Fetches the file `fileId`; resolves with its bytes as a Blob once its size and SHA-256 match. */
export function downloadFile(
  conn: WebSocketClient,
  fileId: string,
  onProgress: Progress,
): Promise<{ file: FileInfo; blob: Blob }> {
  return new Promise((resolve, reject) => {
    // Chunks may arrive in the same read as the reply that starts them: hold them until it is known.
    let requestId = 0;
    const early: DecodedEnvelope[] = [];
    const parts: Uint8Array[] = [];
    let received = 0;
    let info: FileInfo | undefined;
    let settled = false;
    const finish = (error?: Error) => {
      if (settled) return;
      settled = true;
      unsubscribe();
      if (error) {
        reject(error);
        return;
      }
      const blob = new Blob(parts as BlobPart[]);
      onProgress({ phase: "verifying" });
      void sha256Hex(blob).then((digest) => {
        if (blob.size !== (info?.size ?? 0) || digest !== info?.sha256)
          reject(
            new TransferError(`"${info?.name}" arrived damaged (size or SHA-256 differs); fetch it again.`),
          );
        else {
          onProgress({ phase: "done" });
          resolve({ file: info!, blob });
        }
      });
    };
    const take = (envelope: DecodedEnvelope) => {
      if (envelope.requestId !== requestId) return;
      if (envelope.body === "error") finish(ServerError.from(envelope));
      else if (envelope.fileChunk?.id === fileId) {
        const data = envelope.fileChunk.data ?? new Uint8Array(0);
        if ((envelope.fileChunk.offset ?? 0) !== received) {
          finish(new TransferError("A chunk arrived out of order."));
          return;
        }
        parts.push(data);
        received += data.length;
        onProgress({ bytes: received });
      } else if (envelope.fileDownloadDone?.fileId === fileId) finish();
    };
    const unsubscribe = conn.onEvent((envelope) => {
      if (requestId !== 0) take(envelope);
      else if (envelope.fileChunk || envelope.fileDownloadDone || envelope.error) early.push(envelope);
    });
    void conn.closed.then(() => finish(new TransferError("The connection was lost; fetch the file again.")));
    conn.request({ fileGet: { fileId, offset: 0 } }).then(
      (reply) => {
        info = reply.fileDownloadStart?.file ?? undefined;
        if (!info) {
          finish(new TransferError("The server did not describe the file."));
          return;
        }
        requestId = reply.requestId;
        onProgress({ phase: "receiving", name: info.name ?? fileId, totalBytes: info.size ?? 0 });
        for (const envelope of early.splice(0)) take(envelope);
      },
      (error: Error) => finish(error),
    );
  });
}
