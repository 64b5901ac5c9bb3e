// The text of a bench message: "<sender>.<seq>.<sentAtUs>;" then padding to the payload size.
// Both targets carry it unchanged, so one parser serves both, reading digits straight from the bytes.

/** Builds the text of message `seq` from client `sender`, sent at `sentAtUs`, padded with "x" to `payloadBytes`. */
export function makePayload(sender: number, seq: number, sentAtUs: number, payloadBytes: number): string {
  const header = `${sender}.${seq}.${sentAtUs};`;
  return header.length >= payloadBytes ? header : header + "x".repeat(payloadBytes - header.length);
}

/** A parsed header; one object is reused per receiver, so parsing allocates nothing. */
export interface PayloadHeader {
  sender: number;
  seq: number;
  sentAtUs: number;
}

/**
 * Reads the header from `bytes[start..end)` into `out`. Returns false if the bytes do not start with a
 * well-formed header (three dot/semicolon-terminated decimal numbers).
 */
export function readPayloadHeader(
  bytes: Uint8Array,
  start: number,
  end: number,
  out: PayloadHeader,
): boolean {
  let field = 0;
  let value = 0;
  let digits = 0;
  for (let i = start; i < end; i++) {
    const c = bytes[i]!;
    if (c >= 0x30 && c <= 0x39) {
      value = value * 10 + (c - 0x30);
      digits++;
      continue;
    }
    if (digits === 0) return false;
    if (field === 0 && c === 0x2e) out.sender = value;
    else if (field === 1 && c === 0x2e) out.seq = value;
    else if (field === 2 && c === 0x3b) {
      out.sentAtUs = value;
      return true;
    } else return false;
    field++;
    value = 0;
    digits = 0;
  }
  return false;
}
