// @parley/protocol: the single source of truth for Parley's wire, and the client core every Parley
// client (terminal, scripts, admin tool, load generator) is built on.
//   messages.ts   generated protobuf classes (../gen) and the type names apps use
//   frame.ts      varint length-delimited framing: frameBytes, FrameDecoder (limit checked on the prefix)
//   codec.ts      envelope ⇄ frame bytes, malformed bodies as MalformedFrameError
//   file-chunk-frame.ts  FileChunk frames written around the chunk's bytes, without copying them
//   spliced-frame.ts  frames of a message encoded in parts at different times (a cached member list)
//   errors.ts     named error classes, ServerError (the server's Error frame) among them
//   connection.ts FramedSocket: a Node socket as a stream of envelopes, writes corked per turn
//   envelope-client.ts  EnvelopeClient: request/reply matching by request_id, events in wire order, pongs,
//                 login, over any Transport (transport.ts)
//   client.ts     ProtocolClient: that core on a TCP, TLS or Unix socket
//   websocket-transport.ts  connectWebSocket: that core on a WebSocket (the browser entry, browser.ts,
//                 exports it with the other modules that need no Node)
//   handshake.ts  Hello → Welcome → Login → LoggedIn over any `request`, shared by every client
//   heartbeat.ts  the Pong that answers a server Ping
//   paging.ts     collectPages, listAllRooms, listAllMembers: a paged list followed to its last page
//   resume.ts     ResumePoints: last seq seen per conversation, the rooms of a resuming Login
//   server-list.ts  server addresses ("host:port") and the rotation a client reconnects along
//   names.ts      nick and room-name rules, foldName (fold.ts: the identity server and clients agree on)
//                 and nameSkeleton (which names look alike)
//   reflection.ts the generated classes rebuilt from gen/parley.json: what browser bundles load instead
//   input-budget.ts  InputBudget: partial-frame bytes buffered across a server's connections, with a ceiling
//   text-safety.ts  controls and bidi formatting: refused in names, escaped on the way to a terminal
//   token-bucket.ts  TokenBucket: the server's flood limit, and a client's pacing to stay under it
//   turn-flush.ts  flushAtTurnEnd: one tick uncorks every connection written to in a turn
//   status.ts     UDP status probe datagrams: padded request, reply never larger than the request
//   status-client.ts  probeStatus: the UDP status query with its retries
//   tls-connect.ts  connectTls: TLS 1.2+, CA check or trust on first use, the errors that refuse a certificate
//   known-hosts.ts  the first-use fingerprints, one "host:port fingerprint" line per server
//   scram.ts      SCRAM-SHA-256 client and server halves and the stored verifier, free of I/O
//   scram-crypto.ts  the hashing SCRAM needs behind one interface (node:crypto here)
//   ban-time.ts   MAX_BAN_DURATION_MS and formatInstant, the ban end both sides write without throwing
//   defaults.ts   ports, data directory and token file the server and its clients agree on
export { formatInstant, MAX_BAN_DURATION_MS } from "./ban-time.js";
export { type ClientOptions, type CloseInfo, ProtocolClient } from "./client.js";
export { decodeEnvelope, encodeEnvelope, encodeFrame, encodeFrames, frameBody } from "./codec.js";
export { FramedSocket, type FramedSocketHandlers, type FramedSocketOptions } from "./connection.js";
export {
  ADMIN_TOKEN_FILE_NAME,
  DEFAULT_ADMIN_PORT,
  DEFAULT_CHAT_PORT,
  DEFAULT_HOST,
  DEFAULT_HTTP_PORT,
  defaultDataDir,
} from "./defaults.js";
export { EnvelopeClient, type EnvelopeClientOptions } from "./envelope-client.js";
export {
  ConnectionClosedError,
  FrameLengthError,
  FrameTooLargeError,
  InputBudgetError,
  MalformedFrameError,
  ProtocolError,
  RequestTimeoutError,
  ServerError,
  TruncatedFrameError,
} from "./errors.js";
export { fileChunkFrame } from "./file-chunk-frame.js";
export {
  DEFAULT_MAX_FRAME_BYTES,
  FrameDecoder,
  type FrameDecoderOptions,
  frameBytes,
  MAX_PREFIX_BYTES,
  varintLength,
  writeVarint,
} from "./frame.js";
export {
  type HelloOptions,
  handshake,
  type LoginOptions,
  type LoginResult,
  logInResuming,
  type Requester,
  type ResumingLogin,
  register,
  type ScramSteps,
} from "./handshake.js";
export { pongTo } from "./heartbeat.js";
export { InputBudget } from "./input-budget.js";
export {
  defaultKnownHostsPath,
  knownHostKey,
  parseKnownHosts,
  readKnownHosts,
  rememberHost,
} from "./known-hosts.js";
export * from "./messages.js";
export {
  canonicalRoom,
  charLength,
  foldName,
  nameSkeleton,
  nickProblem,
  RESERVED_NICKS,
  sameName,
} from "./names.js";
export {
  collectPages,
  listAllMembers,
  listAllRooms,
  type Page,
  PagingLoopError,
} from "./paging.js";
export { type DirectPoint, type ResumeNote, ResumePoints } from "./resume.js";
export {
  type ClientFirst,
  parseClientFirst,
  SCRAM_DEFAULT_ITERATIONS,
  SCRAM_MAX_ITERATIONS,
  SCRAM_MAX_MESSAGE_CHARS,
  ScramAuthError,
  ScramClient,
  ScramError,
  ScramServer,
  type ScramVerifier,
  scramVerifier,
} from "./scram.js";
export { nodeScramCrypto, type ScramCrypto } from "./scram-crypto.js";
export {
  formatServerAddress,
  parseServerAddress,
  type ServerAddress,
  ServerAddressError,
  ServerRotation,
} from "./server-list.js";
export { SPLICED_FIELD, splicedFrame } from "./spliced-frame.js";
export {
  encodeStatusReply,
  encodeStatusRequest,
  parseStatusReply,
  parseStatusRequest,
  type ServerStatus,
  STATUS_MAGIC,
  STATUS_REQUEST_MAX_BYTES,
  STATUS_REQUEST_MIN_BYTES,
  statusNonce,
} from "./status.js";
export {
  DEFAULT_PROBE_TIMEOUT_MS,
  NoAnswerError,
  PROBE_ATTEMPTS,
  type ProbeOptions,
  type ProbeResult,
  probeStatus,
} from "./status-client.js";
export { escapeJsonForTerminal, hasBidiControl, hasControl, terminalSafe } from "./text-safety.js";
export {
  connectTls,
  FingerprintMismatchError,
  type NewHostInfo,
  type TlsClientOptions,
  UntrustedCertificateError,
} from "./tls-connect.js";
export { TokenBucket } from "./token-bucket.js";
export type { Transport, TransportHandlers } from "./transport.js";
export { flushAtTurnEnd, type TurnWriter } from "./turn-flush.js";
export * from "./websocket-transport.js";
