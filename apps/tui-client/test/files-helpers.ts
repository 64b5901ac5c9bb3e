// Helpers for the file-transfer tests: a real server on 127.0.0.1 port 0 with its own data
// directory, logged-in script sessions as transfer links, random files, and cleanup after each test.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createServer, defaultConfig, resolveConfig, type ServerConfig } from "@parley/server";
import { afterEach } from "vitest";
import { ScriptSession } from "../src/cli/session.js";

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

export function onCleanup(fn: () => Promise<void> | void): void {
  cleanups.push(fn);
}

export function tempDir(prefix = "parley-files-"): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  onCleanup(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export async function startServer(overrides: Partial<ServerConfig> = {}) {
  const dataDir = tempDir("parley-server-");
  const config = resolveConfig(
    defaultConfig({}),
    { host: "127.0.0.1", port: 0, adminPort: 0, dataDir },
    overrides,
  );
  const server = createServer(config);
  const { port } = await server.listen();
  onCleanup(() => server.close());
  return { server, port, config, dataDir };
}

/** A logged-in session (the transfer link `parley send`/`get` use), closed after the test. */
export async function session(port: number, nick: string, rooms: string[] = []): Promise<ScriptSession> {
  const s = await ScriptSession.open({
    host: "127.0.0.1",
    port,
    nick,
    clientVersion: "test",
    rooms,
    joinDefaultRoom: true,
    backoff: { initialMs: 50, maxMs: 200, jitter: 0 },
  });
  onCleanup(() => s.close());
  return s;
}

/** Writes `size` random bytes to `dir/name`; returns the path and the bytes. */
export function randomFile(dir: string, name: string, size: number): { path: string; data: Buffer } {
  const data = randomBytes(size);
  const path = join(dir, name);
  writeFileSync(path, data);
  return { path, data };
}
