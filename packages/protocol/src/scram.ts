// SCRAM-SHA-256 (RFC 5802, RFC 7677) without channel binding: the client and server halves as small
// state machines with no I/O, plus the verifier a server stores instead of the password.
import { saslprep } from "@mongodb-js/saslprep";
import { ScramAuthError, ScramError } from "./errors.js";
import { nodeScramCrypto, type ScramCrypto } from "./scram-crypto.js";

/** RFC 7677's minimum; what new verifiers use unless told otherwise. */
export const SCRAM_DEFAULT_ITERATIONS = 4096;
/** A client refuses a server asking for more: one login would cost it seconds of CPU. */
export const SCRAM_MAX_ITERATIONS = 1_000_000;
/** Longest SCRAM message either half accepts, in characters (a nick, two nonces, a salt, a proof). */
export const SCRAM_MAX_MESSAGE_CHARS = 1024;

export { ScramAuthError, ScramError };

/** What a server keeps for a password: never the password itself, and not enough to log in with. */
export interface ScramVerifier {
  /** Base64 salt. */
  salt: string;
  iterations: number;
  /** Base64 H(ClientKey): checks the client's proof. */
  storedKey: string;
  /** Base64 HMAC(SaltedPassword, "Server Key"): signs the server's final message. */
  serverKey: string;
}

const encoder = new TextEncoder();
const utf8 = (text: string): Uint8Array => encoder.encode(text);
// btoa/atob rather than Buffer: both exist in Node and in browsers.
const toBase64 = (bytes: Uint8Array): string => btoa(String.fromCharCode(...bytes));
function fromBase64(text: string): Uint8Array {
  try {
    return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
  } catch (error) {
    throw new ScramError("bad base64 in a SCRAM message", { cause: error });
  }
}

/** The password as SCRAM hashes it: SASLprep'd (refusing what SASLprep forbids) and UTF-8 encoded. */
function normalizePassword(password: string): Uint8Array {
  try {
    return utf8(saslprep(password));
  } catch (error) {
    throw new ScramError("the password holds characters SASLprep forbids", { cause: error });
  }
}

function xor(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length);
  for (let i = 0; i < a.length; i++) out[i] = a[i]! ^ b[i]!;
  return out;
}

/** Client and server keys from a password: what both halves and the verifier derive. */
function deriveKeys(password: string, salt: Uint8Array, iterations: number, crypto: ScramCrypto) {
  const salted = crypto.hi(normalizePassword(password), salt, iterations);
  const clientKey = crypto.hmac(salted, utf8("Client Key"));
  return {
    clientKey,
    storedKey: crypto.sha256(clientKey),
    serverKey: crypto.hmac(salted, utf8("Server Key")),
  };
}

/** Makes the verifier to store for `password`, with a fresh 16-byte salt unless one is given. */
export function scramVerifier(
  password: string,
  options: { iterations?: number; salt?: Uint8Array; crypto?: ScramCrypto } = {},
): ScramVerifier {
  const crypto = options.crypto ?? nodeScramCrypto;
  const salt = options.salt ?? crypto.randomBytes(16);
  const iterations = options.iterations ?? SCRAM_DEFAULT_ITERATIONS;
  const { storedKey, serverKey } = deriveKeys(password, salt, iterations, crypto);
  return { salt: toBase64(salt), iterations, storedKey: toBase64(storedKey), serverKey: toBase64(serverKey) };
}

/** A SCRAM message's attributes ("k=v" separated by commas), in order; throws on bad syntax. */
function attributes(message: string): Map<string, string> {
  if (message.length > SCRAM_MAX_MESSAGE_CHARS) throw new ScramError("SCRAM message too long");
  const out = new Map<string, string>();
  for (const part of message.split(",")) {
    if (!/^[A-Za-z]=/.test(part)) throw new ScramError(`bad SCRAM attribute "${part.slice(0, 20)}"`);
    const key = part[0]!;
    if (out.has(key)) throw new ScramError(`SCRAM attribute ${key} given twice`);
    out.set(key, part.slice(2));
  }
  return out;
}

function required(attrs: Map<string, string>, key: string): string {
  const value = attrs.get(key);
  if (value === undefined || value === "") throw new ScramError(`SCRAM attribute ${key} missing`);
  return value;
}

/** A printable nonce (RFC 5802: any printable ASCII but ","). */
function makeNonce(crypto: ScramCrypto): string {
  return toBase64(crypto.randomBytes(18));
}

const escapeName = (name: string): string => name.replace(/=/g, "=3D").replace(/,/g, "=2C");

function unescapeName(name: string): string {
  if (/=(?!2C|3D)/.test(name)) throw new ScramError("bad escape in the SCRAM user name");
  return name.replace(/=2C/g, ",").replace(/=3D/g, "=");
}

/** "n,," : this implementation neither offers nor uses channel binding. */
const GS2_HEADER = "n,,";
const GS2_HEADER_BASE64 = "biws";

/**
 * The client half: clientFirst() → (server-first) → clientFinal() → (server-final) → verifyServer().
 * Only after verifyServer() returns is the server known to hold this password's verifier.
 */
export class ScramClient {
  private readonly crypto: ScramCrypto;
  private readonly clientNonce: string;
  private readonly firstBare: string;
  private expectedServerSignature: Uint8Array | undefined;

