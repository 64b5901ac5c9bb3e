// FrameDecoder: whole frames out of any chunking, limits on the prefix, clean versus truncated ends.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FrameLengthError, FrameTooLargeError, ProtocolError, TruncatedFrameError } from "./errors.js";
import { FrameDecoder, frameBytes, varintLength } from "./frame.js";

const bytes = (...values: number[]) => Uint8Array.from(values);

function concat(parts: Uint8Array[]): Uint8Array {
  return Buffer.concat(parts);
}

/** Splits `data` at the given cut points. */
function split(data: Uint8Array, sizes: number[]): Uint8Array[] {
  const out: Uint8Array[] = [];
  let offset = 0;
  let i = 0;
  while (offset < data.length) {
    const size = Math.max(1, sizes.length ? sizes[i++ % sizes.length]! : data.length);
    out.push(data.subarray(offset, offset + size));
    offset += size;
  }
  return out;
}

function decodeAll(chunks: Uint8Array[], maxFrameBytes?: number): Uint8Array[] {
  const decoder = new FrameDecoder({ maxFrameBytes });
  const frames: Uint8Array[] = [];
  for (const chunk of chunks) frames.push(...decoder.push(chunk).map((f) => Uint8Array.from(f)));
  decoder.end();
  return frames;
}

describe("frameBytes", () => {
  it("writes the standard varint prefix", () => {
    expect(frameBytes(bytes(1, 2, 3))).toEqual(Buffer.from([3, 1, 2, 3]));
    const body = new Uint8Array(300);
    const framed = frameBytes(body);
    expect([...framed.subarray(0, 2)]).toEqual([0xac, 0x02]);
    expect(framed.length).toBe(302);
  });

  it("sizes varints at every boundary", () => {
    for (const [value, size] of [
      [0, 1],
      [127, 1],
      [128, 2],
      [16383, 2],
      [16384, 3],
      [2097151, 3],
      [2097152, 4],
      [268435455, 4],
      [268435456, 5],
    ] as const) {
      expect(varintLength(value)).toBe(size);
    }
  });
});

