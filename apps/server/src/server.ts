// createServer(config): the chat listener (connection cap, sessions), the housekeeping timer
// (heartbeats, handshake timeouts, stats, retention), the admin listener, and graceful shutdown.
import { once } from "node:events";
import { type AddressInfo, createServer as createNetServer, type Server, type Socket } from "node:net";
import { createServer as createTlsServer } from "node:tls";
import { ErrorCode, encodeFrame, FramedSocket, NoticeKind } from "@parley/protocol";
import { type AdminListener, createAdminListener } from "./admin/index.js";
import { type Clock, systemClock, type Timer } from "./clock.js";
import type { Backplane } from "./cluster/backplane.js";
import { MemoryBackplane } from "./cluster/memory.js";
import { nodeInbox } from "./cluster/node-inbox.js";
import { RedisBackplane } from "./cluster/redis/backplane.js";
import type { ServerConfig } from "./config.js";
import { createContext, loadContext, type ServerContext } from "./context.js";
import { createCommitHandler } from "./delivery.js";
import { type Logger, silentLogger } from "./logger.js";
import { ConnectionLimits } from "./net/address-limits.js";
import { admission } from "./net/admission.js";
import { healthz, metricsEndpoint, readyz } from "./net/endpoints.js";
import { createHttpListener, type HttpListener, type RouteHandler } from "./net/http-listener.js";
import { refuseSocket } from "./net/refuse.js";
import { staticFiles } from "./net/static-files.js";
import { type CertificateInfo, TlsCertificate } from "./net/tls.js";
import { normalizeAddress, type TransportKind } from "./net/transport.js";
import { startStatusProbe, type UdpStatusResponder } from "./net/udp-status.js";
import { createWsGateway, WS_PATH } from "./net/ws-gateway.js";
import { RequestError } from "./request-error.js";
import { expireUnusedRooms } from "./room-expiry.js";
import { Session } from "./session.js";
import { checkDataDir } from "./store/data-dir.js";
import { lockDataDir } from "./store/lock.js";
import { openStore } from "./store/open.js";
import { type Awaitable, andThen, isPromise, type Store } from "./store/store.js";

export interface ParleyServer {
  /** Binds the chat, admin and HTTP listeners; resolves with the ports actually bound. */
  listen(): Promise<{ port: number; adminPort: number | string; httpPort: number; metricsPort: number }>;
  /** Graceful shutdown: notice to every session, flush queues and the database, close. Idempotent. */
  close(): Promise<void>;
  readonly ctx: ServerContext;
  /** Chat port once listening. */
  readonly port: number;
  /** Admin port (or socket path) once listening. */
  readonly adminPort: number | string;
  /** The admin token in force. */
  readonly adminToken: string;
  /** The plaintext loopback chat port beside a TLS one, once listening (0: none). */
  readonly plainPort: number;
  /** The HTTP listener's port once listening (0: turned off). */
  readonly httpPort: number;
  /** The separate metrics listener's port once listening (0: none; /metrics is on the HTTP one). */
  readonly metricsPort: number;
  /**
   * Reads the TLS certificate and key again; new connections get the new certificate, open ones keep
   * theirs. Throws TlsConfigError (the old certificate stays) or, without TLS, TlsNotConfiguredError.
   */
  reloadTls(): CertificateInfo;
}

/** A TLS reload was asked of a server that was started without a certificate. */
export class TlsNotConfiguredError extends Error {
  override name = "TlsNotConfiguredError";
  constructor() {
    super("TLS is not configured: start the server with --tls-cert and --tls-key");
  }
}

export interface ServerOptions {
  logger?: Logger;
  /**
   * Time and timers for everything time-based (bans, idle and age, heartbeats and timeouts, presence
   * flushes, retention, file expiry, the admin auth-failure delay). Default: the real clock; tests
   * pass a ManualClock and advance it.
   */
  clock?: Clock;
}

