// The WebSocket gateway at /ws: checks the upgrade (origin, subprotocol), admits the connection as the
// chat listener does, and starts a Session over a WsTransport. Refusals before the upgrade are HTTP
// answers; after it, they are the same fatal Error envelopes a TCP peer gets.
import type { IncomingMessage } from "node:http";
import type { Socket } from "node:net";
import { encodeEnvelope, WEBSOCKET_SUBPROTOCOL } from "@parley/protocol";
import { type WebSocket, WebSocketServer } from "ws";
import type { ServerContext } from "../context.js";
import { Session } from "../session.js";
import type { ConnectionLimits } from "./address-limits.js";
import { admission } from "./admission.js";
import { REFUSED_CLOSE_TIMEOUT_MS } from "./refuse.js";
import { normalizeAddress } from "./transport.js";
import { WS_CLOSE, WsTransport } from "./ws-transport.js";

/** The one subprotocol the gateway speaks (parley.v1): binary messages, one Envelope each. */
const WS_SUBPROTOCOL = WEBSOCKET_SUBPROTOCOL;
/** Where the gateway listens on the HTTP listener. */
export const WS_PATH = "/ws";

/**
 * Whether a page from `origin` may open the gateway. No Origin header: not a browser, so there is no
 * page whose user could be borrowed; allowed. Otherwise the page's own origin (the scheme and the Host
 * the request was sent to) or one of `allowed` ("*" allows any). Pure.
 */
export function originAllowed(
  origin: string | undefined,
  host: string | undefined,
  secure: boolean,
  allowed: readonly string[],
): boolean {
  if (origin === undefined) return true;
  const wanted = origin.trim().toLowerCase();
  if (host && wanted === `${secure ? "https" : "http"}://${host.trim().toLowerCase()}`) return true;
  return allowed.some((entry) => entry === "*" || entry === wanted);
}

/** Parses `httpAllowedOrigins`: comma-separated origins, compared without case or a trailing slash. */
export function parseAllowedOrigins(setting: string): string[] {
  return setting
    .split(",")
    .map((entry) => entry.trim().toLowerCase().replace(/\/+$/, ""))
    .filter(Boolean);
}

/** The gateway of one HTTP listener. */
export interface WsGateway {
  /** Takes an HTTP upgrade request for WS_PATH; answers and closes anything it does not accept. */
  upgrade(request: IncomingMessage, socket: Socket, head: Buffer): void;
}

export function createWsGateway(ctx: ServerContext, limits: ConnectionLimits, secure: boolean): WsGateway {
  const { config, logger } = ctx;
  const allowed = parseAllowedOrigins(config.httpAllowedOrigins);
  const server = new WebSocketServer({
    noServer: true,
    clientTracking: false,
    // The largest message anyone may send; each session lowers its own limit until login.
    maxPayload: config.maxFrameBytes,
    perMessageDeflate: config.wsCompression,
    handleProtocols: (protocols) => (protocols.has(WS_SUBPROTOCOL) ? WS_SUBPROTOCOL : false),
  });
  server.on("error", (error) => logger.error({ err: error }, "WebSocket gateway error"));

  const start = (ws: WebSocket, socket: Socket, address: string) => {
    const refusal = admission(ctx, limits, address);
    if (refusal) {
      ws.on("error", () => {});
      ws.send(encodeEnvelope({ error: { ...refusal, fatal: true } }));
      ws.close(WS_CLOSE.normal);
      setTimeout(() => ws.terminate(), REFUSED_CLOSE_TIMEOUT_MS).unref();
      return;
    }
    socket.setNoDelay(true);
    const peer = { address, port: socket.remotePort ?? 0, transport: secure ? "wss" : "ws" } as const;
    let session: Session;
    try {
      session = new Session(ctx, peer, (handlers, options) => new WsTransport(ws, socket, handlers, options));
    } catch (error) {
      // No session took the address over (it releases it when it finishes).
      limits.release(address);
      throw error;
    }
    ctx.registry.add(session);
  };

  return {
    upgrade(request, socket, head) {
      socket.on("error", () => {});
      const origin = request.headers.origin;
      if (!originAllowed(origin, request.headers.host, secure, allowed)) {
        logger.debug({ origin, peer: socket.remoteAddress }, "WebSocket refused: origin not allowed");
        return refuseUpgrade(socket, 403, `origin ${origin} is not allowed`);
      }
      const offered = (request.headers["sec-websocket-protocol"] ?? "").split(",").map((p) => p.trim());
      if (!offered.includes(WS_SUBPROTOCOL))
        return refuseUpgrade(socket, 400, `ask for the WebSocket subprotocol ${WS_SUBPROTOCOL}`);
      const address = normalizeAddress(socket.remoteAddress ?? "");
      server.handleUpgrade(request, socket, head, (ws) => {
        try {
          start(ws, socket, address);
        } catch (error) {
          logger.error({ err: error, peer: address }, "connection dropped: accepting it failed");
          ws.terminate();
        }
      });
    },
  };
}

/** Answers an upgrade it will not make with a plain HTTP error and closes the socket. */
function refuseUpgrade(socket: Socket, status: number, reason: string): void {
  const body = `${reason}\n`;
  socket.end(
    `HTTP/1.1 ${status} ${status === 403 ? "Forbidden" : "Bad Request"}\r\n` +
      "Connection: close\r\nContent-Type: text/plain; charset=utf-8\r\n" +
      `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
}
