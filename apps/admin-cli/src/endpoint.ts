// Where the admin listener is and which token to present: flags, then PARLEY_ADMIN_* environment,
// then the server's defaults, so that on the server's own machine no argument is needed.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { UnauthorizedError, UsageError } from "@parley/cli-shell";
import {
  ADMIN_TOKEN_FILE_NAME,
  DEFAULT_ADMIN_PORT,
  DEFAULT_HOST,
  defaultKnownHostsPath,
  defaultDataDir as serverDataDir,
  type TlsClientOptions,
} from "@parley/protocol";

/** Contract with the server: its admin listener's default address, port and token file. */
export const DEFAULT_ADMIN_HOST = DEFAULT_HOST;
export { ADMIN_TOKEN_FILE_NAME, DEFAULT_ADMIN_PORT };

/** How to reach the admin listener. */
export type Endpoint = { kind: "tcp"; host: string; port: number } | { kind: "unix"; path: string };

/** Connection flags as commander hands them over (all optional strings). */
export interface ConnectionFlags {
  host?: string;
  port?: string;
  socket?: string;
  token?: string;
  tokenFile?: string;
  dataDir?: string;
  tls?: boolean;
  ca?: string;
  insecure?: boolean;
}

/** The environment variables this tool reads, by name. */
export type Env = Readonly<Record<string, string | undefined>>;

/** Where the token comes from: given literally, or to be read from a file. */
export type TokenSource = { kind: "literal"; token: string; origin: string } | { kind: "file"; path: string };

/** The server's data directory: `$PARLEY_DATA_DIR`, else `${XDG_DATA_HOME:-$HOME/.local/share}/parley`. */
export function defaultDataDir(env: Env, homeDir: string): string {
  return env.PARLEY_DATA_DIR || serverDataDir(env, homeDir);
}

/**
 * Picks the endpoint. A flag beats the environment; within one level a Unix socket beats host/port,
 * and `--host`/`--port` on the command line override a `PARLEY_ADMIN_SOCKET` set in the environment.
 */
export function resolveEndpoint(flags: ConnectionFlags, env: Env): Endpoint {
  if (flags.socket) return { kind: "unix", path: flags.socket };
  const tcpFlagGiven = flags.host !== undefined || flags.port !== undefined;
  if (!tcpFlagGiven && env.PARLEY_ADMIN_SOCKET) return { kind: "unix", path: env.PARLEY_ADMIN_SOCKET };
  const host = flags.host || env.PARLEY_ADMIN_HOST || DEFAULT_ADMIN_HOST;
  const portText = flags.port ?? env.PARLEY_ADMIN_PORT;
  const port = portText === undefined || portText === "" ? DEFAULT_ADMIN_PORT : parsePort(portText);
  return { kind: "tcp", host, port };
}

/** Parses a TCP port, 1 to 65535. */
export function parsePort(text: string): number {
  const port = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!(port >= 1 && port <= 65_535)) throw new UsageError(`invalid port "${text}": expected 1 to 65535`);
  return port;
}

/** Picks the token source: `--token`, `--token-file`, `PARLEY_ADMIN_TOKEN`, `PARLEY_ADMIN_TOKEN_FILE`, then the data directory. */
export function resolveTokenSource(flags: ConnectionFlags, env: Env, homeDir: string): TokenSource {
  if (flags.token) return { kind: "literal", token: flags.token, origin: "--token" };
  if (flags.tokenFile) return { kind: "file", path: flags.tokenFile };
  if (env.PARLEY_ADMIN_TOKEN)
    return { kind: "literal", token: env.PARLEY_ADMIN_TOKEN, origin: "PARLEY_ADMIN_TOKEN" };
  if (env.PARLEY_ADMIN_TOKEN_FILE) return { kind: "file", path: env.PARLEY_ADMIN_TOKEN_FILE };
  const dataDir = flags.dataDir || defaultDataDir(env, homeDir);
  return { kind: "file", path: join(dataDir, ADMIN_TOKEN_FILE_NAME) };
}

/** Reads the token (first line of the file, trimmed). Throws UnauthorizedError saying where it looked. */
export function loadToken(source: TokenSource): string {
  if (source.kind === "literal") return source.token.trim();
  let text: string;
  try {
    text = readFileSync(source.path, "utf8");
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "not found" : code === "EACCES" ? "permission denied" : String(code);
    throw new UnauthorizedError(
      `no admin token: ${source.path} ${why}; pass --token or set PARLEY_ADMIN_TOKEN (or --data-dir / PARLEY_DATA_DIR)`,
      { cause },
    );
  }
  const token = text.split(/\r?\n/, 1)[0]!.trim();
  if (token === "") throw new UnauthorizedError(`no admin token: ${source.path} is empty`);
  return token;
}

/** The endpoint as people read it in messages: "127.0.0.1:7668" or "unix:/run/parley/admin.sock". */
export function describeEndpoint(endpoint: Endpoint): string {
  if (endpoint.kind === "unix") return `unix:${endpoint.path}`;
  const host = endpoint.host.includes(":") ? `[${endpoint.host}]` : endpoint.host;
  return `${host}:${endpoint.port}`;
}

/**
 * TLS settings from `--tls`, `--ca FILE` (implies TLS), `--insecure` (implies TLS; tests only) and
 * PARLEY_ADMIN_TLS / PARLEY_ADMIN_CA. Without a CA the server's certificate is trusted on first use
 * through the known_hosts file in the client's config directory. Undefined: plaintext.
 */
export function resolveTls(
  flags: ConnectionFlags,
  env: Env,
  homeDir: string,
  onNewHost: TlsClientOptions["onNewHost"],
): TlsClientOptions | undefined {
  const caPath = flags.ca || env.PARLEY_ADMIN_CA || undefined;
  const wanted =
    flags.tls || flags.insecure || !!caPath || /^(1|true|yes|on)$/i.test(env.PARLEY_ADMIN_TLS ?? "");
  if (!wanted) return undefined;
  if (flags.insecure) return { insecure: true };
  if (caPath) {
    let ca: Buffer;
    try {
      ca = readFileSync(caPath);
    } catch (cause) {
      throw new UsageError(`--ca: cannot read ${caPath}: ${(cause as Error).message}`, { cause });
    }
    return { ca, caSource: caPath };
  }
  return { knownHostsPath: defaultKnownHostsPath(env, homeDir), onNewHost };
}
