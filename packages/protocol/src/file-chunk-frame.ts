// A FileChunk frame built around the chunk's bytes instead of copying them: a small header buffer
// (length prefix, envelope and FileChunk fields) followed by the data buffer itself. Written as two
// buffers, it is byte for byte what encodeFrame would produce, without two copies of every chunk.
import { varintLength, writeVarint } from "./frame.js";
import { envelopeHead } from "./spliced-frame.js";

/** Envelope.file_chunk is field 92. */
const FILE_CHUNK_FIELD = 92;

/**
 * The frame of `Envelope { request_id, file_chunk: { id, offset, data } }` as [header, data].
 * Write both, in order, to the same socket.
 */
export function fileChunkFrame(
  requestId: number,
  id: string,
  offset: number,
  data: Uint8Array,
): [Buffer, Uint8Array] {
  const idLength = Buffer.byteLength(id, "utf8");
  const chunkHeader =
    (idLength > 0 ? 1 + varintLength(idLength) + idLength : 0) +
    (offset > 0 ? 1 + varintLength(offset) : 0) +
    (data.length > 0 ? 1 + varintLength(data.length) : 0);
  const { out: header, at } = envelopeHead(
    requestId,
    FILE_CHUNK_FIELD,
    chunkHeader + data.length,
    chunkHeader,
  );
  let i = at;
  if (idLength > 0) {
    header[i++] = 0x0a; // FileChunk.id, length-delimited
    i = writeVarint(header, i, idLength);
    i += header.write(id, i, "utf8");
  }
  if (offset > 0) {
    header[i++] = 0x10; // FileChunk.offset, varint
    i = writeVarint(header, i, offset);
  }
  if (data.length > 0) {
    header[i++] = 0x1a; // FileChunk.data, length-delimited
    i = writeVarint(header, i, data.length);
  }
  return [header, data];
}
