// Length-delimited framing: a varint body length, then the body (standard protobuf delimited form).
// FrameDecoder finds whole frames in a byte stream; decoding their bodies is codec.ts's job.
import { FrameLengthError, FrameTooLargeError, TruncatedFrameError } from "./errors.js";

/** Default `maxFrameBytes`: 1 MiB. */
export const DEFAULT_MAX_FRAME_BYTES = 1024 * 1024;

/** A 32-bit length takes at most 5 varint bytes; a longer prefix is refused. */
export const MAX_PREFIX_BYTES = 5;

/** Bytes needed to write `value` (an unsigned integer up to 2^53) as a varint. */
export function varintLength(value: number): number {
  if (value < 0x80) return 1;
  if (value < 0x4000) return 2;
  if (value < 0x200000) return 3;
  if (value < 0x10000000) return 4;
  let n = 5;
  for (let rest = Math.floor(value / 2 ** 35); rest > 0; rest = Math.floor(rest / 128)) n++;
  return n;
}

/**
 * Frames `body` (one encoded Envelope) as prefix + body in a single new buffer. A non-zero `requestId`
 * is written as Envelope field 1 ahead of the body: protobuf merges concatenated fields, so one encoded
 * broadcast body (with request_id left at 0) serves every recipient, and the sender's copy differs only
 * by these few leading bytes.
 */
export function frameBytes(body: Uint8Array, requestId = 0): Buffer {
  const tagged = requestId > 0 ? 1 + varintLength(requestId) : 0;
  const length = tagged + body.length;
  const out = Buffer.allocUnsafe(varintLength(length) + length);
  let i = writeVarint(out, 0, length);
  if (tagged) {
    out[i++] = 0x08; // field 1 (request_id), wire type 0 (varint)
    i = writeVarint(out, i, requestId);
  }
  out.set(body, i);
  return out;
}

/** Writes an unsigned varint (up to 2^53) at `offset`; returns the offset after it. */
export function writeVarint(out: Uint8Array, offset: number, value: number): number {
  // Bit operators work on 32 bits: peel larger values by division first.
  while (value > 0x7fffffff) {
    out[offset++] = (value % 128) | 0x80;
    value = Math.floor(value / 128);
  }
  while (value >= 0x80) {
    out[offset++] = (value & 0x7f) | 0x80;
    value >>>= 7;
  }
  out[offset++] = value;
  return offset;
}

/** The empty chunk list every idle FrameDecoder shares; appending replaces it, never writes it. */
const NO_CHUNKS: Uint8Array[] = [];

export interface FrameDecoderOptions {
  /** Largest body accepted, in bytes. Default 1 MiB. Checked on the prefix, before the body is buffered. */
  maxFrameBytes?: number;
}

/**
 * Streaming frame splitter. Feed it chunks of any size with `push`; it returns the bodies of the
 * frames completed by that chunk, in order. Bodies are views into the input when a frame sits inside
 * one chunk and a single fresh copy when it spans several, so a large frame in many small chunks costs
 * linear time. Call `end()` at end of stream: it throws TruncatedFrameError if a frame was cut short.
 * After any thrown error the stream is unusable and the connection should be closed.
 */
export class FrameDecoder {
  /** Limit on a frame body, in bytes; see setMaxFrameBytes. */
  maxFrameBytes: number;
  /**
   * Unconsumed chunks, oldest first; `chunks[head]` starts at `headOffset`. NO_CHUNKS (shared, never
   * written) while none wait: an idle connection holds no list of its own.
   */
  private chunks: Uint8Array[] = NO_CHUNKS;
  private head = 0;
  private headOffset = 0;
  /** Unconsumed bytes across `chunks`. */
  private buffered = 0;
  /** Body length of the frame being assembled, or -1 while its prefix is still unread. */
  private bodyLength = -1;

  constructor(options: FrameDecoderOptions = {}) {
    this.maxFrameBytes = options.maxFrameBytes ?? DEFAULT_MAX_FRAME_BYTES;
  }

  /** Bytes received but not yet returned as part of a frame. */
  get bufferedBytes(): number {
    return this.buffered;
  }

  /**
   * Changes the limit for frames whose prefix has not been read yet (a server raises it once the
   * peer has logged in). A frame already being assembled keeps the limit it was checked against.
   */
  setMaxFrameBytes(maxFrameBytes: number): void {
    this.maxFrameBytes = maxFrameBytes;
  }

  /** Drops whatever is buffered, freeing it at once (the stream is being abandoned). */
  clear(): void {
    this.reset();
  }

