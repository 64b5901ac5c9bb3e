// The seam between the client core and whatever carries frames: a TCP or TLS socket (FramedSocket)
// or a browser's WebSocket (WebSocketTransport). The core sends envelopes and is told what arrives.
import type { ProtocolError } from "./errors.js";
import type { DecodedEnvelope, Envelope } from "./messages.js";

/** What a transport reports, in order: envelopes, at most one protocol error, then exactly one close. */
export interface TransportHandlers {
  /** A whole, decoded envelope arrived. */
  onEnvelope(envelope: DecodedEnvelope): void;
  /**
   * The peer broke the protocol (oversized or malformed frame, truncated stream). Reading stops;
   * the handler decides whether to answer with an Error frame before closing.
   */
  onProtocolError(error: ProtocolError): void;
  /** The connection closed, for whatever reason. `error` is the transport's error if there was one. Called once. */
  onClose(error?: Error): void;
}

/** One connection as a stream of envelopes. */
export interface Transport {
  /** Queues one envelope; false when the connection is closed or its send buffer is over its mark. */
  send(envelope: Envelope): boolean;
  /** Flushes what is queued, then closes; counts as closed after `timeoutMs` whatever the peer does. */
  end(timeoutMs?: number): void;
  /** Closes at once, dropping anything queued. */
  destroy(): void;
  readonly isClosed: boolean;
}