/** Pings idle sessions, closes silent or handshake-stalled ones, samples stats, applies retention. */
function housekeeping(ctx: ServerContext): void {
  const { config, registry } = ctx;
  const now = ctx.now();
  let ping: Uint8Array | undefined;
  for (const session of registry.all()) {
    if (session.state === "closing") continue;
    const silentMs = now - session.lastReceivedAtMs;
    if (session.state === "handshake" && now - session.connectedAtMs > config.handshakeTimeoutMs) {
      session.fail(
        0,
        new RequestError(ErrorCode.ERROR_CODE_HANDSHAKE_TIMEOUT, "no Hello received in time", {
          closeReason: "handshake timeout",
        }),
      );
    } else if (silentMs > config.heartbeatTimeoutMs) {
      session.fail(
        0,
        new RequestError(
          ErrorCode.ERROR_CODE_PING_TIMEOUT,
          `nothing received for ${config.heartbeatTimeoutMs} ms`,
          { closeReason: "ping timeout" },
        ),
      );
    } else if (
      silentMs >= config.heartbeatIntervalMs &&
      now - session.lastPingSentAtMs >= config.heartbeatIntervalMs
    ) {
      // One Ping frame per sweep, shared by every session pinged in it.
      ping ??= encodeFrame({ ping: { sentAtMs: now } });
      session.lastPingSentAtMs = now;
      session.sendFrame(ping);
    }
  }
  const { bytesIn, bytesOut } = ctx.stats.byteTotals(registry.all());
  ctx.stats.sample(now, bytesIn, bytesOut);
}

