// Envelope ⇄ bytes. Encoding yields a ready-to-write frame; decoding turns protobufjs's bare
// exceptions into MalformedFrameError so callers only ever see named protocol errors.
import { MalformedFrameError } from "./errors.js";
import { frameBytes } from "./frame.js";
import { type DecodedEnvelope, type Envelope, pb } from "./messages.js";

/** Encodes one envelope as a complete frame (prefix + body). Encode a broadcast once and write these bytes to every recipient. */
export function encodeFrame(envelope: Envelope): Buffer {
  return frameBytes(pb.Envelope.encode(envelope).finish());
}

/** Encodes one envelope body without the length prefix. */
export function encodeEnvelope(envelope: Envelope): Uint8Array {
  return pb.Envelope.encode(envelope).finish();
}

/**
 * Decodes a frame body. Throws MalformedFrameError for bytes that are not an Envelope.
 * An envelope whose `body` is unset (an empty frame, or a message kind newer than this code) decodes
 * fine: answering it with UNKNOWN_MESSAGE is the receiver's call.
 */
export function decodeEnvelope(body: Uint8Array): DecodedEnvelope {
  try {
    return pb.Envelope.decode(body);
  } catch (cause) {
    throw new MalformedFrameError(`malformed envelope: ${(cause as Error).message}`, { cause });
  }
}
