// The UDP status responder on the chat port number: one padded StatusRequest in, one StatusReply no larger
// than it out, at most `udpStatusRepliesPerMinute` per source address; everything else is dropped unanswered.
import { createSocket, type Socket as DatagramSocket } from "node:dgram";
import { once } from "node:events";
import { isIPv6 } from "node:net";
import { encodeStatusReply, PROTOCOL_VERSION, parseStatusRequest, type ServerStatus } from "@parley/protocol";
import type { ServerContext } from "../context.js";
import type { Logger } from "../logger.js";
import { SERVER_VERSION } from "../version.js";
import { WindowCounter } from "./address-limits.js";

export interface UdpStatusOptions {
  /** Address to bind, as the chat listener's (`::` binds both IPv6 and IPv4). */
  host: string;
  /** The chat listener's bound port. */
  port: number;
  repliesPerMinute: number;
  /** Called for each answered probe: the status as it is now. */
  status(): ServerStatus;
  now(): number;
  logger: Logger;
}

export interface UdpStatusResponder {
  readonly port: number;
  close(): Promise<void>;
}

/** Binds the responder; rejects with the bind error (the port may be taken on UDP only). */
export async function startUdpStatus(options: UdpStatusOptions): Promise<UdpStatusResponder> {
  const socket: DatagramSocket = createSocket({ type: isIPv6(options.host) ? "udp6" : "udp4" });
  const perAddress = new WindowCounter(options.repliesPerMinute, 60_000);
  socket.on("message", (datagram, remote) => {
    const nonce = parseStatusRequest(datagram);
    if (nonce === undefined) return;
    if (!perAddress.hit(remote.address, options.now())) return;
    const reply = encodeStatusReply(nonce, options.status(), datagram.length);
    // A send error (unreachable peer, full buffer) concerns that peer only: nothing to do about it.
    if (reply) socket.send(reply, remote.port, remote.address, () => {});
  });
  socket.bind(options.port, options.host);
  try {
    // `once` rejects if "error" comes first.
    await once(socket, "listening");
  } catch (error) {
    socket.close();
    throw error;
  }
  socket.on("error", (error) => options.logger.warn({ err: error }, "udp status socket error"));
  const port = socket.address().port;
  return {
    port,
    close: () => new Promise<void>((resolve) => socket.close(() => resolve())),
  };
}

/** The UDP status responder on the chat port number; a failure to bind is logged, not fatal. */
export async function startStatusProbe(
  ctx: ServerContext,
  port: number,
): Promise<UdpStatusResponder | undefined> {
  const { config, logger } = ctx;
  try {
    return await startUdpStatus({
      host: config.host,
      port,
      repliesPerMinute: config.udpStatusRepliesPerMinute,
      status: () => serverStatus(ctx),
      now: ctx.now,
      logger,
    });
  } catch (error) {
    logger.warn({ err: error, port }, "udp status probe not available: cannot bind the UDP port");
    return undefined;
  }
}

/** What the status probe tells: counts and versions, nothing about any user. */
export function serverStatus(ctx: ServerContext): ServerStatus {
  let sessionsOnline = 0;
  for (const session of ctx.registry.all()) if (session.state === "online") sessionsOnline++;
  return {
    serverName: ctx.config.serverName,
    serverVersion: SERVER_VERSION,
    protocolVersion: PROTOCOL_VERSION,
    sessionsOnline,
    rooms: ctx.rooms.size,
    uptimeMs: ctx.now() - ctx.stats.startedAtMs,
    tls: !!ctx.tls,
  };
}
