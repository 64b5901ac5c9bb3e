// Uploading and downloading a file the way a client does, for the tests about files: offer, chunks
// with a window of unacknowledged ones, done; get, chunks, done.
import { createHash } from "node:crypto";
import type { DecodedEnvelope, ProtocolClient } from "@parley/protocol";

export const sha256 = (data: Uint8Array) => createHash("sha256").update(data).digest("hex");
export type Target = { room: string } | { toNick: string };

/** Uploads `data` with a window of unacknowledged chunks; resolves with the FILE message (the ack). */
export async function upload(
  client: ProtocolClient,
  target: Target,
  name: string,
  data: Uint8Array,
  from = 0,
  uploadId?: string,
) {
  const ready = await client.request({
    fileOffer: uploadId
      ? { resumeUploadId: uploadId }
      : { ...target, name, size: data.length, sha256: sha256(data) },
  });
  const id = ready.fileUploadReady!.uploadId!;
  const chunkBytes = ready.fileUploadReady!.chunkBytes!;
  let offset = Math.max(from, ready.fileUploadReady!.offset ?? 0);
  const window: Promise<DecodedEnvelope>[] = [];
  while (offset < data.length) {
    const end = Math.min(offset + chunkBytes, data.length);
    window.push(client.request({ fileChunk: { id, offset, data: data.subarray(offset, end) } }));
    offset = end;
    if (window.length >= 8) await window.shift();
  }
  await Promise.all(window);
  return { id, done: await client.request({ fileUploadDone: { uploadId: id } }) };
}

/** Downloads a file; resolves with its bytes and every envelope seen meanwhile, in order. */
export async function download(client: ProtocolClient, fileId: string, offset = 0) {
  const seen: DecodedEnvelope[] = [];
  const parts: Uint8Array[] = [];
  const finished = new Promise<void>((resolve, reject) => {
    const off = client.onEvent((e) => {
      seen.push(e);
      if (e.fileChunk) parts.push(Uint8Array.from(e.fileChunk.data!));
      if (e.fileDownloadDone) {
        off();
        resolve();
      }
      if (e.error) reject(new Error(e.error.message ?? "error"));
    });
  });
  const start = await client.request({ fileGet: { fileId, offset } });
  await finished;
  return { start: start.fileDownloadStart!, bytes: Buffer.concat(parts), seen };
}
