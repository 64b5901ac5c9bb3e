// One HTTP (or, with the TLS certificate, HTTPS) listener: routes GET requests by exact path, hands
// WebSocket upgrades to the gateway, and answers everything else with a plain error. The server runs
// one for the public endpoints and, when configured, a second one for /metrics alone.
import { once } from "node:events";
import {
  createServer as createHttpServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from "node:http";
import { createServer as createHttpsServer } from "node:https";
import type { AddressInfo, Socket } from "node:net";
import type { Logger } from "../logger.js";
import type { TlsCertificate } from "./tls.js";

/** Answers one request; may be async (a failure is answered 500 and logged). */
export type RouteHandler = (request: IncomingMessage, response: ServerResponse) => void | Promise<void>;

export interface HttpListenerOptions {
  /** Name in logs and for TLS reloads ("http", "metrics"). */
  name: string;
  logger: Logger;
  /** Serve HTTPS with this certificate (reloaded with the others). */
  tls?: TlsCertificate;
  /** Handlers by exact path. */
  routes: ReadonlyMap<string, RouteHandler>;
  /** Paths no route claims (the static files); default 404. */
  fallback?: RouteHandler;
  /** WebSocket upgrades by exact path; any other upgrade is answered 404. */
  upgrades?: ReadonlyMap<string, (request: IncomingMessage, socket: Socket, head: Buffer) => void>;
  /** Longest time a client may take to send a request's headers, in ms. */
  headersTimeoutMs: number;
}

export interface HttpListener {
  /** Binds; resolves with the port bound. */
  listen(host: string, port: number): Promise<number>;
  /** Stops accepting connections and closes idle ones; requests in progress may finish. */
  stop(): void;
  /** Stops, then closes every connection still open. */
  close(): Promise<void>;
  readonly secure: boolean;
}

/** Writes a short plain-text answer. */
export function sendText(response: ServerResponse, status: number, text: string, headers = {}): void {
  response.writeHead(status, {
    "Content-Type": "text/plain; charset=utf-8",
    "Content-Length": Buffer.byteLength(text),
    "X-Content-Type-Options": "nosniff",
    ...headers,
  });
  response.end(response.req.method === "HEAD" ? undefined : text);
}

export function createHttpListener(options: HttpListenerOptions): HttpListener {
  const { logger, routes, fallback, upgrades, tls } = options;
  const onRequest = (request: IncomingMessage, response: ServerResponse) => {
    const path = pathOf(request);
    if (request.method !== "GET" && request.method !== "HEAD") {
      sendText(response, 405, "only GET and HEAD are served\n", { Allow: "GET, HEAD" });
      return;
    }
    const handler = (path !== undefined && routes.get(path)) || fallback;
    if (!handler) {
      sendText(response, 404, "not found\n");
      return;
    }
    Promise.resolve()
      .then(() => handler(request, response))
      .catch((error: unknown) => {
        logger.error({ err: error, path, listener: options.name }, "HTTP request failed");
        if (!response.headersSent) sendText(response, 500, "internal error\n");
        else response.destroy();
      });
  };
  const server: Server = tls ? createHttpsServer({ ...tls.options }, onRequest) : createHttpServer(onRequest);
  if (tls) tls.serve(options.name, server as ReturnType<typeof createHttpsServer>);
  server.headersTimeout = options.headersTimeoutMs;
  server.requestTimeout = options.headersTimeoutMs;
  server.on("upgrade", (request: IncomingMessage, socket: Socket, head: Buffer) => {
    const path = pathOf(request);
    const upgrade = path !== undefined ? upgrades?.get(path) : undefined;
    if (upgrade) upgrade(request, socket, head);
    else socket.end("HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
  });
  server.on("clientError", (error, socket) => {
    logger.debug({ err: (error as Error).message, listener: options.name }, "bad HTTP request");
    if (socket.writable)
      socket.end("HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
    else socket.destroy();
  });
  server.on("error", (error) => logger.error({ err: error, listener: options.name }, "HTTP listener error"));
  let closed: Promise<void> | undefined;
  return {
    secure: !!tls,
    async listen(host, port) {
      closed = undefined;
      server.listen(port, host);
      await once(server, "listening");
      return (server.address() as AddressInfo).port;
    },
    stop() {
      if (!closed) closed = new Promise((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
    },
    async close() {
      this.stop();
      server.closeAllConnections();
      await closed;
    },
  };
}

/** The request's path without its query, or undefined when the target cannot be parsed. */
function pathOf(request: IncomingMessage): string | undefined {
  try {
    return new URL(request.url ?? "/", "http://localhost").pathname;
  } catch {
    return undefined;
  }
}
