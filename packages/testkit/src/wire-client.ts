// Raw chat connections for tests that must see envelopes in arrival order up to the server's close, or
// write several frames in one write: no request matching, no automatic Pong. Over TCP (wireClient) or
// the WebSocket gateway (wsWireClient), with the same record and waits.
import { once } from "node:events";
import { connect, type Socket } from "node:net";
import {
  type DecodedEnvelope,
  decodeEnvelope,
  type Envelope,
  encodeEnvelope,
  encodeFrame,
  FrameDecoder,
  PROTOCOL_VERSION,
} from "@parley/protocol";
import { WebSocket } from "ws";
import { onCleanup } from "./cleanup.js";

/**
 * A raw connection that records every envelope in arrival order until the server ends the stream,
 * for asserting what came before the close. `write` sends its envelopes in one write.
 */
export interface WireClient {
  readonly received: DecodedEnvelope[];
  /** Resolves with everything received once the socket has closed. */
  readonly ended: Promise<DecodedEnvelope[]>;
  write(...envelopes: Envelope[]): void;
  /** Resolves once an envelope matching `match` has arrived (already or later). */
  waitFor(match: (e: DecodedEnvelope) => boolean, ms?: number): Promise<DecodedEnvelope>;
  /** Hello, then Login as `nick` with the default room, waiting for its History. */
  logIn(nick: string): Promise<void>;
}

/** A raw TCP connection. */
export interface TcpWireClient extends WireClient {
  readonly socket: Socket;
}

/** A raw WebSocket connection to the gateway: one binary message per envelope. */
export interface WsWireClient extends WireClient {
  readonly ws: WebSocket;
  /** Resolves with the WebSocket close code once closed. */
  readonly closeCode: Promise<number>;
}

export interface WsClientOptions {
  /** The Origin header (default: none, as a non-browser client sends). */
  origin?: string;
  /** Subprotocols offered (default: parley.v1). */
  protocols?: string[];
  /** Path on the HTTP listener (default /ws). */
  path?: string;
  /** Speak wss:// and trust this certificate (PEM). */
  ca?: string;
}

/** The WebSocket gateway's URL on an HTTP port of this machine (wss:// with `secure`). */
export function wsUrl(httpPort: number, path = "/ws", secure = false): string {
  return `${secure ? "wss" : "ws"}://127.0.0.1:${httpPort}${path}`;
}

export async function wireClient(port: number): Promise<TcpWireClient> {
  const socket = connect({ port, host: "127.0.0.1" });
  await once(socket, "connect");
  onCleanup(() => {
    socket.destroy();
  });
  const decoder = new FrameDecoder();
  socket.on("error", () => {});
  const ended = new Promise<void>((resolve) => socket.once("close", () => resolve()));
  const record = recorder(ended, (...envelopes) => {
    socket.write(Buffer.concat(envelopes.map((e) => encodeFrame(e))));
  });
  socket.on("data", (chunk: Buffer) => record.add(decoder.push(chunk)));
  return Object.assign(record.client, { socket });
}

/**
 * Opens the gateway on `httpPort` and resolves once the upgrade is done; rejects with the HTTP status
 * line when the server answers the upgrade with an error instead.
 */
export async function wsWireClient(httpPort: number, options: WsClientOptions = {}): Promise<WsWireClient> {
  const ws = new WebSocket(wsUrl(httpPort, options.path, !!options.ca), options.protocols ?? ["parley.v1"], {
    headers: options.origin ? { Origin: options.origin } : {},
    perMessageDeflate: false,
    ...(options.ca ? { ca: options.ca } : {}),
  });
  onCleanup(() => {
    ws.terminate();
  });
  ws.on("error", () => {});
  const closeCode = new Promise<number>((resolve) => ws.once("close", (code) => resolve(code)));
  const ended = closeCode.then(() => undefined);
  const record = recorder(ended, (...envelopes) => {
    for (const envelope of envelopes) ws.send(encodeEnvelope(envelope));
  });
  ws.on("message", (data: Buffer) => record.add([data]));
  await new Promise<void>((resolve, reject) => {
    ws.once("open", () => resolve());
    ws.once("unexpected-response", (_request, response) => {
      reject(new Error(`upgrade refused: ${response.statusCode} ${response.statusMessage}`));
    });
    ws.once("error", reject);
  });
  return Object.assign(record.client, { ws, closeCode });
}

/** The record and waits both clients share, over their own `write`. */
function recorder(closed: Promise<void>, write: (...envelopes: Envelope[]) => void) {
  const received: DecodedEnvelope[] = [];
  const waiters = new Set<() => void>();
  const ended = closed.then(() => received);
  const client: WireClient = {
    received,
    ended,
    write,
    waitFor(match, ms = 5000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = received.find(match);
          if (!found) return false;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(found);
          return true;
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no matching envelope within ${ms} ms`));
        }, ms);
        if (!check()) waiters.add(check);
        void ended.then(() => {
          if (waiters.delete(check)) {
            clearTimeout(timer);
            reject(new Error("closed before a matching envelope arrived"));
          }
        });
      });
    },
    async logIn(nick) {
      client.write({ requestId: 1, hello: { protocolVersion: PROTOCOL_VERSION } });
      client.write({ requestId: 2, login: { nick } });
      await client.waitFor((e) => e.requestId === 2 && e.body === "history");
    },
  };
  return {
    client,
    /** Records decoded bodies and wakes the waits. */
    add(bodies: Uint8Array[]) {
      for (const body of bodies) received.push(decodeEnvelope(body));
      for (const wake of [...waiters]) wake();
    },
  };
}
