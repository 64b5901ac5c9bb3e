// @parley/protocol/browser: the part of the protocol package a web page can load — the envelope
// client core on a WebSocket, and the pure pieces clients share — with nothing that needs Node.
//   websocket-transport.ts  connectWebSocket, WebSocketTransport: one binary message per Envelope
//   envelope-client.ts      EnvelopeClient: request/reply matching, events in wire order, pongs, login
//   transport.ts            the Transport seam the core talks to
// plus messages, errors, handshake, paging, resume points, server addresses, name folding, the token bucket and
// ban times, as in the Node entry (index.ts). browser.test.ts checks that no module reached from here imports `node:`.
export { formatInstant, MAX_BAN_DURATION_MS } from "./ban-time.js";
export { decodeEnvelope, encodeEnvelope } from "./codec.js";
export { type CloseInfo, EnvelopeClient, type EnvelopeClientOptions } from "./envelope-client.js";
export {
  ConnectionClosedError,
  FrameTooLargeError,
  MalformedFrameError,
  ProtocolError,
  RequestTimeoutError,
  ServerError,
} from "./errors.js";
export { foldName, sameName } from "./fold.js";
export { DEFAULT_MAX_FRAME_BYTES } from "./frame.js";
export {
  type HelloOptions,
  handshake,
  type LoginOptions,
  type LoginResult,
  logInResuming,
  type Requester,
  type ResumingLogin,
} from "./handshake.js";
export { pongTo } from "./heartbeat.js";
export * from "./messages.js";
export {
  collectPages,
  listAllMembers,
  listAllRooms,
  type Page,
  PagingLoopError,
} from "./paging.js";
export { type DirectPoint, type ResumeNote, ResumePoints } from "./resume.js";
export {
  formatServerAddress,
  parseServerAddress,
  type ServerAddress,
  ServerAddressError,
  ServerRotation,
} from "./server-list.js";
export { TokenBucket } from "./token-bucket.js";
export type { Transport, TransportHandlers } from "./transport.js";
export {
  connectWebSocket,
  WEBSOCKET_SEND_HIGH_WATER_BYTES,
  WEBSOCKET_SUBPROTOCOL,
  type WebSocketClient,
  type WebSocketClientOptions,
  type WebSocketConstructor,
  type WebSocketLike,
  WebSocketTransport,
  type WebSocketTransportOptions,
} from "./websocket-transport.js";
