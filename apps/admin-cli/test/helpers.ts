// The shared test kit (@parley/testkit) bound for parley-admin's tests: a real Parley server in this
// process, real chat clients, and the real parley-admin run from source as a child process.
import { fileURLToPath } from "node:url";
import type { ParleyServer, ServerConfig, ServerOptions } from "@parley/server";
import * as parleyServer from "@parley/server";
import { loggedIn, type RunResult, runSource, type SpawnHook, serverKit, tempDir } from "@parley/testkit";

export { barrier, closedWithin, loginRefusal, tempDir } from "@parley/testkit";

const kit = serverKit(parleyServer);

/** A real server in this process, admin on port 0 unless overridden; closed after the test. */
export async function startServer(
  overrides: Partial<ServerConfig> = {},
  options: ServerOptions = {},
): Promise<ParleyServer> {
  return (await kit.startServer(overrides, { options })).server;
}

/** A chat client past Hello and Login (default room, or `rooms`), after each room's history. */
export function chatClient(server: ParleyServer, nick: string, rooms?: string[], password?: string) {
  return loggedIn(server.port, nick, rooms, {
    answerPings: true,
    clientName: "parley-test",
    clientVersion: "9.9",
    password,
  });
}

const cliDir = fileURLToPath(new URL("..", import.meta.url));

/**
 * Runs the real parley-admin (from source) with `args` and only the environment given (plus PATH),
 * so nothing from the developer's shell leaks in. `onSpawn` can signal the child (for --watch).
 */
export function runAdmin(
  args: string[],
  env: Record<string, string> = {},
  onSpawn?: SpawnHook,
  /** Written to its stdin (closed afterwards). */
  input?: string,
): Promise<RunResult> {
  return runSource("src/main.ts", args, {
    cwd: cliDir,
    env: { PATH: process.env.PATH ?? "", HOME: env.HOME ?? tempDir(), ...env },
    onSpawn,
    input,
  });
}

/** Environment pointing parley-admin at `server` explicitly (port and token). */
export function adminEnv(server: ParleyServer): Record<string, string> {
  return { PARLEY_ADMIN_PORT: String(server.adminPort), PARLEY_ADMIN_TOKEN: server.adminToken };
}
