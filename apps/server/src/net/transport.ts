// The seam between a Session and what carries its envelopes: a TCP (or TLS) socket through
// FramedSocket, or a WebSocket through WsTransport. The session never knows which one it has.
import type { Envelope, FramedSocketHandlers, FramedSocketOptions } from "@parley/protocol";

/** How a session reached the server, as operators and metrics name it. */
export type TransportKind = "tcp" | "tls" | "ws" | "wss";

/** Every transport kind, in the order metrics and docs list them. */
export const TRANSPORT_KINDS: readonly TransportKind[] = ["tcp", "tls", "ws", "wss"];

/**
 * One connection as a stream of envelopes. Frames handed to `sendFrame` are length-prefixed
 * (encodeFrame's output, one or several joined); a transport without a byte stream of its own (a
 * WebSocket) takes the prefixes off and sends each body as one message. Writes made in one event-loop
 * turn leave together.
 */
export interface ChatTransport {
  /** Queues one envelope; false if the send buffer is past its high-water mark or the peer is gone. */
  send(envelope: Envelope): boolean;
  /** Queues encoded frames; the same bytes may go to many transports. */
  sendFrame(frame: Uint8Array): boolean;
  /** Bytes queued and not yet handed to the kernel: the send queue. */
  readonly writableBytes: number;
  /** Queued bytes left from earlier turns: what the peer had the chance to take and did not. */
  readonly backlogBytes: number;
  /** Bytes received and sent so far. */
  readonly bytesIn: number;
  readonly bytesOut: number;
  readonly isClosed: boolean;
  /** Changes the largest envelope accepted from now on (raised after login). */
  setMaxFrameBytes(maxFrameBytes: number): void;
  /** Stops reading until resumeReading (the peer's sends back up in TCP). */
  pauseReading(): void;
  resumeReading(): void;
  /** Stops delivering envelopes for good (after a protocol error, or while closing). */
  stopReading(): void;
  /** Resolves when the send buffer has drained below its high-water mark. */
  drained(): Promise<void>;
  /** Hands this turn's writes to the kernel now. */
  flush(): void;
  /** Flushes, then closes; cut after `timeoutMs` if the peer does not close its side. */
  end(timeoutMs?: number): void;
  /** Closes at once, dropping anything queued. */
  destroy(): void;
}

/** Where a connection comes from and how. */
export interface Peer {
  /** The IP address as bans and filters match it (IPv4-mapped IPv6 unwrapped). */
  address: string;
  port: number;
  transport: TransportKind;
}

/** Builds a session's transport once the session (its handlers) exists. */
export type OpenTransport = (handlers: FramedSocketHandlers, options: FramedSocketOptions) => ChatTransport;

/** "::ffff:127.0.0.1" → "127.0.0.1", so bans and filters match what operators type. */
export function normalizeAddress(address: string): string {
  return address.startsWith("::ffff:") ? address.slice(7) : address;
}