  /** Adds a chunk and returns every frame body it completes (possibly none). */
  push(chunk: Uint8Array): Uint8Array[] {
    const frames: Uint8Array[] = [];
    if (chunk.length === 0) return frames;
    if (this.buffered === 0 && this.bodyLength < 0) {
      // Fast path: nothing pending, so frames can be sliced straight out of this chunk.
      let offset = 0;
      while (offset < chunk.length) {
        const prefix = this.readPrefix(chunk, offset);
        if (prefix < 0) break;
        const start = offset + prefix;
        const length = this.bodyLength;
        if (chunk.length - start < length) break;
        frames.push(chunk.subarray(start, start + length));
        this.bodyLength = -1;
        offset = start + length;
      }
      if (offset < chunk.length) {
        this.bodyLength = -1;
        this.append(offset === 0 ? chunk : chunk.subarray(offset));
        this.drain(frames);
      }
      return frames;
    }
    this.append(chunk);
    this.drain(frames);
    return frames;
  }

  /** Declares end of stream. Throws TruncatedFrameError if bytes of an unfinished frame remain. */
  end(): void {
    if (this.buffered > 0) {
      const pending = this.buffered;
      this.reset();
      throw new TruncatedFrameError(pending);
    }
  }

  private append(chunk: Uint8Array): void {
    if (this.chunks === NO_CHUNKS) this.chunks = [chunk];
    else this.chunks.push(chunk);
    this.buffered += chunk.length;
  }

  /**
   * Reads a prefix from one contiguous buffer at `offset`. Returns the prefix size (1..5) and sets
   * `bodyLength`, or -1 if the prefix is incomplete. Throws on a prefix over 5 bytes or over the limit.
   */
  private readPrefix(buf: Uint8Array, offset: number): number {
    let value = 0;
    for (let i = 0; i < MAX_PREFIX_BYTES; i++) {
      if (offset + i >= buf.length) return -1;
      const byte = buf[offset + i]!;
      value += (byte & 0x7f) * 2 ** (7 * i);
      if (byte < 0x80) {
        this.checkLength(value);
        this.bodyLength = value;
        return i + 1;
      }
    }
    throw new FrameLengthError();
  }

  private checkLength(value: number): void {
    if (value > this.maxFrameBytes) throw new FrameTooLargeError(value, this.maxFrameBytes);
  }

  /** Slow path: frames spanning chunks. */
  private drain(frames: Uint8Array[]): void {
    for (;;) {
      if (this.bodyLength < 0) {
        if (!this.consumePrefix()) return;
      }
      if (this.buffered < this.bodyLength) return;
      frames.push(this.take(this.bodyLength));
      this.bodyLength = -1;
      if (this.buffered === 0) {
        this.reset();
        return;
      }
    }
  }

  /** Reads a prefix that may straddle chunks; returns false if it is not complete yet. */
  private consumePrefix(): boolean {
    let value = 0;
    let index = this.head;
    let offset = this.headOffset;
    for (let i = 0; i < MAX_PREFIX_BYTES; i++) {
      if (i >= this.buffered) return false;
      let chunk = this.chunks[index]!;
      while (offset >= chunk.length) {
        index++;
        offset = 0;
        chunk = this.chunks[index]!;
      }
      const byte = chunk[offset++]!;
      value += (byte & 0x7f) * 2 ** (7 * i);
      if (byte < 0x80) {
        this.checkLength(value);
        this.skip(i + 1);
        this.bodyLength = value;
        return true;
      }
    }
    throw new FrameLengthError();
  }

  /** Drops `count` bytes from the front. */
  private skip(count: number): void {
    this.buffered -= count;
    while (count > 0) {
      const chunk = this.chunks[this.head]!;
      const available = chunk.length - this.headOffset;
      if (count < available) {
        this.headOffset += count;
        return;
      }
      count -= available;
      this.head++;
      this.headOffset = 0;
    }
    this.compact();
  }

  /** Removes `count` bytes from the front and returns them: a view if they lie in one chunk, else one copy. */
  private take(count: number): Uint8Array {
    if (count === 0) return new Uint8Array(0);
    const first = this.chunks[this.head]!;
    if (first.length - this.headOffset >= count) {
      const out = first.subarray(this.headOffset, this.headOffset + count);
      this.skip(count);
      return out;
    }
    // Every byte is overwritten below, so skip the zero-fill.
    const out = Buffer.allocUnsafe(count);
    let written = 0;
    while (written < count) {
      const chunk = this.chunks[this.head]!;
      const n = Math.min(chunk.length - this.headOffset, count - written);
      out.set(chunk.subarray(this.headOffset, this.headOffset + n), written);
      written += n;
      if (this.headOffset + n === chunk.length) {
        this.head++;
        this.headOffset = 0;
      } else {
        this.headOffset += n;
      }
    }
    this.buffered -= count;
    this.compact();
    return out;
  }

  /** Forgets consumed chunks once they make up half the list, keeping removal amortised O(1). */
  private compact(): void {
    if (this.head === this.chunks.length) {
      this.chunks = NO_CHUNKS;
      this.head = 0;
    } else if (this.head > 64 && this.head * 2 > this.chunks.length) {
      this.chunks = this.chunks.slice(this.head);
      this.head = 0;
    }
  }

  private reset(): void {
    this.chunks = NO_CHUNKS;
    this.head = 0;
    this.headOffset = 0;
    this.buffered = 0;
    this.bodyLength = -1;
  }
}
