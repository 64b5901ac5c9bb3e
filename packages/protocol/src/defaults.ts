// Well-known defaults that the server and its clients must agree on without configuration: ports,
// the data directory and the admin token file. Kept here once so the two sides cannot drift apart.
import { homedir } from "node:os";
import { join } from "node:path";

/** The chat listener's default TCP port. */
export const DEFAULT_CHAT_PORT = 7667;
/** The admin listener's default TCP port. */
export const DEFAULT_ADMIN_PORT = 7668;
/** The HTTP listener's default port: the web client, the WebSocket gateway, metrics and health. */
export const DEFAULT_HTTP_PORT = 7669;
/** Default address of both listeners: loopback only, until an operator chooses otherwise. */
export const DEFAULT_HOST = "127.0.0.1";
/** The file (mode 0600, one line) in the server's data directory that holds the admin token. */
export const ADMIN_TOKEN_FILE_NAME = "admin.token";

/** The server's default data directory: `$XDG_DATA_HOME/parley`, else `~/.local/share/parley`. */
export function defaultDataDir(
  env: Readonly<Record<string, string | undefined>> = process.env,
  homeDir: string = homedir(),
): string {
  return join(env.XDG_DATA_HOME || join(homeDir, ".local", "share"), "parley");
}
