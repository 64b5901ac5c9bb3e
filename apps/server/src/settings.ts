// The one table of parley-server's settings: name (the config-file key), kind, default, description,
// and whether clients are told the value in Welcome.limits. The ServerConfig type, the defaults, the
// PARLEY_* variables, the command-line flags and the announced limits are all generated from it.
import { fileURLToPath } from "node:url";
import {
  DEFAULT_ADMIN_PORT,
  DEFAULT_CHAT_PORT,
  DEFAULT_HOST,
  DEFAULT_HTTP_PORT,
  defaultDataDir,
} from "@parley/protocol";

/** Where `pnpm build` of @parley/web-client puts its files (the same path from src/ and dist/). */
const BUILT_WEB_CLIENT = fileURLToPath(new URL("../../web-client/dist", import.meta.url));

/** How a setting's value is written and parsed: text, a whole number ≥ 0, or a switch. */
export type SettingKind = "string" | "integer" | "boolean";

/** One row of the table. */
export interface SettingSpec<K extends SettingKind = SettingKind> {
  kind: K;
  /** The default; a function when it depends on the environment (the data directory). */
  default:
    | (K extends "integer" ? number : K extends "boolean" ? boolean : string)
    | ((env: NodeJS.ProcessEnv) => string);
  /** One line for `--help` and docs/server.md. */
  description: string;
  /** How docs/server.md and `--help` show the default when the value itself would mislead. */
  shownDefault?: string;
  /** Sent to clients in Welcome.limits under the same name. */
  announced?: true;
  /** Never logged; masked as "***". */
  secret?: true;
}

const integer = (
  value: number,
  description: string,
  extra: Partial<SettingSpec<"integer">> = {},
): SettingSpec<"integer"> => ({ kind: "integer", default: value, description, ...extra });
const text = (
  value: string | ((env: NodeJS.ProcessEnv) => string),
  description: string,
  extra: Partial<SettingSpec<"string">> = {},
): SettingSpec<"string"> => ({ kind: "string", default: value, description, ...extra });
const toggle = (value: boolean, description: string): SettingSpec<"boolean"> => ({
  kind: "boolean",
  default: value,
  description,
});
const announced = { announced: true } as const;

/**
 * Every setting, in the order `--help` and docs/server.md list them. Add a setting here and it gets
 * a config-file key, a PARLEY_* variable, a flag and a default; docs/server.md must list it too
 * (settings.test.ts compares them).
 */
