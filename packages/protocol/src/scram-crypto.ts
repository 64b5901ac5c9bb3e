// The only cryptographic calls SCRAM makes, behind one small interface: node:crypto here, and a
// browser build can pass its own (WebCrypto-backed) implementation without touching scram.ts.
import { createHash, createHmac, pbkdf2Sync, randomBytes, timingSafeEqual } from "node:crypto";

/** The primitives SCRAM-SHA-256 needs; every byte string is a Uint8Array. */
export interface ScramCrypto {
  /** PBKDF2-HMAC-SHA-256 with a 32-byte output (RFC 5802's Hi()). */
  hi(password: Uint8Array, salt: Uint8Array, iterations: number): Uint8Array;
  hmac(key: Uint8Array, data: Uint8Array): Uint8Array;
  sha256(data: Uint8Array): Uint8Array;
  randomBytes(length: number): Uint8Array;
  /** Equal lengths and equal bytes, in time that does not depend on where they differ. */
  equal(a: Uint8Array, b: Uint8Array): boolean;
}

/** ScramCrypto on node:crypto. */
export const nodeScramCrypto: ScramCrypto = {
  hi: (password, salt, iterations) => pbkdf2Sync(password, salt, iterations, 32, "sha256"),
  hmac: (key, data) => createHmac("sha256", key).update(data).digest(),
  sha256: (data) => createHash("sha256").update(data).digest(),
  randomBytes: (length) => randomBytes(length),
  equal: (a, b) => a.length === b.length && timingSafeEqual(a, b),
};