export function createServer(config: ServerConfig, options: ServerOptions = {}): ParleyServer {
  const logger = options.logger ?? silentLogger();
  const clock = options.clock ?? systemClock;
  // Read before anything is locked or opened: a bad certificate or key stops the start (TlsConfigError).
  const tls = config.tlsCert ? new TlsCertificate(config.tlsCert, config.tlsKey) : undefined;
  // Throws DataDirPermissionError for a data directory other users may read.
  checkDataDir(config.dataDir);
  // Throws DataDirLockedError while another server runs on this data directory.
  const lock = lockDataDir(config.dataDir);
  let store: Store;
  try {
    store = openStore(config, logger);
  } catch (error) {
    lock.release();
    throw error;
  }
  const cluster: Backplane = config.redis
    ? new RedisBackplane({
        url: config.redis,
        heartbeatIntervalMs: config.clusterHeartbeatMs,
        nodeTimeoutMs: config.clusterNodeTimeoutMs,
        clock,
        logger,
      })
    : new MemoryBackplane();
  let ctx!: ServerContext;
  ctx = createContext(
    config,
    logger,
    store,
    createCommitHandler(() => ctx),
    clock,
    cluster,
  );
  // SQLite loads here; PostgreSQL connects, migrates and loads before listen() binds anything.
  let loading: Promise<void> | undefined;
  try {
    const loaded = loadContext(ctx);
    if (isPromise(loaded)) {
      loading = loaded;
      // Reported by listen(); until then the rejection is not unhandled.
      loaded.catch(() => {});
    }
  } catch (error) {
    store.close();
    lock.release();
    throw error;
  }
  ctx.tls = tls;
  const admin: AdminListener = createAdminListener(ctx);
  const limits = new ConnectionLimits(config);
  ctx.connectionLimits = limits;
  const onSocket = (socket: Socket) => accept(ctx, limits, socket, tls ? "tls" : "tcp");
  // Half-open plaintext sockets: a peer that sends its last requests and shuts its side still gets
  // their answers (Session.onPeerEnd ends ours once they are out), even when the store answers later.
  // (TLS sockets end both sides together: a half-open TLS socket that failed its handshake would hold
  // the listener open.)
  // With TLS, a session starts once the handshake is done; one that stalls is cut after handshakeTimeoutMs.
  const listener: Server = tls
    ? createTlsServer(
        { ...tls.options, noDelay: true, handshakeTimeout: config.handshakeTimeoutMs },
        onSocket,
      )
    : createNetServer({ noDelay: true, allowHalfOpen: true }, onSocket);
  if (tls) {
    tls.serve("chat", listener as ReturnType<typeof createTlsServer>);
    listener.on("tlsClientError", (error: Error, socket: Socket) =>
      logger.debug({ err: error.message, peer: socket.remoteAddress }, "TLS handshake failed"),
    );
  }
  listener.on("error", (error) => logger.error({ err: error }, "chat listener error"));
  const plainListener: Server | undefined = config.plainPort
    ? createNetServer({ noDelay: true, allowHalfOpen: true }, (socket) => accept(ctx, limits, socket, "tcp"))
    : undefined;
  let plainPort = 0;
  const http = config.http ? createPublicListener(ctx, limits) : undefined;
  let httpPort = 0;
  const metricsListener = config.metricsHost ? createMetricsListener(ctx) : undefined;
  let metricsPort = 0;
  ctx.readiness.add("listening", () => {
    if (!listener.listening) throw new Error("the chat listener is not listening");
  });
  // The cheapest read every engine has: an indexed look-up that finds nothing, a round trip on PostgreSQL.
  ctx.readiness.add("store", async () => {
    await ctx.store.messages.hasAny("");
  });
  let housekeepingTimer: Timer | undefined;
  let retentionTimer: Timer | undefined;
  let port = 0;
  let adminPort: number | string = 0;
  let closing: Promise<void> | undefined;

  /**
   * Runs housekeeping work; a failure is logged, never thrown into a timer. A run still waiting for
   * the store when the timer fires again is followed by one more run, not by one per tick: a slow
   * database gets no pile-up, and the last run sees the latest time.
   */
  const running = new Map<string, { again: boolean }>();
  const guarded = (what: string, work: () => Awaitable<void>): Awaitable<void> => {
    const busy = running.get(what);
    if (busy) {
      busy.again = true;
      return;
    }
    const fail = (error: unknown) => logger.error({ err: error }, what);
    let done: Awaitable<void>;
    try {
      done = work();
    } catch (error) {
      fail(error);
      return;
    }
    if (!isPromise(done)) return done;
    const state = { again: false };
    running.set(what, state);
    return done
      .catch(fail)
      .finally(() => running.delete(what))
      .then(() => (state.again ? guarded(what, work) : undefined));
  };
  // Both run in the timer's turn on SQLite; on PostgreSQL a failure (the store down) waits for the next run.
  const applyRetention = () =>
    guarded("applying history retention failed", () =>
      andThen(
        ctx.messages.prune(config.historyRetentionCount, config.historyRetentionDays * 86_400_000, ctx.now()),
        (removed) => {
          if (removed > 0) logger.info({ removed }, "history retention applied");
          return andThen(expireUnusedRooms(ctx), (expiredRooms) => {
            if (expiredRooms > 0) logger.info({ expiredRooms }, "unused rooms expired");
          });
        },
      ),
    );
  const expireFiles = () =>
    guarded("removing expired files failed", () =>
      andThen(ctx.files.expire(ctx.now()), (expired) => {
        if (expired > 0) logger.info({ expired }, "expired files removed");
      }),
    );
  let fileTimer: Timer | undefined;
  let udpStatus: UdpStatusResponder | undefined;

  return {
    ctx,
    get port() {
      return port;
    },
    get adminPort() {
      return adminPort;
    },
    get adminToken() {
      return admin.token;
    },
    get plainPort() {
      return plainPort;
    },
    get httpPort() {
      return httpPort;
    },
    get metricsPort() {
      return metricsPort;
    },
    reloadTls() {
      if (!tls) throw new TlsNotConfiguredError();
      return tls.reload();
    },
    async listen() {
      if (loading) {
        try {
          await loading;
        } catch (error) {
          await store.close();
          lock.release();
          throw error;
        }
      }
      // Joined before the first connection: session ids come from the cluster's range for this node.
      await cluster.start(nodeInbox(ctx));
      ctx.nextSessionId = cluster.firstSessionId;
      if (!cluster.solo && store.engine === "sqlite")
        logger.warn(
          { node: cluster.nodeId },
          "this cluster node stores history in its own SQLite file: room seqs and history are not shared with the other nodes; give every node the same PostgreSQL store",
        );
      listener.listen(config.port, config.host);
      await once(listener, "listening");
      port = (listener.address() as AddressInfo).port;
      if (plainListener) {
        // Loopback only: the plaintext port is for tools on this machine.
        plainListener.listen(config.plainPort, "127.0.0.1");
        await once(plainListener, "listening");
        plainPort = (plainListener.address() as AddressInfo).port;
      }
      adminPort = await admin.listen();
      if (http) httpPort = await http.listen(config.httpHost, config.httpPort);
      if (metricsListener) metricsPort = await metricsListener.listen(config.metricsHost, config.metricsPort);
      if (config.udpStatus) udpStatus = await startStatusProbe(ctx, port);
      const sweepMs = Math.max(
        10,
        Math.min(1000, config.heartbeatIntervalMs / 4, config.handshakeTimeoutMs / 4),
      );
      housekeepingTimer = clock.setInterval(() => housekeeping(ctx), sweepMs);
      await applyRetention();
      retentionTimer = clock.setInterval(applyRetention, 3_600_000);
      await expireFiles();
      fileTimer = clock.setInterval(
        expireFiles,
        Math.max(250, Math.min(60_000, (config.fileRetentionSeconds * 1000) / 2)),
      );
      // Always logged, whatever the level: operators and tools read the bound ports from this line.
      const level = logger.isLevelEnabled("info") || logger.level === "silent" ? logger.level : "info";
      logger.child({}, { level }).info(
        {
          host: config.host,
          port,
          adminPort,
          tls: !!tls,
          ...(plainPort ? { plainPort } : {}),
          ...(http ? { httpHost: config.httpHost, httpPort } : {}),
          ...(metricsListener ? { metricsHost: config.metricsHost, metricsPort } : {}),
          ...(tls ? { fingerprint256: tls.info.fingerprint256 } : {}),
        },
        "listening",
      );
      return { port, adminPort, httpPort, metricsPort };
    },
    close() {
      closing ??= shutdown();
      return closing;
    },
  };

  async function shutdown(): Promise<void> {
    ctx.shuttingDown = true;
    housekeepingTimer?.cancel();
    retentionTimer?.cancel();
    fileTimer?.cancel();
    const stopped = Promise.all(
      [listener, plainListener].map((server) =>
        server?.listening ? new Promise((resolve) => server.close(resolve)) : undefined,
      ),
    );
    http?.stop();
    metricsListener?.stop();
    await admin.close();
    await udpStatus?.close();
    // Commit and deliver what is queued, so every acknowledged message reaches its room first.
    await ctx.messages.flushNow();
    ctx.broadcastNotice(
      NoticeKind.NOTICE_KIND_SHUTDOWN,
      "The server is shutting down. Reconnect in a moment.",
    );
    const sessions = [...ctx.registry.all()];
    const closed = sessions.map((session) => session.ended);
    const last = {
      error: {
        code: ErrorCode.ERROR_CODE_SHUTTING_DOWN,
        message: "the server is shutting down; reconnect in a moment",
        fatal: true,
      },
    };
    for (const session of sessions) session.close("server shutdown", "server shutdown", last);
    const grace = new Promise((resolve) => setTimeout(resolve, config.shutdownGraceMs).unref());
    await Promise.race([Promise.all(closed), grace]);
    for (const session of sessions) session.conn.destroy();
    await stopped;
    await http?.close();
    await metricsListener?.close();
    await ctx.messages.flushNow();
    await cluster.close();
    await store.close();
    lock.release();
    logger.info("stopped");
  }
}