export const SETTINGS = {
  host: text(DEFAULT_HOST, "address the chat listener binds"),
  port: integer(DEFAULT_CHAT_PORT, "chat port; 0 picks a free one"),
  dataDir: text(defaultDataDir, "directory for the database, admin token and files; created on first start", {
    shownDefault: "$XDG_DATA_HOME/parley or ~/.local/share/parley",
  }),
  store: text(
    "",
    "where history and its search index, rooms, bans, audit, accounts and file records live: empty (or sqlite) for SQLite in dataDir, or postgres://user:password@host:port/db for a PostgreSQL database every server of a cluster shares",
    { shownDefault: "(empty: SQLite in dataDir)", secret: true },
  ),
  fileDir: text(
    "",
    "directory for uploaded files' bytes; servers sharing a PostgreSQL store must see the same one",
    {
      shownDefault: "(empty: dataDir/files)",
    },
  ),
  serverName: text("parley", "name announced in Welcome"),
  motd: text(
    "Welcome to Parley. Type /help for commands.",
    "message of the day, sent after login; empty for none",
  ),
  defaultRoom: text("lobby", "room every session joins when its Login names none"),
  adminHost: text(DEFAULT_HOST, "address the admin listener binds"),
  adminPort: integer(DEFAULT_ADMIN_PORT, "admin port; 0 picks a free one"),
  adminSocket: text(
    "",
    "Unix socket path for the admin listener; replaces adminHost and adminPort when set",
    {
      shownDefault: "(empty)",
    },
  ),
  adminToken: text("", "admin token; empty means read or create <dataDir>/admin.token", {
    shownDefault: "(generated into dataDir/admin.token)",
    secret: true,
  }),
  logLevel: text("info", "trace, debug, info, warn, error, fatal or silent"),
  maxConnections: integer(
    10_000,
    "most simultaneous connections; beyond it a connection gets Error SERVER_FULL and is closed",
  ),
  maxFrameBytes: integer(
    1024 * 1024,
    "largest frame body accepted, in bytes; checked on the length prefix",
    announced,
  ),
  maxPreLoginFrameBytes: integer(
    16 * 1024,
    "largest frame body accepted before Login succeeds, in bytes: room for Hello and a Login naming maxRoomsPerSession rooms",
  ),
  maxBufferedInputBytes: integer(
    64 * 1024 * 1024,
    "bytes of unfinished frames buffered across all connections; a connection that would pass it gets Error SERVER_FULL (0: no limit)",
  ),
  maxMessageChars: integer(4000, "longest chat message, in characters (Unicode code points)", announced),
  maxMessageBytes: integer(
    12_000,
    "longest chat message, in UTF-8 bytes (4000 Chinese characters fit, 4000 emoji do not)",
    announced,
  ),
  maxNickChars: integer(32, "longest nick, in characters", announced),
  maxTopicChars: integer(390, "longest room topic, in characters", announced),
  maxAwayChars: integer(200, "longest away message (SetAway), in characters"),
  maxRoomNameChars: integer(64, "longest room name, in characters", announced),
  maxRoomsPerSession: integer(100, "rooms one session may be in at once", announced),
  ratePerSecond: integer(10, "token bucket per session: sustained requests per second", announced),
  rateBurst: integer(30, "token bucket per session: the burst above ratePerSecond", announced),
  replyBytesPerToken: integer(
    16 * 1024,
    "reply bytes that cost one more rate token: a request answered with N bytes costs 1 + N / this (0: replies cost nothing extra)",
  ),
  framesPerSecond: integer(
    200,
    "frames of any kind (Ping, Pong, file chunks, refused requests included) one session may send per second; beyond the burst the server reads from it at this pace",
  ),
  framesBurst: integer(
    400,
    "frames a session may send at once above framesPerSecond; a session more than this many frames behind is disconnected for flooding",
  ),
  maxErrorsInARow: integer(
    20,
    "requests refused in a row (for any reason but rate) before the session is disconnected (0: never)",
  ),
  roomEventsPerSecond: integer(
    10,
    "joins (by JoinRoom), topic changes and nick changes per second one room accepts from all its members together",
  ),
  roomEventsBurst: integer(50, "such events one room accepts at once above roomEventsPerSecond"),
  floodDisconnectAfter: integer(50, "requests refused in a row for rate before the session is disconnected"),
  handshakeTimeoutMs: integer(10_000, "a connection that has not completed Hello within this time is closed"),
  heartbeatIntervalMs: integer(30_000, "idle sessions are pinged this often"),
  heartbeatTimeoutMs: integer(90_000, 'a session silent for longer than this is closed ("ping timeout")'),
  sendQueueLimitBytes: integer(
    4 * 1024 * 1024,
    "bytes queued for a session that does not read before it is disconnected",
  ),
  sendQueueHardLimitBytes: integer(
    16 * 1024 * 1024,
    "bytes queued for a session, this turn's output included, at which it is disconnected at once",
  ),
  historyOnJoin: integer(50, "messages replayed on join when the client does not say how many"),
  maxHistoryFetch: integer(500, "most messages one history request or resume returns", announced),
  maxHistoryBytesPerRequest: integer(
    2 * 1024 * 1024,
    "history bytes one request (a Login joining many rooms, a JoinRoom, a FetchHistory) may return; the rest is left to paging",
  ),
  searchMaxResults: integer(50, "most messages one SearchHistory returns; the rest is paged with its cursor"),
  searchCostTokens: integer(
    5,
    "rate tokens a SearchHistory takes (instead of one), since it reads the whole index; its reply is charged besides",
  ),
  historyRetentionCount: integer(10_000, "messages kept per room or conversation (0: no limit)"),
  historyRetentionDays: integer(90, "age after which messages are deleted, in days (0: no limit)"),
  historyRetentionBytes: integer(
    1024 * 1024 * 1024,
    "total size of stored history (UTF-8 text and file descriptions, plus 64 bytes a message) past which the oldest messages are deleted (0: no limit)",
  ),
  presenceFlushMs: integer(
    20,
    "longest a presence event may wait to be written with others, in ms (0: at once)",
  ),
  presenceFlushMaxMs: integer(
    160,
    "longest a presence event may wait while presence keeps coming, in ms: each window that opens within one window of the last flush is twice as long, up to this (below presenceFlushMs: no growth)",
  ),
  shutdownGraceMs: integer(
    5000,
    "time allowed to flush queues and the database on shutdown before sockets are cut",
  ),
  maxFileBytes: integer(100 * 1024 * 1024, "largest file accepted, in bytes", announced),
  fileChunkBytes: integer(256 * 1024, "size of a file chunk, in bytes", announced),
  fileQuotaBytes: integer(1024 * 1024 * 1024, "bytes of stored files one guest nick may hold (0: no limit)"),
  fileQuotaBytesPerAccount: integer(
    1024 * 1024 * 1024,
    "bytes of stored files one account may hold, whatever nick and however many connections it uses (0: no limit)",
  ),
  fileQuotaBytesPerAddress: integer(
    2 * 1024 * 1024 * 1024,
    "bytes of stored files the nicks of one IP address may hold together (0: no limit)",
  ),
  fileQuotaFiles: integer(
    500,
    "files (empty ones included) one account or guest nick, and separately one IP address, may hold (0: no limit)",
  ),
  fileStoreMaxBytes: integer(
    10 * 1024 * 1024 * 1024,
    "bytes of stored files the server holds in all, uploads in progress included (0: no limit)",
  ),
  minFreeDiskBytes: integer(
    1024 * 1024 * 1024,
    "free space the data directory's file system must keep after an upload; offers that would go below are refused (0: no floor)",
  ),
  fileRetentionSeconds: integer(72 * 3600, "seconds a file is kept before it expires and is removed"),
  udpStatus: toggle(true, "answer UDP status probes on the chat port number"),
  udpStatusRepliesPerMinute: integer(
    30,
    "status replies sent to one source address per minute; further probes are dropped",
  ),
  tlsCert: text("", "PEM certificate (chain) file; with tlsKey, the chat listener speaks TLS 1.2 or later", {
    shownDefault: "(empty: plaintext)",
  }),
  tlsKey: text("", "PEM private key file for tlsCert", { shownDefault: "(empty)" }),
  adminTls: toggle(false, "the admin listener speaks TLS too, with the same certificate"),
  plainPort: integer(0, "a plaintext chat port on 127.0.0.1 beside the TLS one, for local tools (0: none)"),
  http: toggle(
    true,
    "serve the HTTP listener: the web client at /, the WebSocket gateway at /ws, /metrics, /healthz and /readyz (HTTPS with tlsCert)",
  ),
  httpHost: text(DEFAULT_HOST, "address the HTTP listener binds"),
  httpPort: integer(DEFAULT_HTTP_PORT, "HTTP port; 0 picks a free one"),
  httpAllowedOrigins: text(
    "",
    "origins a browser page may open /ws from, comma-separated (https://chat.example.org), or * for any; the page's own origin is always allowed",
    { shownDefault: "(empty: same origin only)" },
  ),
  wsCompression: toggle(
    false,
    "offer permessage-deflate on /ws: fewer bytes on the wire for more CPU and memory per connection",
  ),
  webRoot: text(() => BUILT_WEB_CLIENT, "directory of the web client's built files, served at /", {
    shownDefault: "apps/web-client/dist (the built web client)",
  }),
  metricsHost: text(
    "",
    "address of a separate listener for /metrics, which then leaves the HTTP listener; empty: /metrics is on the HTTP listener",
    { shownDefault: "(empty)" },
  ),
  metricsPort: integer(7670, "port of the separate metrics listener (with metricsHost); 0 picks a free one"),
  maxConnectionsPerAddress: integer(
    20,
    "connections open at once from one IP address; more get Error SERVER_FULL (0: no limit)",
  ),
  maxNewConnectionsPerAddressPerMinute: integer(
    60,
    "new connections accepted from one IP address per minute; more get Error RATE_LIMITED (0: no limit)",
  ),
  maxNewRoomsPerAddressPerMinute: integer(
    10,
    "rooms sessions from one IP address may create per minute; more get Error RATE_LIMITED (0: no limit)",
  ),
  guestsCreateRooms: toggle(
    true,
    "guests may create rooms by joining them; off: only account holders may, and a guest's join that would create one gets Error ACCOUNT_REQUIRED",
  ),
  addressLimitsExemptLoopback: toggle(
    true,
    "loopback addresses (127.0.0.0/8, ::1) are not held to the per-address connection and room-creation limits",
  ),
  maxAdminConnections: integer(
    32,
    "admin connections open at once; when full, the oldest unauthenticated one is closed to make room, and with none a new one gets Error SERVER_FULL",
  ),
  maxUnauthenticatedAdminConnections: integer(
    8,
    "admin connections that have not yet authenticated; a new one past it closes the oldest of them (like OpenSSH MaxStartups)",
  ),
  adminAuthGraceMs: integer(
    5000,
    "an admin connection that has not sent a correct AdminAuth within this time is closed (like OpenSSH LoginGraceTime)",
  ),
  adminAuthAuditWindowMs: integer(
    60_000,
    "failed admin authentications from one address within this window share one audit row carrying their count",
  ),
  maxAdminAuthFailures: integer(
    10,
    "wrong admin tokens from one address, each within adminAuthLockoutMs of the last, before it is locked out (0: never)",
  ),
  adminAuthLockoutMs: integer(
    15 * 60_000,
    "how long an admin lockout lasts, counted from the last wrong token",
  ),
  allowGuests: toggle(
    true,
    "sessions without an account may log in (off: only registered nicks, with their password)",
  ),
  registrationOpen: toggle(
    true,
    "new accounts may be registered (over TLS or loopback only); off: only operators create passwords",
  ),
  maxRegistrationsPerAddressPerHour: integer(
    5,
    "accounts one IP address may register per hour; more get Error RATE_LIMITED (0: no limit; loopback exempt with addressLimitsExemptLoopback)",
  ),
  minPasswordChars: integer(8, "shortest password accepted, in characters"),
  maxPasswordChars: integer(256, "longest password accepted, in characters"),
  scramIterations: integer(
    4096,
    "PBKDF2 iterations of the SCRAM-SHA-256 verifiers stored for new passwords (at least 4096); each login costs the client this much",
  ),
  authFailureDelayMs: integer(1000, "a wrong password is answered after this delay, in ms"),
  maxAuthFailuresPerAccount: integer(
    5,
    "wrong passwords for one account, each within authLockoutMs of the last, before logins to it are refused for authLockoutMs (0: never)",
  ),
  maxAuthFailuresPerAddress: integer(
    20,
    "wrong passwords from one IP address, each within authLockoutMs of the last, before its logins are refused for authLockoutMs (0: never)",
  ),
  authLockoutMs: integer(
    15 * 60_000,
    "how long a password lockout lasts, counted from the last wrong password",
  ),
  maxClientsPerAccount: integer(
    10,
    "sessions one account may have logged in at once; a further login gets Error TOO_MANY_CLIENTS (0: no limit)",
  ),
  maxQueuedMessagesPerAccount: integer(
    500,
    "direct messages held for an offline account until its next login; a further one gets Error OFFLINE_QUEUE_FULL (0: none are held)",
  ),
  maxReadMarkersPerAccount: integer(
    1000,
    "conversations (rooms and direct) an account keeps a read marker for; past it the oldest-updated marker is forgotten",
  ),
  maxBanDurationMs: integer(
    3650 * 86_400_000,
    "longest timed ban an operator may set, in ms (at most 100 years); permanent bans are asked for as such",
    { shownDefault: "315360000000 (3650 days)" },
  ),
  redis: text(
    "",
    "redis://host:port[/db] of the Redis the nodes of a cluster share; empty: this node is the whole system (see docs/cluster.md)",
    { shownDefault: "(empty: one node)" },
  ),
  clusterHeartbeatMs: integer(1000, "how often a cluster node records in Redis that it is alive, in ms"),
  clusterNodeTimeoutMs: integer(
    5000,
    "a cluster node silent this long is dead: its sessions are removed and their rooms told, in ms",
  ),
  clusterGapGraceMs: integer(
    50,
    "how long a gap in a room's seqs may stay open on a cluster node before it reads the missing messages from the store, in ms",
  ),
} satisfies Record<string, SettingSpec>;

