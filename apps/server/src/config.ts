// Server configuration: every setting and limit with its name, default and keys, and the pure merge
// of defaults < config file < PARLEY_* environment < command-line flags. No I/O here.
import { DEFAULT_ADMIN_PORT, DEFAULT_CHAT_PORT, DEFAULT_HOST, defaultDataDir } from "@parley/protocol";
import { canonicalRoom } from "./names.js";

export interface ServerConfig {
  /** Address the chat listener binds. */
  host: string;
  /** Chat port; 0 picks a free one. */
  port: number;
  /** Directory for the database, admin token and files; created on first start. */
  dataDir: string;
  /** Name announced in Welcome. */
  serverName: string;
  /** Message of the day, sent after login; empty for none. */
  motd: string;
  /** Room every session joins when its Login names none. */
  defaultRoom: string;
  /** Admin listener address and port (0 picks a free one); `adminSocket` (a Unix socket path) replaces them when set. */
  adminHost: string;
  adminPort: number;
  adminSocket: string;
  /** Admin token; empty means read or create `<dataDir>/admin.token`. */
  adminToken: string;
  logLevel: string;

  /** Most simultaneous connections; beyond it a connection gets Error SERVER_FULL and is closed. */
  maxConnections: number;
  /** Largest frame body accepted, in bytes; checked on the length prefix. */
  maxFrameBytes: number;
  /** Longest chat message, in characters (Unicode code points). */
  maxMessageChars: number;
  maxNickChars: number;
  maxTopicChars: number;
  maxRoomNameChars: number;
  /** Rooms one session may be in at once. */
  maxRoomsPerSession: number;
  /** Token bucket per session: sustained requests per second, and the burst above it. */
  ratePerSecond: number;
  rateBurst: number;
  /** Requests refused in a row for rate before the session is disconnected for flooding. */
  floodDisconnectAfter: number;
  /** A connection that has not completed Hello within this time is closed. */
  handshakeTimeoutMs: number;
  /** Idle sessions are pinged this often. */
  heartbeatIntervalMs: number;
  /** A session silent for longer than this is closed ("ping timeout"). */
  heartbeatTimeoutMs: number;
  /** Bytes queued for a session that does not read before it is disconnected. */
  sendQueueLimitBytes: number;
  /** Messages replayed on join when the client does not say how many. */
  historyOnJoin: number;
  /** Most messages one history request or resume returns. */
  maxHistoryFetch: number;
  /** Messages kept per room or conversation (0: no limit). */
  historyRetentionCount: number;
  /** Age after which messages are deleted, in days (0: no limit). */
  historyRetentionDays: number;
  /** Longest a presence event (join, leave, quit, nick) may wait to be written with others, in ms (0: at once). */
  presenceFlushMs: number;
  /** Time allowed to flush queues and the database on shutdown before sockets are cut. */
  shutdownGraceMs: number;

  /** Largest file accepted, in bytes. */
  maxFileBytes: number;
  /** Size of a file chunk, in bytes. */
  fileChunkBytes: number;
  /** Bytes of stored files one nick may hold. */
  fileQuotaBytes: number;
  /** Seconds a file is kept before it expires and is removed (default 72 hours). */
  fileRetentionSeconds: number;

  /** Answer UDP status probes on the chat port number. */
  udpStatus: boolean;
  /** Status replies sent to one source address per minute; further probes are dropped. */
  udpStatusRepliesPerMinute: number;
}

export { DEFAULT_ADMIN_PORT, defaultDataDir };
export const DEFAULT_PORT = DEFAULT_CHAT_PORT;

export function defaultConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  return {
    host: DEFAULT_HOST,
    port: DEFAULT_PORT,
    dataDir: defaultDataDir(env),
    serverName: "parley",
    motd: "Welcome to Parley. Type /help for commands.",
    defaultRoom: "lobby",
    adminHost: DEFAULT_HOST,
    adminPort: DEFAULT_ADMIN_PORT,
    adminSocket: "",
    adminToken: "",
    logLevel: "info",
    maxConnections: 10_000,
    maxFrameBytes: 1024 * 1024,
    maxMessageChars: 4000,
    maxNickChars: 32,
    maxTopicChars: 390,
    maxRoomNameChars: 64,
    maxRoomsPerSession: 100,
    ratePerSecond: 10,
    rateBurst: 30,
    floodDisconnectAfter: 50,
    handshakeTimeoutMs: 10_000,
    heartbeatIntervalMs: 30_000,
    heartbeatTimeoutMs: 90_000,
    sendQueueLimitBytes: 4 * 1024 * 1024,
    historyOnJoin: 50,
    maxHistoryFetch: 500,
    historyRetentionCount: 10_000,
    historyRetentionDays: 0,
    presenceFlushMs: 20,
    shutdownGraceMs: 5000,
    maxFileBytes: 100 * 1024 * 1024,
    fileChunkBytes: 256 * 1024,
    fileQuotaBytes: 1024 * 1024 * 1024,
    fileRetentionSeconds: 72 * 3600,
    udpStatus: true,
    udpStatusRepliesPerMinute: 30,
  };
}

