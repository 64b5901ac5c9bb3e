// Test helpers: a real server on 127.0.0.1 port 0 with a temporary data directory, and real clients.
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, rmSync } from "node:fs";
import { connect, type Socket } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import {
  type DecodedEnvelope,
  decodeEnvelope,
  type Envelope,
  encodeFrame,
  FrameDecoder,
  PROTOCOL_VERSION,
  ProtocolClient,
  type parley,
} from "@parley/protocol";
import { afterEach } from "vitest";
import { defaultConfig, resolveConfig, type ServerConfig } from "../src/config.js";
import { createServer, type ParleyServer, type ServerOptions } from "../src/server.js";

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

/** Runs `fn` after the current test, last registered first. */
export function onCleanup(fn: () => Promise<void> | void): void {
  cleanups.push(fn);
}

export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "parley-test-"));
  onCleanup(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export function testConfig(overrides: Partial<ServerConfig> = {}, dataDir = tempDir()): ServerConfig {
  return resolveConfig(defaultConfig({}), { host: "127.0.0.1", port: 0, adminPort: 0, dataDir }, overrides);
}

export interface TestServer {
  server: ParleyServer;
  port: number;
  config: ServerConfig;
}

export async function startServer(
  overrides: Partial<ServerConfig> = {},
  dataDir?: string,
  options: ServerOptions = {},
): Promise<TestServer> {
  const config = testConfig(overrides, dataDir);
  const server = createServer(config, options);
  const { port } = await server.listen();
  onCleanup(() => server.close());
  return { server, port, config };
}

/** A connected client that has not said Hello yet; it answers no pings unless the test does. */
export async function rawClient(port: number): Promise<ProtocolClient> {
  const client = await ProtocolClient.connect({
    port,
    bufferEvents: true,
    requestTimeoutMs: 5000,
    answerPings: false,
  });
  onCleanup(() => {
    client.conn.destroy();
  });
  return client;
}

/** A client past Hello and Login, with the default room (or `rooms`) joined. */
export async function loggedIn(
  port: number,
  nick: string,
  rooms?: parley.v1.IJoinRoom[],
): Promise<ProtocolClient> {
  const client = await rawClient(port);
  await client.request({
    hello: { protocolVersion: PROTOCOL_VERSION, clientName: "test", clientVersion: "1" },
  });
  await client.request({ login: { nick, rooms } });
  const expected = rooms?.length ?? 1;
  for (let i = 0; i < expected; i++) await client.waitFor((e) => e.body === "history");
  return client;
}

export const isKind =
  (kind: DecodedEnvelope["body"]) =>
  (envelope: DecodedEnvelope): boolean =>
    envelope.body === kind;

/** Waits until the client's connection has closed. */
export async function closedWithin(client: ProtocolClient, ms = 5000): Promise<void> {
  await Promise.race([
    client.closed,
    new Promise((_, reject) => setTimeout(() => reject(new Error(`still open after ${ms} ms`)), ms)),
  ]);
}

const serverMain = join(dirname(fileURLToPath(import.meta.url)), "../src/main.ts");

/** The real parley-server binary (from source) as a child process; resolves once it listens. */
export async function spawnServer(args: string[]): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, ["--conditions=source", "--import", "tsx", serverMain, ...args], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  onCleanup(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  });
  const lines = createInterface({ input: child.stdout! });
  const port = await new Promise<number>((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`server exited with ${code} before listening`)));
    lines.on("line", (line) => {
      try {
        const entry = JSON.parse(line) as { msg?: string; port?: number };
        if (entry.msg === "listening" && entry.port) resolve(entry.port);
      } catch {}
    });
  });
  return { child, port };
}

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
