// Helpers for the admin listener tests: an authenticated admin client on a real server, and a logger
// whose lines the test can read.
import { Writable } from "node:stream";
import { ProtocolClient } from "@parley/protocol";
import pino from "pino";
import type { Logger } from "../src/logger.js";
import type { ParleyServer } from "../src/server.js";
import { onCleanup } from "./helpers.js";

/** A client on the admin port that has not authenticated yet. */
export async function rawAdminClient(server: ParleyServer): Promise<ProtocolClient> {
  const client = await ProtocolClient.connect({
    port: server.adminPort as number,
    bufferEvents: true,
    requestTimeoutMs: 5000,
  });
  onCleanup(() => {
    client.conn.destroy();
  });
  return client;
}

/** An admin client past AdminAuth with the server's token. */
export async function adminClient(server: ParleyServer): Promise<ProtocolClient> {
  const client = await rawAdminClient(server);
  const reply = await client.request({ adminAuth: { token: server.adminToken } });
  if (reply.body !== "ok") throw new Error(`AdminAuth answered ${reply.body}`);
  return client;
}

/** A real pino logger writing JSON lines into memory. */
export function capturingLogger(): { logger: Logger; lines: () => Record<string, unknown>[] } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  const logger = pino({ level: "info" }, stream);
  return {
    logger,
    lines: () =>
      chunks
        .join("")
        .split("\n")
        .filter(Boolean)
        .map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
