// @parley/server: the chat daemon as a library (tests, benchmarks, embedding).
//   server.ts    createServer(config, { logger, clock }): listeners, housekeeping, graceful shutdown
//   clock.ts     the seam for time: Clock (now and timers) with the real one as default, and
//                ManualClock for tests that advance time instead of sleeping
//   settings.ts  the one table of settings: default, config key, env var, flag, announced limits
//   config.ts    defaults < file < env < flags, checked; cli.ts parses the command line
//   session.ts   one connection: dispatch, limits, close reasons; the only owner of a chat socket
//   handlers/    one file per message kind
//     handler.ts   what a handler sees: ChatSession (identity, reply, events, back-pressure, the
//                  server state), never the socket
//     index.ts     dispatch: shared checks, then the handler; unknown kinds answered, not closed
//   request-error.ts  RequestError: chat and admin handlers refuse by throwing it, their
//                  dispatchers answer with one Error reply (fatal ones close a chat session)
//   delivery.ts  once a batch of messages is stored: encode each once, acknowledge, hand to the rooms
//   room-expiry.ts  rooms with no members and no history are forgotten
//   state/       shared state that knows no connection (in memory):
//     member.ts    the seam: what rooms and the registry know of a session (id, nick, send bytes)
//     rooms.ts     the one room API: join, leave, leave all, fan out bytes or a batch, peers
//     registry.ts  open sessions by id and logged-in ones by nick, as members
//     presence-batch.ts, presence-collapse.ts, presence-frame.ts  presence written in bursts, each
//                  recipient's burst collapsed (a join and its leave cancel, nick chains shorten)
//     member-list.ts  a room's member list encoded once and kept between joins, for Joined
//     closed sessions, stats
//   cluster/     the seam to other nodes (backplane.ts: room broker, presence, operator commands,
//                session directory) with memory.ts for a node alone and redis/ for many;
//                sequencer.ts (room-order.ts binds it to the store) keeps each room's seqs gap-free in
//                a cluster; node-inbox.ts delivers what other nodes send to this node's members
//   store/       the storage seam: store.ts (one interface: history, rooms, bans, audit, file
//                metadata), messages.ts (batching, seqs on commit, de-duplication, the size cap),
//                bans.ts (bans in force, in memory), sqlite/ (the default engine), postgres/ (one
//                database several servers share), open.ts (picks the engine from `store`); the
//                data directory's lock and permissions
//   files/       files held for transfer: metadata, bytes on disk, quotas, a session's transfers
//   net/         the seam under a session (transport.ts: a TCP socket through FramedSocket, or a
//                WebSocket through ws-transport.ts), admission and per-address limits, the HTTP
//                listener (http-listener.ts) with the WebSocket gateway (ws-gateway.ts) and health
//                and readiness, TLS, the UDP status probe
//   admin/       the admin listener: token, AdminConnection, dispatch, handlers/ (throw RequestError)
export { parseCommandLine } from "./cli.js";
export { type Clock, ManualClock, systemClock, type Timer } from "./clock.js";
export { ConfigError, defaultConfig, resolveConfig, type ServerConfig } from "./config.js";
export type { ServerContext } from "./context.js";
export { createLogger, type Logger, silentLogger } from "./logger.js";
export { createServer, type ParleyServer, type ServerOptions } from "./server.js";
export type { Session } from "./session.js";
export { DataDirPermissionError } from "./store/data-dir.js";
export { DataDirLockedError } from "./store/lock.js";
export { MessageStore } from "./store/messages.js";
export { openPostgresStore } from "./store/postgres/index.js";
export { openSqliteStore } from "./store/sqlite/index.js";