/**
 * The HTTP listener: the web client's files, the WebSocket gateway, health, readiness and (unless a
 * separate metrics listener is configured) the metrics.
 */
function createPublicListener(ctx: ServerContext, limits: ConnectionLimits): HttpListener {
  const gateway = createWsGateway(ctx, limits, !!ctx.tls);
  const routes = new Map<string, RouteHandler>([
    ["/healthz", healthz],
    ["/readyz", readyz(ctx.readiness)],
  ]);
  if (!ctx.config.metricsHost) routes.set("/metrics", metricsEndpoint(ctx.metrics));
  return createHttpListener({
    name: "http",
    logger: ctx.logger,
    tls: ctx.tls,
    headersTimeoutMs: ctx.config.handshakeTimeoutMs,
    routes,
    fallback: staticFiles(ctx.config.webRoot),
    upgrades: new Map([[WS_PATH, gateway.upgrade]]),
  });
}

/** The separate listener operators may keep private: metrics, health and readiness, nothing else. */
function createMetricsListener(ctx: ServerContext): HttpListener {
  return createHttpListener({
    name: "metrics",
    logger: ctx.logger,
    tls: ctx.tls,
    headersTimeoutMs: ctx.config.handshakeTimeoutMs,
    routes: new Map<string, RouteHandler>([
      ["/metrics", metricsEndpoint(ctx.metrics)],
      ["/healthz", healthz],
      ["/readyz", readyz(ctx.readiness)],
    ]),
  });
}

/**
 * A new chat connection: refused (see admission) with one fatal Error frame, or made a session.
 * Nothing here may take the process down: whatever throws (a stored row no code expected, say) costs
 * this one connection and is logged.
 */
function accept(
  ctx: ServerContext,
  limits: ConnectionLimits,
  socket: Socket,
  transport: TransportKind,
): void {
  let admitted: string | undefined;
  try {
    const address = normalizeAddress(socket.remoteAddress ?? "");
    const refusal = admission(ctx, limits, address);
    if (refusal) {
      refuseSocket(socket, refusal);
      return;
    }
    admitted = address;
    // The listener set noDelay already; the session releases the address when it finishes.
    const peer = { address, port: socket.remotePort ?? 0, transport };
    ctx.registry.add(
      new Session(ctx, peer, (handlers, options) => new FramedSocket(socket, handlers, options)),
    );
  } catch (error) {
    ctx.logger.error({ err: error, peer: socket.remoteAddress }, "connection dropped: accepting it failed");
    // No session took the address over.
    if (admitted !== undefined) limits.release(admitted);
    socket.on("error", () => {});
    socket.destroy();
  }
}
