// @parley/testkit: the one copy of what Parley's tests need around the code under test.
//   cleanup.ts         onCleanup (after each test, last first), tempDir
//   server.ts          serverKit(server module): startServer in-process on port 0, spawnServer
//   server-process.ts  the real binary on free ports: ready on its "listening" line, stop, kill, restart
//   binary.ts          run a program from source to completion (runSource) or as a child (spawnSource)
//   clients.ts         rawClient, loggedIn (the protocol's handshake, as a guest or with a password),
//                      registerAccount, loginRefusal, adminClient,
//                      isKind, closedWithin, takeMessages (what a client received, after a barrier)
//   wire-client.ts     raw connections (TCP, or the WebSocket gateway) that record envelopes in arrival
//                      order up to the close
//   http.ts            httpRequest: one plain HTTP request, the whole answer as text
//   barrier.ts         barrier(client): a ping round trip, instead of "wait and check nothing happened";
//                      pingMs and BYSTANDER_PING_BOUND_MS for a bystander during an attack
//   tmux.ts            Tmux: real programs in pseudo-terminals
//   redis.ts           startRedis: a throwaway redis-server on a free port, stopped by pid, restartable
//   cluster.ts         startCluster (serverKit's spawnCluster): a Redis and N real nodes joined to it,
//                      sharing a fresh PostgreSQL database when given one
//   ports.ts           freeLowPort: a free port below the ephemeral range, for services told a number
//   postgres.ts        startPostgres: a real PostgreSQL on a free port, a database per test, stopped by pid
//   pids.ts            processAlive: whether a process the kit stopped by pid is gone
//   certificates.ts    makeCertificate: a self-signed TLS certificate and key made with openssl;
//                      makeSwappableCertificates: two of them behind one pair of live files, to rotate
export { BYSTANDER_PING_BOUND_MS, barrier, type Pinger, pingMs } from "./barrier.js";
export {
  type BinaryOptions,
  type RunResult,
  runSource,
  type SpawnHook,
  spawnSource,
} from "./binary.js";
export {
  makeCertificate,
  makeSwappableCertificates,
  type SwappableCertificates,
  type TestCertificate,
} from "./certificates.js";
export { onCleanup, tempDir } from "./cleanup.js";
export {
  type AdminEndpoint,
  adminClient,
  closedWithin,
  fillRoom,
  isKind,
  loggedIn,
  loginRefusal,
  rawAdminClient,
  rawClient,
  registerAccount,
  type TestClientOptions,
  takeMessages,
} from "./clients.js";
export { type ClusterOptions, startCluster, type TestCluster } from "./cluster.js";
export { type HttpAnswer, httpRequest } from "./http.js";
export { processAlive } from "./pids.js";
export { freeLowPort } from "./ports.js";
export {
  PostgresMissingError,
  postgresForFile,
  postgresPerDataDir,
  startPostgres,
  type TestPostgres,
} from "./postgres.js";
export { RedisMissingError, startRedis, type TestRedis } from "./redis.js";
export {
  type KitServer,
  type ServerModule,
  type StartOptions,
  serverKit,
  type TestServer,
} from "./server.js";
export { type ServerProcess, startServerProcess } from "./server-process.js";
export { paneCommand, Tmux } from "./tmux.js";
export {
  type TcpWireClient,
  type WireClient,
  type WsClientOptions,
  type WsWireClient,
  wireClient,
  wsUrl,
  wsWireClient,
} from "./wire-client.js";
