// Test helpers: a real Parley server in this process (127.0.0.1, port 0, temporary data directory),
// real chat clients, and the real parley-admin binary run from source as a child process.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { PROTOCOL_VERSION, ProtocolClient } from "@parley/protocol";
import {
  createServer,
  defaultConfig,
  type ParleyServer,
  resolveConfig,
  type ServerConfig,
} from "@parley/server";
import { afterEach } from "vitest";

const cleanups: (() => Promise<unknown> | unknown)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "parley-admin-test-"));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A real server; admin on port 0 unless overridden. Closed after the test. */
export async function startServer(overrides: Partial<ServerConfig> = {}): Promise<ParleyServer> {
  const config = resolveConfig(
    defaultConfig({}),
    { host: "127.0.0.1", port: 0, adminPort: 0, dataDir: tempDir() },
    overrides,
  );
  const server = createServer(config);
  await server.listen();
  cleanups.push(() => server.close());
  return server;
}

/** A chat client past Hello and Login (default room, or `rooms`). */
export async function chatClient(
  server: ParleyServer,
  nick: string,
  rooms?: string[],
): Promise<ProtocolClient> {
  const client = await ProtocolClient.connect({
    port: server.port,
    bufferEvents: true,
    requestTimeoutMs: 5000,
  });
  cleanups.push(() => client.conn.destroy());
  await client.request({
    hello: { protocolVersion: PROTOCOL_VERSION, clientName: "parley-test", clientVersion: "9.9" },
  });
  await client.request({ login: { nick, rooms: rooms?.map((room) => ({ room })) } });
  return client;
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

const cliDir = join(dirname(fileURLToPath(import.meta.url)), "..");

/**
 * Runs the real parley-admin (from source) with `args` and only the environment given (plus PATH),
 * so nothing from the developer's shell leaks in. `onSpawn` can signal the child (for --watch).
 */
export function runAdmin(
  args: string[],
  env: Record<string, string> = {},
  onSpawn?: (child: ReturnType<typeof spawn>, output: () => string) => void,
): Promise<RunResult> {
  const child = spawn(process.execPath, ["--conditions=source", "--import", "tsx", "src/main.ts", ...args], {
    cwd: cliDir,
    env: { PATH: process.env.PATH ?? "", HOME: env.HOME ?? tempDir(), ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  cleanups.push(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk) => (stdout += chunk));
  child.stderr.on("data", (chunk) => (stderr += chunk));
  onSpawn?.(child, () => stdout);
  return new Promise((resolve) => child.on("close", (code) => resolve({ code, stdout, stderr })));
}

/** Environment pointing parley-admin at `server` explicitly (port and token). */
export function adminEnv(server: ParleyServer): Record<string, string> {
  return { PARLEY_ADMIN_PORT: String(server.adminPort), PARLEY_ADMIN_TOKEN: server.adminToken };
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