type Kind = "string" | "integer" | "boolean";
/** Every setting's value kind, used to parse env, file and flags the same way. */
export const CONFIG_KINDS: { [K in keyof ServerConfig]: Kind } = {
  host: "string",
  port: "integer",
  dataDir: "string",
  serverName: "string",
  motd: "string",
  defaultRoom: "string",
  adminHost: "string",
  adminPort: "integer",
  adminSocket: "string",
  adminToken: "string",
  logLevel: "string",
  maxConnections: "integer",
  maxFrameBytes: "integer",
  maxMessageChars: "integer",
  maxNickChars: "integer",
  maxTopicChars: "integer",
  maxRoomNameChars: "integer",
  maxRoomsPerSession: "integer",
  ratePerSecond: "integer",
  rateBurst: "integer",
  floodDisconnectAfter: "integer",
  handshakeTimeoutMs: "integer",
  heartbeatIntervalMs: "integer",
  heartbeatTimeoutMs: "integer",
  sendQueueLimitBytes: "integer",
  historyOnJoin: "integer",
  maxHistoryFetch: "integer",
  historyRetentionCount: "integer",
  historyRetentionDays: "integer",
  presenceFlushMs: "integer",
  shutdownGraceMs: "integer",
  maxFileBytes: "integer",
  fileChunkBytes: "integer",
  fileQuotaBytes: "integer",
  fileRetentionSeconds: "integer",
  udpStatus: "boolean",
  udpStatusRepliesPerMinute: "integer",
};

/** Settings never logged. */
export const SECRET_KEYS: ReadonlySet<keyof ServerConfig> = new Set(["adminToken"]);

/** Thrown for a setting that does not parse or is out of range. */
export class ConfigError extends Error {
  override name = "ConfigError";
}

/** `maxFrameBytes` → `PARLEY_MAX_FRAME_BYTES`. */
export function envName(key: keyof ServerConfig): string {
  return `PARLEY_${key.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}`;
}

/** `maxFrameBytes` → `max-frame-bytes` (the flag is `--max-frame-bytes`). */
export function flagName(key: keyof ServerConfig): string {
  return key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

function parseValue(key: keyof ServerConfig, raw: unknown, source: string): string | number | boolean {
  if (CONFIG_KINDS[key] === "boolean") {
    if (typeof raw === "boolean") return raw;
    const text = String(raw).trim().toLowerCase();
    if (["true", "1", "yes", "on"].includes(text)) return true;
    if (["false", "0", "no", "off"].includes(text)) return false;
    throw new ConfigError(`${source}: ${key} must be true or false, got ${JSON.stringify(raw)}`);
  }
  if (CONFIG_KINDS[key] === "string") {
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
    if (!(key in CONFIG_KINDS)) throw new ConfigError(`${source}: unknown setting "${key}"`);
    out[key] = parseValue(key as keyof ServerConfig, raw, source);
  }
  return out as Partial<ServerConfig>;
}

/** Reads PARLEY_* variables. */
export function fromEnv(env: NodeJS.ProcessEnv): Partial<ServerConfig> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(CONFIG_KINDS) as (keyof ServerConfig)[]) {
    const raw = env[envName(key)];
    if (raw !== undefined && raw !== "") out[key] = parseValue(key, raw, envName(key));
  }
  return out as Partial<ServerConfig>;
}

/** Parses flag values (strings from the arg parser, keyed by config key). */
export function fromFlags(flags: Record<string, unknown>): Partial<ServerConfig> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(CONFIG_KINDS) as (keyof ServerConfig)[]) {
    if (flags[key] !== undefined) out[key] = parseValue(key, flags[key], `--${flagName(key)}`);
  }
  return out as Partial<ServerConfig>;
}

/** Merges layers (later wins) over the defaults and checks cross-field rules. */
export function resolveConfig(base: ServerConfig, ...layers: Partial<ServerConfig>[]): ServerConfig {
  const config = Object.assign({}, base, ...layers) as ServerConfig;
  if (config.port > 65535 || config.adminPort > 65535) throw new ConfigError("ports must be at most 65535");
  if (config.heartbeatTimeoutMs <= config.heartbeatIntervalMs) {
    throw new ConfigError("heartbeatTimeoutMs must be longer than heartbeatIntervalMs");
  }
  if (config.maxFrameBytes < 1024) throw new ConfigError("maxFrameBytes must be at least 1024");
  if (config.fileChunkBytes + 1024 > config.maxFrameBytes) {
    throw new ConfigError("fileChunkBytes must leave room for framing inside maxFrameBytes");
  }
  if (config.ratePerSecond < 1 || config.rateBurst < 1)
    throw new ConfigError("ratePerSecond and rateBurst must be ≥ 1");
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
