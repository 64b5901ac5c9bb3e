// The shared test kit (@parley/testkit) bound for the client's tests: a real server in this process,
// plus what only the client's tests need: the real binary, script sessions as transfer links, random files.
import { randomBytes } from "node:crypto";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import * as parleyServer from "@parley/server";
import { onCleanup, type RunResult, runSource, serverKit } from "@parley/testkit";
import { ScriptSession } from "../src/cli/session.js";

export { onCleanup, tempDir } from "@parley/testkit";

export const { startServer } = serverKit(parleyServer);

/** A logged-in session (the transfer link `parley send`/`get` use), closed after the test. */
export async function session(
  port: number,
  nick: string,
  rooms: string[] = [],
  password?: string,
): Promise<ScriptSession> {
  const s = await ScriptSession.open({
    host: "127.0.0.1",
    port,
    nick,
    ...(password ? { password } : {}),
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

const appDir = fileURLToPath(new URL("..", import.meta.url));

/**
 * Runs the real `parley` (from source) to completion without blocking this process's event loop (a
 * server under test may live in it). No config file is read unless `env` names one.
 */
export function runParley(args: string[], env: NodeJS.ProcessEnv = {}): Promise<RunResult> {
  return runSource("src/main.tsx", args, {
    cwd: appDir,
    env: { ...process.env, PARLEY_CLIENT_CONFIG: join(appDir, "no-such-config.json"), ...env },
  });
}
