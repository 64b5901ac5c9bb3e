// Settings from flags, PARLEY_* environment variables and a small JSON config file, in that order of
// precedence. Resolution is pure; only loadConfigFile touches the disk.
import { readFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { UsageError } from "@parley/cli-shell";
import { parseServerAddress, type ServerAddress, ServerAddressError } from "@parley/protocol";

export interface Settings {
  /** The first server: what the screen shows and scripts connect to. */
  host: string;
  port: number;
  /**
   * Every server to try, in order: the client stays on one while it works and reconnects to the next
   * when a connection fails or drops (the nodes of a cluster). One entry unless `server` lists several.
   */
  servers: ServerAddress[];
  /** Empty when nobody said: the client then asks for one. */
  nick: string;
}

/** Any source may give any subset; values are strings or numbers as the source had them. */
export type PartialSettings = { host?: unknown; port?: unknown; nick?: unknown; server?: unknown };

const DEFAULTS = { host: "127.0.0.1", port: 7667, nick: "" };

/** A setting is wrong: the message names it and says what is expected. A usage error (exit 2). */
export class ConfigError extends UsageError {
  override name = "ConfigError";
}

/** Where the config file lives: $PARLEY_CLIENT_CONFIG (PARLEY_CONFIG is the server's), else $XDG_CONFIG_HOME/parley/config.json, else ~/.config/parley/config.json. */
export function configPath(env: NodeJS.ProcessEnv): string {
  if (env.PARLEY_CLIENT_CONFIG) return env.PARLEY_CLIENT_CONFIG;
  const base = env.XDG_CONFIG_HOME || join(env.HOME || homedir(), ".config");
  return join(base, "parley", "config.json");
}

/** Reads the config file; a missing file is an empty config, a malformed one is a ConfigError. */
export function loadConfigFile(path: string): PartialSettings {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return {};
    throw new ConfigError(`cannot read ${path}: ${(error as Error).message}`, { cause: error });
  }
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed))
      throw new Error("expected a JSON object");
    return parsed as PartialSettings;
  } catch (error) {
    throw new ConfigError(`${path} is not valid: ${(error as Error).message}`, { cause: error });
  }
}

/** The PARLEY_HOST, PARLEY_PORT, PARLEY_NICK and PARLEY_SERVER (comma-separated) variables. */
export function fromEnv(env: NodeJS.ProcessEnv): PartialSettings {
  return {
    host: env.PARLEY_HOST || undefined,
    port: env.PARLEY_PORT || undefined,
    nick: env.PARLEY_NICK || undefined,
    server: env.PARLEY_SERVER ? env.PARLEY_SERVER.split(",").map((text) => text.trim()) : undefined,
  };
}

/** `server` as given (one "host:port" or a list of them), parsed; the port defaults to `port`. */
function serverList(value: unknown, port: number): ServerAddress[] {
  const texts = typeof value === "string" ? [value] : value;
  if (!Array.isArray(texts) || !texts.every((text) => typeof text === "string"))
    throw new ConfigError('server must be "host:port" or a list of them');
  try {
    return texts.filter((text) => text !== "").map((text) => parseServerAddress(text, port));
  } catch (error) {
    if (error instanceof ServerAddressError)
      throw new ConfigError(`server: ${error.message}`, { cause: error });
    throw error;
  }
}

/** Merges sources, first wins, and checks each value. */
export function resolveSettings(...sources: PartialSettings[]): Settings {
  const pick = (name: keyof PartialSettings) =>
    sources
      .map((s) => s[name])
      .find((v) => v !== undefined && v !== "" && !(Array.isArray(v) && v.length === 0));
  const host = pick("host") ?? DEFAULTS.host;
  if (typeof host !== "string") throw new ConfigError("host must be a string");
  const rawPort = pick("port") ?? DEFAULTS.port;
  const port = typeof rawPort === "number" ? rawPort : Number(rawPort);
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new ConfigError(`port must be a number from 1 to 65535, not "${String(rawPort)}"`);
  const nick = pick("nick") ?? DEFAULTS.nick;
  if (typeof nick !== "string" || /\s/.test(nick))
    throw new ConfigError(`nick must be one word, not "${String(nick)}"`);
  const listed = pick("server");
  const servers = listed === undefined ? [] : serverList(listed, port);
  if (servers.length === 0) return { host, port, nick, servers: [{ host, port }] };
  return { host: servers[0]!.host, port: servers[0]!.port, nick, servers };
}

/** Settings from `flags`, then PARLEY_* variables, then the config file, as every command reads them. */
export function loadSettings(flags: PartialSettings, env: NodeJS.ProcessEnv): Settings {
  return resolveSettings(flags, fromEnv(env), loadConfigFile(configPath(env)));
}
