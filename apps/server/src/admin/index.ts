// The admin listener: a separate socket (127.0.0.1:7668 by default, or a Unix socket; TLS with adminTls) speaking the chat
// framing with the admin messages, every connection authenticated by token. The chat port never serves them.
//   token.ts       the token: configured, read from or generated into <dataDir>/admin.token (0600)
//   connection.ts  one admin connection: AdminAuth first, then requests
//   dispatch.ts    request → handler; handlers/*.ts one admin message kind each
//   request.ts     what handlers share     targets.ts  nick/address checks     filter.ts  SessionFilter
//   audit.ts       every admin action in the database and the log
//   auth-audit.ts  successful logins, and failures folded into one row per address per window
// Wrong tokens from one address, past maxAdminAuthFailures, lock that address out for adminAuthLockoutMs.
// Unauthenticated connections get maxUnauthenticatedAdminConnections slots and adminAuthGraceMs: a new
// connection past the slots closes the oldest of them, so silent peers cannot keep an operator out.
import { once } from "node:events";
import { existsSync, lstatSync, unlinkSync } from "node:fs";
import { type AddressInfo, connect, createServer, type Server, type Socket } from "node:net";
import { createServer as createTlsServer, type Server as TlsServer } from "node:tls";
import { ErrorCode } from "@parley/protocol";
import type { ServerContext } from "../context.js";
import { AuthLockout } from "../net/address-limits.js";
import { refuseSocket } from "../net/refuse.js";
import { normalizeAddress } from "../net/transport.js";
import { AuthAudit } from "./auth-audit.js";
import { type AdminAuthEvents, AdminConnection } from "./connection.js";
import { loadOrCreateToken } from "./token.js";

export interface AdminListener {
  /** Starts listening; resolves with the bound port (or the Unix socket path). */
  listen(): Promise<number | string>;
  /** Stops accepting and closes admin connections. */
  close(): Promise<void>;
  /** The token admin clients must present. */
  readonly token: string;
}

export function createAdminListener(ctx: ServerContext): AdminListener {
  const { config, logger } = ctx;
  const { token, origin, path: tokenPath } = loadOrCreateToken(config.adminToken, config.dataDir, logger);
  const { audit } = ctx;
  const connections = new Set<AdminConnection>();
  let server: Server | undefined;

  const lockout = new AuthLockout(config.maxAdminAuthFailures, config.adminAuthLockoutMs);
  const authAudit = new AuthAudit(audit, config.adminAuthAuditWindowMs);

  /** The oldest connection still unauthenticated (a Set iterates in insertion order), and how many there are. */
  const unauthenticated = (): { oldest?: AdminConnection; count: number } => {
    let oldest: AdminConnection | undefined;
    let count = 0;
    for (const connection of connections) {
      if (connection.isAuthenticated) continue;
      oldest ??= connection;
      count++;
    }
    return { oldest, count };
  };

  const accept = (socket: Socket) => {
    // Unix-socket peers have no address: file permissions guard that door.
    const address = socket.remoteAddress ? normalizeAddress(socket.remoteAddress) : "";
    const lockedForMs = address ? lockout.lockedForMs(address, ctx.now()) : 0;
    if (lockedForMs > 0) {
      logger.warn({ peer: address, lockedForMs }, "admin connection refused: address locked out");
      refuseSocket(socket, {
        code: ErrorCode.ERROR_CODE_RATE_LIMITED,
        message: `too many failed admin authentications from this address; try again in ${Math.ceil(lockedForMs / 1000)} s`,
        retryAfterMs: lockedForMs,
      });
      return;
    }
    // A newcomer past either cap takes the slot of the oldest peer that has not authenticated: one
    // that authenticates in its first round trip gets in however many silent peers hold slots.
    const waiting = unauthenticated();
    if (
      waiting.count >= config.maxUnauthenticatedAdminConnections ||
      connections.size >= config.maxAdminConnections
    ) {
      if (!waiting.oldest) {
        refuseSocket(socket, {
          code: ErrorCode.ERROR_CODE_SERVER_FULL,
          message: "too many admin connections",
        });
        return;
      }
      connections.delete(waiting.oldest);
      waiting.oldest.evict();
    }
    const events: AdminAuthEvents = {
      authenticated(peer) {
        if (address) lockout.succeed(address);
        authAudit.succeeded(ctx.now(), peer);
      },
      refused(peer, why, countsForLockout) {
        const now = ctx.now();
        if (address && countsForLockout) lockout.fail(address, now);
        // Logged with the row that starts a window; the rest of the window only counts.
        if (authAudit.failed(now, address || "unix", peer, why))
          logger.warn({ peer, why }, "admin authentication failed");
      },
    };
    connections.add(new AdminConnection(ctx, token, audit, socket, (c) => connections.delete(c), events));
  };

  return {
    token,
    async listen() {
      const tls = config.adminTls ? ctx.tls : undefined;
      server = tls
        ? createTlsServer(
            { ...tls.options, noDelay: true, handshakeTimeout: config.adminAuthGraceMs },
            accept,
          )
        : createServer({ noDelay: true }, accept);
      if (tls) tls.serve("admin", server as TlsServer);
      server.on("error", (error) => logger.error({ err: error }, "admin listener error"));
      if (config.adminSocket) {
        await removeStaleSocket(config.adminSocket);
        // Owner-only from the moment it exists; the token is still required.
        const previousUmask = process.umask(0o177);
        try {
          server.listen(config.adminSocket);
          await once(server, "listening");
        } finally {
          process.umask(previousUmask);
        }
      } else {
        server.listen(config.adminPort, config.adminHost);
        await once(server, "listening");
      }
      const bound = config.adminSocket || (server.address() as AddressInfo).port;
      logger.info(
        {
          admin: bound,
          host: config.adminSocket ? undefined : config.adminHost,
          tls: !!(config.adminTls && ctx.tls),
          token: origin,
          tokenPath,
        },
        "admin listening",
      );
      return bound;
    },
    async close() {
      if (!server) return;
      const closed = new Promise((resolve) => server!.close(resolve));
      for (const connection of connections) connection.destroy();
      await closed;
      server = undefined;
    },
  };
}

/**
 * A socket file left by a server that died is removed; one that answers belongs to a running server and
 * is left alone (listen then fails with EADDRINUSE, as for a TCP port). Anything but a socket is never removed.
 */
async function removeStaleSocket(path: string): Promise<void> {
  if (!existsSync(path) || !lstatSync(path).isSocket()) return;
  const alive = await new Promise<boolean>((resolve) => {
    const probe = connect({ path });
    probe.once("connect", () => {
      probe.destroy();
      resolve(true);
    });
    probe.once("error", () => resolve(false));
  });
  if (!alive) unlinkSync(path);
}
