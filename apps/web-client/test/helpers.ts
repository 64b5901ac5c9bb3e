// What the web client's end-to-end tests share: the page built once, the real server binary on a
// data directory that outlives restarts, and the terminal client in tmux beside the browsers.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { ADMIN_TOKEN_FILE_NAME } from "@parley/protocol";
import { paneCommand, type ServerProcess, startServerProcess } from "@parley/testkit";
import { build } from "vite";

export const appDir = fileURLToPath(new URL("..", import.meta.url));
const serverMain = join(appDir, "../server/src/main.ts");
const tuiDir = join(appDir, "../tui-client");

/** Builds the page into dist/ as `pnpm build` does; resolves with that directory. */
export async function buildPage(): Promise<string> {
  await build({ root: appDir, logLevel: "warn" });
  return join(appDir, "dist");
}

/** Where a test server listens: the chat port and the HTTP listener's (a restart reuses both). */
export interface Ports {
  port: number;
  httpPort: number;
}

/**
 * parley-server from source on `dataDir`, serving the page from `webRoot` at `/` and the chat at
 * `/ws`, on free ports (or `ports`, to restart on the same ones).
 */
export function startServer(
  dataDir: string,
  webRoot: string,
  ports: Ports = { port: 0, httpPort: 0 },
): Promise<ServerProcess> {
  return startServerProcess(serverMain, [
    ...["--host", "127.0.0.1", "--port", String(ports.port), "--admin-port", "0", "--data-dir", dataDir],
    ...["--http-host", "127.0.0.1", "--http-port", String(ports.httpPort), "--web-root", webRoot],
  ]);
}

/** The admin token a server wrote into its data directory. */
export function adminToken(dataDir: string): string {
  return readFileSync(join(dataDir, ADMIN_TOKEN_FILE_NAME), "utf8").trim();
}

/** The shell command that runs the terminal client `parley` from source in a tmux pane. */
export function parleyCommand(args: string[]): string {
  return paneCommand(tuiDir, "src/main.tsx", args);
}

/** The entry of the terminal client, for `parley get` run to completion. */
export const parleyMain = join(tuiDir, "src/main.tsx");
export { tuiDir };
