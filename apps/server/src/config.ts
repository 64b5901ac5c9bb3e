// Server configuration: the pure merge of defaults < config file < PARLEY_* environment < flags, over
// the settings table in settings.ts. No I/O here.
import { isIP } from "node:net";
import { UsageError } from "@parley/cli-shell";
import { MAX_BAN_DURATION_MS } from "@parley/protocol";
import { canonicalRoom } from "./names.js";
import { isLoopback } from "./net/address-limits.js";
import { smallestPageBytes } from "./paging.js";
import {
  envName,
  flagName,
  SECRET_KEYS,
  SETTING_NAMES,
  SETTINGS,
  type ServerConfig,
  type SettingName,
  type SettingSpec,
} from "./settings.js";
import { isPostgresUrl } from "./store/postgres/url.js";

export { envName, flagName, type ServerConfig };

/** Every setting at its default; `env` only matters for the data directory. */
export function defaultConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const out: Record<string, unknown> = {};
  for (const key of SETTING_NAMES) {
    const value = (SETTINGS[key] as SettingSpec).default;
    out[key] = typeof value === "function" ? value(env) : value;
  }
  return out as ServerConfig;
}

/** Thrown for a setting that does not parse or is out of range: a usage error (exit 2). */
export class ConfigError extends UsageError {
  override name = "ConfigError";
}

function parseValue(key: SettingName, raw: unknown, source: string): string | number | boolean {
  if (SETTINGS[key].kind === "boolean") {
    if (typeof raw === "boolean") return raw;
    const text = String(raw).trim().toLowerCase();
    if (["true", "1", "yes", "on"].includes(text)) return true;
    if (["false", "0", "no", "off"].includes(text)) return false;
    throw new ConfigError(`${source}: ${key} must be true or false, got ${JSON.stringify(raw)}`);
  }
  if (SETTINGS[key].kind === "string") {
    if (typeof raw !== "string" && typeof raw !== "number")
      throw new ConfigError(`${source}: ${key} must be a string`);
    return String(raw);
  }
  const value = typeof raw === "number" ? raw : Number(String(raw).trim());
  if (!Number.isInteger(value) || value < 0) {
    throw new ConfigError(`${source}: ${key} must be a whole number ≥ 0, got ${JSON.stringify(raw)}`);
  }
  return value;
}

/** Picks known keys out of a parsed config file (camelCase keys, as in ServerConfig). Unknown keys are errors. */
export function fromFile(data: unknown, source: string): Partial<ServerConfig> {
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw new ConfigError(`${source}: expected a JSON object`);
  }
  const out: Record<string, unknown> = {};
  for (const [key, raw] of Object.entries(data)) {
    if (!Object.hasOwn(SETTINGS, key)) throw new ConfigError(`${source}: unknown setting "${key}"`);
    out[key] = parseValue(key as SettingName, raw, source);
  }
  return out as Partial<ServerConfig>;
}

/** Reads PARLEY_* variables. */
export function fromEnv(env: NodeJS.ProcessEnv): Partial<ServerConfig> {
  const out: Record<string, unknown> = {};
  for (const key of SETTING_NAMES) {
    const raw = env[envName(key)];
    if (raw !== undefined && raw !== "") out[key] = parseValue(key, raw, envName(key));
  }
  return out as Partial<ServerConfig>;
}

/** Parses flag values (strings from the arg parser, keyed by config key). */
export function fromFlags(flags: Record<string, unknown>): Partial<ServerConfig> {
  const out: Record<string, unknown> = {};
  for (const key of SETTING_NAMES) {
    if (flags[key] !== undefined) out[key] = parseValue(key, flags[key], `--${flagName(key)}`);
  }
  return out as Partial<ServerConfig>;
}