/** A setting's name: its config-file key and its property in ServerConfig. */
export type SettingName = keyof typeof SETTINGS;

type ValueOf<S> =
  S extends SettingSpec<"integer"> ? number : S extends SettingSpec<"boolean"> ? boolean : string;

/** The effective configuration: one property per row of SETTINGS. */
export type ServerConfig = { [K in SettingName]: ValueOf<(typeof SETTINGS)[K]> };

/** Every setting name, in table order. */
export const SETTING_NAMES = Object.keys(SETTINGS) as SettingName[];

/** `maxFrameBytes` → `PARLEY_MAX_FRAME_BYTES`. */
export function envName(key: SettingName): string {
  return `PARLEY_${key.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}`;
}

/** `maxFrameBytes` → `max-frame-bytes` (the flag is `--max-frame-bytes`; a switch also has `--no-…`). */
export function flagName(key: SettingName): string {
  return key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/** The default as people read it (docs/server.md, `--help`). */
export function shownDefault(key: SettingName, env: NodeJS.ProcessEnv = {}): string {
  const spec: SettingSpec = SETTINGS[key];
  if (spec.shownDefault !== undefined) return spec.shownDefault;
  return String(typeof spec.default === "function" ? spec.default(env) : spec.default);
}

/** Names of the settings announced in Welcome.limits. */
export const ANNOUNCED_LIMITS = SETTING_NAMES.filter((key) => (SETTINGS[key] as SettingSpec).announced);

/** Settings never logged. */
export const SECRET_KEYS: ReadonlySet<SettingName> = new Set(
  SETTING_NAMES.filter((key) => (SETTINGS[key] as SettingSpec).secret),
);

/** The values clients are told in Welcome.limits: the settings marked `announced`, under their names. */
export function announcedLimits(config: ServerConfig): Record<string, number> {
  // Announced settings are integers (settings.test.ts checks them against the Limits message).
  return Object.fromEntries(ANNOUNCED_LIMITS.map((key) => [key, config[key] as number]));
}