describe("FrameDecoder", () => {
  it("yields frames fed one byte at a time", () => {
    const frames = [bytes(), bytes(7), new Uint8Array(200).fill(9), bytes(1, 2, 3)];
    const stream = concat(frames.map((f) => frameBytes(f)));
    expect(decodeAll(split(stream, [1]))).toEqual(frames);
  });

  it("yields frames from any chunking (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.uint8Array({ maxLength: 600 }), { maxLength: 20 }),
        fc.array(fc.integer({ min: 1, max: 700 }), { minLength: 1, maxLength: 10 }),
        (frames, sizes) => {
          const stream = concat(frames.map((f) => frameBytes(f)));
          expect(decodeAll(split(stream, sizes))).toEqual(frames);
        },
      ),
    );
  });

  it("refuses an oversized length from the prefix alone, before any body byte", () => {
    const decoder = new FrameDecoder({ maxFrameBytes: 1000 });
    // 1001 as a varint: 0xe9 0x07. No body follows.
    expect(() => decoder.push(bytes(0xe9, 0x07))).toThrow(FrameTooLargeError);
    const split = new FrameDecoder({ maxFrameBytes: 1000 });
    expect(split.push(bytes(0xe9))).toEqual([]);
    expect(() => split.push(bytes(0x07))).toThrow(FrameTooLargeError);
  });

  it("accepts a frame of exactly maxFrameBytes", () => {
    const body = new Uint8Array(1000).fill(1);
    expect(decodeAll([frameBytes(body)], 1000)).toEqual([body]);
  });

  it("applies a changed limit to the next prefix, and clear() drops what is buffered", () => {
    const decoder = new FrameDecoder({ maxFrameBytes: 100 });
    expect(() => new FrameDecoder({ maxFrameBytes: 100 }).push(frameBytes(new Uint8Array(200)))).toThrow(
      FrameTooLargeError,
    );
    decoder.setMaxFrameBytes(300);
    const body = new Uint8Array(200).fill(7);
    expect(decoder.push(frameBytes(body).subarray(0, 50))).toEqual([]);
    expect(decoder.bufferedBytes).toBe(48);
    decoder.clear();
    expect(decoder.bufferedBytes).toBe(0);
    expect(decoder.push(frameBytes(body)).map((frame) => Array.from(frame))).toEqual([Array.from(body)]);
  });

  it("defaults to a 1 MiB limit", () => {
    const decoder = new FrameDecoder();
    expect(decoder.maxFrameBytes).toBe(1024 * 1024);
    expect(() => decoder.push(frameBytes(new Uint8Array(1024 * 1024 + 1)).subarray(0, 3))).toThrow(
      FrameTooLargeError,
    );
  });

  it("rejects a length prefix longer than 5 bytes", () => {
    const decoder = new FrameDecoder({ maxFrameBytes: 2 ** 40 });
    expect(() => decoder.push(bytes(0x80, 0x80, 0x80, 0x80, 0x80, 0x01))).toThrow(FrameLengthError);
    const slow = new FrameDecoder({ maxFrameBytes: 2 ** 40 });
    for (let i = 0; i < 4; i++) slow.push(bytes(0x80));
    expect(() => slow.push(bytes(0x80))).toThrow(FrameLengthError);
  });

  it("tells a clean end from a truncated frame", () => {
    const clean = new FrameDecoder();
    clean.push(frameBytes(bytes(1, 2)));
    expect(() => clean.end()).not.toThrow();

    const midBody = new FrameDecoder();
    midBody.push(frameBytes(bytes(1, 2, 3)).subarray(0, 2));
    expect(() => midBody.end()).toThrow(TruncatedFrameError);

    const midPrefix = new FrameDecoder();
    midPrefix.push(bytes(0x80));
    expect(() => midPrefix.end()).toThrow(TruncatedFrameError);
  });

  it("never throws anything but named protocol errors on garbage (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ minLength: 1, maxLength: 64 }), { maxLength: 30 }), (chunks) => {
        const decoder = new FrameDecoder({ maxFrameBytes: 4096 });
        try {
          for (const chunk of chunks) decoder.push(chunk);
          decoder.end();
        } catch (error) {
          expect(error).toBeInstanceOf(ProtocolError);
        }
      }),
    );
  });

  it("copies each byte of a large frame split into 1-byte chunks exactly once", () => {
    // Linear work, counted rather than timed: a decoder that re-joined its buffer on every chunk would
    // copy the frame's bytes over and over (quadratic in the frame size). The counts tell linear from
    // quadratic at any size, so the frame stays small enough for a busy machine.
    const size = 256 * 1024;
    const stream = frameBytes(new Uint8Array(size).fill(0x5a));
    const decoder = new FrameDecoder({ maxFrameBytes: 8 * 1024 * 1024 });
    const { set } = Uint8Array.prototype;
    const { concat: joinBuffers } = Buffer;
    let copied = 0;
    let joins = 0;
    Uint8Array.prototype.set = function (this: Uint8Array, source: ArrayLike<number>, offset?: number) {
      copied += source.length;
      set.call(this, source, offset);
    };
    Buffer.concat = (...args: Parameters<typeof Buffer.concat>) => {
      joins++;
      return joinBuffers(...args);
    };
    let frames: Uint8Array[] = [];
    try {
      for (let i = 0; i < stream.length; i++) {
        const out = decoder.push(stream.subarray(i, i + 1));
        if (out.length) frames = out;
      }
    } finally {
      Uint8Array.prototype.set = set;
      Buffer.concat = joinBuffers;
    }
    expect(frames[0]!.length).toBe(size);
    expect(frames[0]![size - 1]).toBe(0x5a);
    expect(joins).toBe(0);
    expect(copied).toBe(size);
  });

  it("returns views, not copies, for frames inside one chunk", () => {
    const stream = concat([frameBytes(bytes(1, 2)), frameBytes(bytes(3))]);
    const decoder = new FrameDecoder();
    const frames = decoder.push(stream);
    expect(frames.map((f) => f.buffer === stream.buffer)).toEqual([true, true]);
  });
});