/** Merges layers (later wins) over the defaults and checks cross-field rules. */
export function resolveConfig(base: ServerConfig, ...layers: Partial<ServerConfig>[]): ServerConfig {
  const config = Object.assign({}, base, ...layers) as ServerConfig;
  if (
    config.port > 65535 ||
    config.adminPort > 65535 ||
    config.plainPort > 65535 ||
    config.httpPort > 65535 ||
    config.metricsPort > 65535
  )
    throw new ConfigError("ports must be at most 65535");
  if (!config.tlsCert !== !config.tlsKey)
    throw new ConfigError("tlsCert and tlsKey go together: give both files, or neither");
  if (config.adminTls && !config.tlsCert)
    throw new ConfigError("adminTls needs a certificate: give tlsCert and tlsKey too");
  if (config.plainPort && !config.tlsCert)
    throw new ConfigError("plainPort is a plaintext port beside a TLS one: give tlsCert and tlsKey too");
  if (!config.adminSocket && !config.adminTls && !isLoopbackHost(config.adminHost)) {
    throw new ConfigError(
      `the admin listener on ${config.adminHost} would be reachable from other machines without TLS: ` +
        "turn on adminTls (with tlsCert and tlsKey), or bind it to 127.0.0.1, ::1 or a Unix socket (adminSocket)",
    );
  }
  if (config.store !== "" && config.store !== "sqlite" && !isPostgresUrl(config.store))
    throw new ConfigError(
      "store must be empty or sqlite (SQLite in dataDir), or a postgres:// URL such as postgres://parley@127.0.0.1:5432/parley",
    );
  if (config.heartbeatTimeoutMs <= config.heartbeatIntervalMs) {
    throw new ConfigError("heartbeatTimeoutMs must be longer than heartbeatIntervalMs");
  }
  if (config.maxBanDurationMs < 1 || config.maxBanDurationMs > MAX_BAN_DURATION_MS)
    throw new ConfigError(`maxBanDurationMs must be between 1 and ${MAX_BAN_DURATION_MS} (100 years)`);
  if (config.maxFrameBytes < 1024) throw new ConfigError("maxFrameBytes must be at least 1024");
  if (config.clusterHeartbeatMs < 10) throw new ConfigError("clusterHeartbeatMs must be at least 10");
  if (config.clusterNodeTimeoutMs < 2 * config.clusterHeartbeatMs)
    throw new ConfigError("clusterNodeTimeoutMs must be at least twice clusterHeartbeatMs");
  const pageBytes = smallestPageBytes(config);
  if (config.maxFrameBytes < pageBytes)
    throw new ConfigError(
      `maxFrameBytes must be at least ${pageBytes} with these settings, so one page of any list holds the largest item (a message of maxMessageBytes, a session in maxRoomsPerSession rooms, ...)`,
    );
  if (config.fileChunkBytes + 1024 > config.maxFrameBytes) {
    throw new ConfigError("fileChunkBytes must leave room for framing inside maxFrameBytes");
  }
  if (config.maxPreLoginFrameBytes < 1024) {
    throw new ConfigError("maxPreLoginFrameBytes must be at least 1024");
  }
  if (config.ratePerSecond < 1 || config.rateBurst < 1)
    throw new ConfigError("ratePerSecond and rateBurst must be ≥ 1");
  if (config.framesPerSecond < 1 || config.framesBurst < 1)
    throw new ConfigError("framesPerSecond and framesBurst must be ≥ 1");
  if (config.roomEventsPerSecond < 1 || config.roomEventsBurst < 1)
    throw new ConfigError("roomEventsPerSecond and roomEventsBurst must be ≥ 1");
  if (!canonicalRoom(config.defaultRoom, config.maxRoomNameChars)) {
    throw new ConfigError(
      `defaultRoom "${config.defaultRoom}" is not a valid room name under maxRoomNameChars`,
    );
  }
  return config;
}

/** The configuration with secrets masked, for the start-up log line. */
export function printable(config: ServerConfig): Record<string, unknown> {
  const out: Record<string, unknown> = { ...config };
  for (const key of SECRET_KEYS) if (out[key]) out[key] = "***";
  return out;
}

/** "localhost" or a literal loopback address: only this machine can reach a listener bound there. */
function isLoopbackHost(host: string): boolean {
  return host === "localhost" || (isIP(host) !== 0 && isLoopback(host));
}
