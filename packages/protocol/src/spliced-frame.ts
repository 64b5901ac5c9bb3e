// A frame assembled from parts of one message encoded at different times. A message's encoding is its
// fields' encodings joined, in any order, so a reply whose bulk does not change from one request to the
// next (a room's member list, the server's Welcome) is encoded once and spliced in.
import { varintLength, writeVarint } from "./frame.js";

/** Envelope fields (numbers from envelope.proto) whose bodies are built from parts. */
export const SPLICED_FIELD = { welcome: 11, joined: 31 } as const;

/**
 * The frame of `Envelope { request_id: requestId, <field>: M }`, where `parts` joined are the
 * encoding of M (each a run of whole encoded fields). The same bytes encodeFrame writes when the
 * parts hold M's fields in field-number order; in any other order every decoder reads the same message.
 */
export function splicedFrame(requestId: number, field: number, parts: readonly Uint8Array[]): Buffer {
  let bodyLength = 0;
  for (const part of parts) bodyLength += part.length;
  const { out, at } = envelopeHead(requestId, field, bodyLength, bodyLength);
  let i = at;
  for (const part of parts) {
    out.set(part, i);
    i += part.length;
  }
  return out;
}

/**
 * Starts the frame of `Envelope { request_id: requestId, <field>: M }` where M is `bodyLength` bytes:
 * a buffer holding the length prefix, request_id (unless 0) and M's tag and length, followed by
 * `room` bytes (all of M, or as much of it as the caller writes here) from `at` on, left unfilled.
 */
export function envelopeHead(
  requestId: number,
  field: number,
  bodyLength: number,
  room: number,
): { out: Buffer; at: number } {
  const tag = (field << 3) | 2;
  const envelopeLength =
    (requestId > 0 ? 1 + varintLength(requestId) : 0) +
    varintLength(tag) +
    varintLength(bodyLength) +
    bodyLength;
  const out = Buffer.allocUnsafe(varintLength(envelopeLength) + envelopeLength - bodyLength + room);
  let i = writeVarint(out, 0, envelopeLength);
  if (requestId > 0) {
    out[i++] = 0x08; // request_id, varint
    i = writeVarint(out, i, requestId);
  }
  i = writeVarint(out, i, tag);
  return { out, at: writeVarint(out, i, bodyLength) };
}
