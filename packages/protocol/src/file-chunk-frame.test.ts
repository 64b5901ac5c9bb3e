// The hand-built FileChunk frame equals the generated encoder's, for every field combination.
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { encodeFrame } from "./codec.js";
import { fileChunkFrame } from "./file-chunk-frame.js";

describe("fileChunkFrame", () => {
  it("matches encodeFrame byte for byte", () => {
    for (const requestId of [0, 1, 300, 0xffffffff]) {
      for (const offset of [0, 1, 65_536, 2 ** 32 + 5, 2 ** 40]) {
        for (const size of [0, 1, 200, 262_144]) {
          for (const id of ["", "0123456789abcdef0123456789abcdef"]) {
            const data = randomBytes(size);
            const [header, body] = fileChunkFrame(requestId, id, offset, data);
            const expected = encodeFrame({ requestId, fileChunk: { id, offset, data } });
            expect(
              Buffer.concat([header, body]).equals(expected),
              `${requestId}/${offset}/${size}/${id}`,
            ).toBe(true);
            expect(body).toBe(data); // the chunk itself, not a copy
          }
        }
      }
    }
  });
});
