// A raw chat connection for tests that must see bytes in arrival order up to the server's close, or
// write several frames in one write: no request matching, no automatic Pong.
import { once } from "node:events";
import { connect, type Socket } from "node:net";
import {
  type DecodedEnvelope,
  decodeEnvelope,
  type Envelope,
  encodeFrame,
  FrameDecoder,
  PROTOCOL_VERSION,
} from "@parley/protocol";
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
  readonly socket: Socket;
}

export async function wireClient(port: number): Promise<WireClient> {
  const socket = connect({ port, host: "127.0.0.1" });
  await once(socket, "connect");
  onCleanup(() => {
    socket.destroy();
  });
  const received: DecodedEnvelope[] = [];
  const decoder = new FrameDecoder();
  const waiters = new Set<() => void>();
  socket.on("data", (chunk: Buffer) => {
    for (const frame of decoder.push(chunk)) received.push(decodeEnvelope(frame));
    for (const wake of waiters) wake();
  });
  socket.on("error", () => {});
  const ended = new Promise<DecodedEnvelope[]>((resolve) => socket.once("close", () => resolve(received)));
  const client: WireClient = {
    received,
    ended,
    socket,
    write(...envelopes) {
      socket.write(Buffer.concat(envelopes.map((e) => encodeFrame(e))));
    },
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
  return client;
}
