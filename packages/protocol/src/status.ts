// The UDP status probe's datagrams, pure: encode a padded request, check and decode one, and encode a
// reply that never outgrows the request it answers. Sockets live in the server and the `parley probe` CLI.
import { randomInt } from "node:crypto";
import { pb } from "./messages.js";

/** First field of every status datagram: "PRLY". Anything else on the port is dropped unanswered. */
export const STATUS_MAGIC = 0x50524c59;
/**
 * Smallest request answered, in bytes. Requests are padded up to it so that the reply (about 100 bytes
 * plus the server name) always fits inside the request's size: the probe cannot amplify traffic.
 */
export const STATUS_REQUEST_MIN_BYTES = 512;
/** Largest request answered, in bytes: what fits an unfragmented datagram on any path (QUIC's figure). */
export const STATUS_REQUEST_MAX_BYTES = 1200;

/** What a server tells about itself; nothing about its users. */
export interface ServerStatus {
  serverName: string;
  serverVersion: string;
  protocolVersion: number;
  sessionsOnline: number;
  rooms: number;
  uptimeMs: number;
  tls: boolean;
}

/** A fresh request nonce: 48 random bits, exact in a JavaScript number. */
export function statusNonce(): number {
  return randomInt(0, 2 ** 48 - 1);
}

/** A request datagram of exactly `sizeBytes` (at least the minimum), padded with zero bytes. */
export function encodeStatusRequest(nonce: number, sizeBytes = STATUS_REQUEST_MIN_BYTES): Uint8Array {
  const size = Math.min(Math.max(sizeBytes, STATUS_REQUEST_MIN_BYTES), STATUS_REQUEST_MAX_BYTES);
  const bare = pb.StatusRequest.encode({ magic: STATUS_MAGIC, nonce }).finish().length;
  // Field 15 costs one tag byte and a length prefix of one or two bytes before the padding itself.
  let padding = size - bare - 2;
  if (padding > 127) padding -= 1;
  const bytes = pb.StatusRequest.encode({
    magic: STATUS_MAGIC,
    nonce,
    padding: new Uint8Array(padding),
  }).finish();
  if (bytes.length !== size) throw new Error(`status request is ${bytes.length} bytes, expected ${size}`);
  return bytes;
}

/**
 * The nonce of a well-formed request, or undefined for anything to be dropped silently: a size outside
 * STATUS_REQUEST_MIN_BYTES..STATUS_REQUEST_MAX_BYTES, bytes that do not decode, or the wrong magic.
 */
export function parseStatusRequest(datagram: Uint8Array): number | undefined {
  if (datagram.length < STATUS_REQUEST_MIN_BYTES || datagram.length > STATUS_REQUEST_MAX_BYTES)
    return undefined;
  try {
    const request = pb.StatusRequest.decode(datagram);
    return request.magic === STATUS_MAGIC ? Number(request.nonce) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The reply to the request with `nonce`, no larger than `maxBytes` (the request's size): the server name
 * is shortened, a code point at a time, until it fits. Undefined if even an empty name does not fit.
 */
export function encodeStatusReply(
  nonce: number,
  status: ServerStatus,
  maxBytes: number,
): Uint8Array | undefined {
  let name = [...status.serverName];
  const encode = () =>
    pb.StatusReply.encode({ ...status, serverName: name.join(""), magic: STATUS_MAGIC, nonce }).finish();
  let bytes = encode();
  while (bytes.length > maxBytes && name.length > 0) {
    const over = bytes.length - maxBytes;
    // Each code point is one to four bytes: drop at least a quarter of the excess at a time.
    name = name.slice(0, Math.max(0, name.length - Math.max(1, Math.ceil(over / 4))));
    bytes = encode();
  }
  return bytes.length <= maxBytes ? bytes : undefined;
}

/** A reply's status, if the datagram is a well-formed reply to `nonce`; undefined for anything else. */
export function parseStatusReply(datagram: Uint8Array, nonce: number): ServerStatus | undefined {
  try {
    const reply = pb.StatusReply.decode(datagram);
    if (reply.magic !== STATUS_MAGIC || Number(reply.nonce) !== nonce) return undefined;
    return {
      serverName: reply.serverName,
      serverVersion: reply.serverVersion,
      protocolVersion: reply.protocolVersion,
      sessionsOnline: reply.sessionsOnline,
      rooms: reply.rooms,
      uptimeMs: Number(reply.uptimeMs),
      tls: reply.tls,
    };
  } catch {
    return undefined;
  }
}
