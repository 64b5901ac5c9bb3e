// Reads the text of a ChatMessage envelope straight from its bytes, skipping everything else: the load
// generator receives millions of deliveries and must stay cheaper than the server it measures. Anything
// that is not a chat message is left to the full decoder (decodeEnvelope). The field numbers below are
// those of proto/parley/v1/{envelope,chat}.proto; peek.test.ts checks them against the generated encoder.

/** Envelope.request_id. */
const ENVELOPE_REQUEST_ID = 1;
/** Envelope.message (ChatMessage), in the body oneof. */
const ENVELOPE_MESSAGE = 51;
/** ChatMessage.text. */
const CHAT_TEXT = 6;

/** Where a chat message's text lies in a frame body, and the envelope's request id. */
export interface PeekedChat {
  requestId: number;
  textStart: number;
  textEnd: number;
}

/**
 * If `body` is an Envelope carrying a ChatMessage, fills `out` and returns true. Returns false for any
 * other envelope (or bytes it cannot walk), which the caller then decodes in full.
 */
export function peekChat(body: Uint8Array, out: PeekedChat): boolean {
  const cursor = { pos: 0 };
  let requestId = 0;
  let found = false;
  while (cursor.pos < body.length) {
    const tag = readVarint(body, cursor);
    if (tag < 0) return false;
    const field = Math.floor(tag / 8);
    const wire = tag & 7;
    if (field === ENVELOPE_REQUEST_ID && wire === 0) {
      requestId = readVarint(body, cursor);
      if (requestId < 0) return false;
    } else if (field === ENVELOPE_MESSAGE && wire === 2) {
      const length = readVarint(body, cursor);
      if (length < 0 || cursor.pos + length > body.length) return false;
      if (!findText(body, cursor.pos, cursor.pos + length, out)) return false;
      cursor.pos += length;
      found = true;
    } else if (!skip(body, cursor, wire)) return false;
  }
  out.requestId = requestId;
  return found;
}

/** Finds ChatMessage.text within `body[start..end)`; an absent text (empty string) is a zero-length range. */
function findText(body: Uint8Array, start: number, end: number, out: PeekedChat): boolean {
  const cursor = { pos: start };
  out.textStart = out.textEnd = start;
  while (cursor.pos < end) {
    const tag = readVarint(body, cursor);
    if (tag < 0) return false;
    const wire = tag & 7;
    if (tag >>> 3 === CHAT_TEXT && wire === 2) {
      const length = readVarint(body, cursor);
      if (length < 0 || cursor.pos + length > end) return false;
      out.textStart = cursor.pos;
      out.textEnd = cursor.pos + length;
      cursor.pos += length;
    } else if (!skip(body, cursor, wire)) return false;
  }
  return true;
}

/** Reads a varint of up to 53 bits at `cursor.pos`; returns -1 if it runs past the end. */
function readVarint(body: Uint8Array, cursor: { pos: number }): number {
  let value = 0;
  let scale = 1;
  while (cursor.pos < body.length) {
    const byte = body[cursor.pos++]!;
    value += (byte & 0x7f) * scale;
    if (byte < 0x80) return value;
    scale *= 128;
    if (scale > 2 ** 63) return -1;
  }
  return -1;
}

/** Skips one field value of wire type `wire`; false for group wire types or a value past the end. */
function skip(body: Uint8Array, cursor: { pos: number }, wire: number): boolean {
  switch (wire) {
    case 0:
      return readVarint(body, cursor) >= 0;
    case 1:
      cursor.pos += 8;
      return cursor.pos <= body.length;
    case 2: {
      const length = readVarint(body, cursor);
      cursor.pos += length;
      return length >= 0 && cursor.pos <= body.length;
    }
    case 5:
      cursor.pos += 4;
      return cursor.pos <= body.length;
    default:
      return false;
  }
}
