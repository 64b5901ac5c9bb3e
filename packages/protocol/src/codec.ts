// Envelope ⇄ bytes. Encoding yields a ready-to-write frame; decoding turns protobufjs's bare
// exceptions into MalformedFrameError so callers only ever see named protocol errors.
import $protobuf from "protobufjs/minimal.js";
import { writeEnvelope } from "./envelope-writer.js";
import { MalformedFrameError } from "./errors.js";
import { type DecodedEnvelope, type Envelope, pb } from "./messages.js";

/**
 * Encodes one envelope as a complete frame (prefix + body), in the buffer it is encoded in. Encode a
 * broadcast once and write these bytes to every recipient.
 */
export function encodeFrame(envelope: Envelope): Buffer {
  return writeEnvelope(envelope, $protobuf.Writer.create().fork()).ldelim().finish() as Buffer;
}

/** Encodes one envelope body without the length prefix. */
export function encodeEnvelope(envelope: Envelope): Uint8Array {
  return writeEnvelope(envelope, $protobuf.Writer.create()).finish();
}

/**
 * Encodes envelopes as consecutive frames in one buffer, each prefixed with its length as
 * frameBytes does, through one protobuf writer: no buffer per envelope, no copy to frame it and none
 * to join the frames. `offsets` gets where each frame starts, and at `envelopes.length` the total.
 */
export function encodeFrames(envelopes: readonly Envelope[], offsets: number[]): Uint8Array {
  const writer = $protobuf.Writer.create();
  offsets[0] = 0;
  for (let i = 0; i < envelopes.length; i++) {
    writeEnvelope(envelopes[i]!, writer.fork()).ldelim();
    offsets[i + 1] = writer.len;
  }
  return writer.finish();
}

/** The body of the frame at `frames[start, end)` (as encodeFrames lays them out): the bytes after its length prefix. */
export function frameBody(frames: Uint8Array, start: number, end: number): Uint8Array {
  let i = start;
  while (frames[i]! & 0x80) i++;
  return frames.subarray(i + 1, end);
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