  constructor(
    user: string,
    private readonly password: string,
    options: { nonce?: string; crypto?: ScramCrypto } = {},
  ) {
    this.crypto = options.crypto ?? nodeScramCrypto;
    this.clientNonce = options.nonce ?? makeNonce(this.crypto);
    this.firstBare = `n=${escapeName(user)},r=${this.clientNonce}`;
  }

  /** The client-first message. */
  clientFirst(): string {
    return GS2_HEADER + this.firstBare;
  }

  /** Answers the server-first message with the client-final one (the proof); throws ScramError. */
  clientFinal(serverFirst: string): string {
    const attrs = attributes(serverFirst);
    const nonce = required(attrs, "r");
    const salt = fromBase64(required(attrs, "s"));
    const iterations = Number(required(attrs, "i"));
    if (!nonce.startsWith(this.clientNonce) || nonce.length === this.clientNonce.length)
      throw new ScramError("the server's nonce does not extend the client's");
    if (
      !Number.isInteger(iterations) ||
      iterations < SCRAM_DEFAULT_ITERATIONS ||
      iterations > SCRAM_MAX_ITERATIONS
    )
      throw new ScramError(`the server asks for ${iterations} iterations`);
    if (salt.length === 0) throw new ScramError("the server sent an empty salt");
    const keys = deriveKeys(this.password, salt, iterations, this.crypto);
    const finalWithoutProof = `c=${GS2_HEADER_BASE64},r=${nonce}`;
    const authMessage = utf8(`${this.firstBare},${serverFirst},${finalWithoutProof}`);
    const signature = this.crypto.hmac(keys.storedKey, authMessage);
    this.expectedServerSignature = this.crypto.hmac(keys.serverKey, authMessage);
    return `${finalWithoutProof},p=${toBase64(xor(keys.clientKey, signature))}`;
  }

  /** Checks the server-final message; throws ScramError unless the server proved it holds the verifier. */
  verifyServer(serverFinal: string): void {
    if (!this.expectedServerSignature) throw new ScramError("server-final before client-final");
    const attrs = attributes(serverFinal);
    const error = attrs.get("e");
    if (error !== undefined) throw new ScramAuthError(`the server refused: ${error}`);
    const signature = fromBase64(required(attrs, "v"));
    if (!this.crypto.equal(signature, this.expectedServerSignature))
      throw new ScramError("the server's signature is wrong: it does not know this password");
  }
}

/** The parts of a client-first message a server needs before it can look the user up. */
export interface ClientFirst {
  /** The user name, unescaped (not SASLprep'd: the server matches it by its own name rules). */
  user: string;
  nonce: string;
  /** The message without its GS2 header, as the AuthMessage includes it. */
  bare: string;
}

/** Parses a client-first message; throws ScramError on bad syntax or a channel-binding request. */
export function parseClientFirst(message: string): ClientFirst {
  if (!message.startsWith(GS2_HEADER)) {
    throw new ScramError(
      message.startsWith("p=") || message.startsWith("y,")
        ? "channel binding is not supported"
        : "the client-first message must start with n,,",
    );
  }
  const bare = message.slice(GS2_HEADER.length);
  const attrs = attributes(bare);
  if (attrs.has("m")) throw new ScramError("SCRAM extensions are not supported");
  const user = unescapeName(required(attrs, "n"));
  const nonce = required(attrs, "r");
  if (!/^[\x21-\x2b\x2d-\x7e]+$/.test(nonce)) throw new ScramError("the client nonce is not printable");
  return { user, nonce, bare };
}

/**
 * The server half for one login: made from the parsed client-first message and the user's stored
 * verifier; serverFirst is its challenge, and finish() checks the client's proof.
 */
export class ScramServer {
  private readonly crypto: ScramCrypto;
  /** The challenge to send: the combined nonce, the salt and the iteration count. */
  readonly serverFirst: string;
  private readonly nonce: string;

  constructor(
    private readonly first: ClientFirst,
    private readonly verifier: ScramVerifier,
    options: { nonce?: string; crypto?: ScramCrypto } = {},
  ) {
    this.crypto = options.crypto ?? nodeScramCrypto;
    this.nonce = first.nonce + (options.nonce ?? makeNonce(this.crypto));
    this.serverFirst = `r=${this.nonce},s=${verifier.salt},i=${verifier.iterations}`;
  }

  /**
   * Checks the client-final message. Returns the server-final message (the server's signature) when
   * the proof is right; throws ScramAuthError for a wrong password and ScramError for bad syntax.
   */
  finish(clientFinal: string): string {
    const proofAt = clientFinal.lastIndexOf(",p=");
    if (proofAt < 0) throw new ScramError("the client-final message has no proof");
    const withoutProof = clientFinal.slice(0, proofAt);
    const attrs = attributes(clientFinal);
    if (required(attrs, "c") !== GS2_HEADER_BASE64)
      throw new ScramError("channel binding data does not match");
    if (required(attrs, "r") !== this.nonce) throw new ScramError("the nonce does not match");
    const proof = fromBase64(required(attrs, "p"));
    const storedKey = fromBase64(this.verifier.storedKey);
    const authMessage = utf8(`${this.first.bare},${this.serverFirst},${withoutProof}`);
    const signature = this.crypto.hmac(storedKey, authMessage);
    if (proof.length !== signature.length) throw new ScramAuthError("wrong password");
    const clientKey = xor(proof, signature);
    if (!this.crypto.equal(this.crypto.sha256(clientKey), storedKey))
      throw new ScramAuthError("wrong password");
    return `v=${toBase64(this.crypto.hmac(fromBase64(this.verifier.serverKey), authMessage))}`;
  }
}
