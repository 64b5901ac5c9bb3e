// One logical session over many TCP connections: connect, hand the connection to the session to log
// in, measure lag, and when it drops come back with back-off — or, after a kick or a ban, not before
// it ends. Publishes where it stands as a Status (StatusFeed).
import {
  type DecodedEnvelope,
  ErrorCode,
  ProtocolClient,
  type ServerAddress,
  ServerError,
  ServerRotation,
  type TlsClientOptions,
} from "@parley/protocol";
import { type BackoffOptions, backoffDelayMs, DEFAULT_BACKOFF } from "./backoff.js";
import { describeConnectError, describeServerClose } from "./errors.js";
import { StatusFeed } from "./status-feed.js";

/** What the loop drives: the session that lives on each connection. */
export interface LoopSession {
  /** Logs in on a fresh connection. Rejecting with a ServerError refuses; anything else is a lost connection. */
  logIn(conn: ProtocolClient): Promise<void>;
  /** Logged in: traffic may flow on `conn`. */
  online(conn: ProtocolClient): void;
  /** Every envelope that is not a reply to a request, in wire order. */
  envelope(envelope: DecodedEnvelope): void;
  /** The connection is gone (requests in flight on it have failed). */
  offline(): void;
  /** The server refused the login for good (not banned, not full): the words for the person. */
  refused(error: ServerError): string;
  /** Round-trip time of the last ping, in ms. */
  lag(lagMs: number): void;
}

export interface ReconnectLoopOptions {
  host: string;
  port: number;
  /**
   * Several servers (the nodes of a cluster): the loop stays on one while it works and moves to the
   * next each time a connection fails or drops. Default: host and port alone.
   */
  servers?: readonly ServerAddress[];
  /** How often to measure lag, in ms. A ping unanswered for two intervals drops the connection. */
  pingIntervalMs: number;
  backoff?: BackoffOptions;
  /** Time a request may wait for its reply, in ms. */
  requestTimeoutMs: number;
  /** Connect with TLS, trusting the certificate as these options say; undefined: plaintext. */
  tls?: TlsClientOptions;
}

/** Refusals that may pass by themselves: the loop keeps trying after them. */
const PASSING_REFUSALS: ReadonlySet<ErrorCode> = new Set([
  ErrorCode.ERROR_CODE_SERVER_FULL,
  ErrorCode.ERROR_CODE_INTERNAL,
]);

/** Margin after a ban ends before trying again, in ms, so the server's clock has passed it too. */
const AFTER_BAN_MS = 500;
/** Pause after a kick without a ban, long enough to read why, in ms. */
const AFTER_KICK_MS = 10_000;

export class ReconnectLoop {
  /** Where the connection stands; iterate it or listen to it. */
  readonly status = new StatusFeed({ type: "connecting", attempt: 1 });
  private conn: ProtocolClient | null = null;
  private attempt = 0;
  private stopped = false;
  private retryTimer: NodeJS.Timeout | null = null;
  private pingTimer: NodeJS.Timeout | null = null;
  /** Where the next connection goes. */
  private readonly servers: ServerRotation;

  constructor(
    private readonly options: ReconnectLoopOptions,
    private readonly session: LoopSession,
  ) {
    this.servers = new ServerRotation(
      options.servers?.length ? options.servers : [{ host: options.host, port: options.port }],
    );
  }

  /** The server the loop is connected to, or will try next. */
  get server(): ServerAddress {
    return this.servers.current;
  }

  /** The logged-in connection, or null while offline. */
  get online(): ProtocolClient | null {
    return this.conn && this.status.current.type === "online" ? this.conn : null;
  }

  get isStopped(): boolean {
    return this.stopped;
  }

  /** Connects (and keeps reconnecting) until `stop`. */
  start(): void {
    if (this.conn || this.retryTimer || this.stopped) return;
    void this.connect();
  }

  /** Tries again at once if the loop is waiting out a refusal or has given up (a new nick may help). */
  retryNowIfRefused(): void {
    const type = this.status.current.type;
    if ((type === "closed" || type === "banned") && !this.conn && !this.stopped) this.retryAt(Date.now());
  }

  /**
   * An operator kicked us: back after the ban ends (`banUntilMs` null: a permanent ban, never), or
   * after a pause to read why.
   */
  kicked(reason: string, by: string, banUntilMs: number | null): void {
    const retryAtMs =
      banUntilMs === null ? null : banUntilMs > 0 ? banUntilMs + AFTER_BAN_MS : Date.now() + AFTER_KICK_MS;
    this.status.publish({ type: "kicked", reason, by, banUntilMs: banUntilMs ?? 0, retryAtMs });
    if (retryAtMs !== null) this.retryAt(retryAtMs);
  }

  /** The server refused us as banned: back after the ban ends, never for a permanent one. */
  banned(reason: string, banUntilMs: number): void {
    const retryAtMs = banUntilMs > 0 ? banUntilMs + AFTER_BAN_MS : null;
    this.status.publish({ type: "banned", reason, banUntilMs, retryAtMs });
    if (retryAtMs !== null) this.retryAt(retryAtMs);
  }

  /**
   * Stops for good: sends `goodbye` (a Quit) if connected and resolves when the socket is closed (or
   * after a second). The status ends at "closed".
   */
  async stop(goodbye: Parameters<ProtocolClient["send"]>[0]): Promise<void> {
    this.stopped = true;
    this.clearTimers();
    const conn = this.conn;
    this.status.publish({ type: "closed", reason: "you quit" });
    this.status.end();
    if (!conn) return;
    conn.send(goodbye);
    await Promise.race([conn.close(), new Promise((resolve) => setTimeout(resolve, 1000).unref())]);
  }

  /** One connection attempt: connect, log in, then live until it closes. */
  private async connect(): Promise<void> {
    this.retryTimer = null;
    this.attempt++;
    this.status.publish({ type: "connecting", attempt: this.attempt });
    let conn: ProtocolClient;
    const { host, port } = this.servers.current;
    try {
      conn = await ProtocolClient.connect({
        host,
        port,
        requestTimeoutMs: this.options.requestTimeoutMs,
        tls: this.options.tls,
      });
    } catch (error) {
      this.servers.failed();
      this.scheduleReconnect(describeConnectError(error));
      return;
    }
    if (this.stopped) {
      conn.conn.destroy();
      return;
    }
    this.conn = conn;
    const unsubscribe = conn.onEvent((envelope) => this.session.envelope(envelope));
    void conn.closed.then((info) => {
      unsubscribe();
      // The server names why it closes (ping timeout, flooding, shutdown …): that is the reason shown.
      const reason = info.fatal
        ? describeServerClose(info.fatal)
        : info.error
          ? describeConnectError(info.error)
          : "connection closed";
      this.onClosed(conn, reason, info.fatal?.retryAfterMs ?? 0);
    });
    try {
      await this.session.logIn(conn);
    } catch (error) {
      this.onLoginFailed(conn, error);
      return;
    }
    if (this.conn !== conn || this.stopped) return;
    this.attempt = 0;
    this.status.publish({ type: "online" });
    this.startPings(conn);
    this.session.online(conn);
  }

  private onLoginFailed(conn: ProtocolClient, error: unknown): void {
    if (error instanceof ServerError && error.code === ErrorCode.ERROR_CODE_BANNED) {
      this.banned(error.message, error.banUntilMs);
    } else if (error instanceof ServerError && !PASSING_REFUSALS.has(error.code)) {
      // Retrying cannot fix a refused nick or protocol version; a new nick can (retryNowIfRefused).
      this.status.publish({ type: "closed", reason: this.session.refused(error) });
    }
    // Other failures (lost connection, timeout, server full) fall through to the reconnect in onClosed.
    if (this.status.current.type === "closed" || this.status.current.type === "banned") this.detach(conn);
    conn.conn.destroy();
  }

  /** Forgets `conn` at once, so a retry need not wait for its socket to finish closing. */
  private detach(conn: ProtocolClient): void {
    if (this.conn !== conn) return;
    this.conn = null;
    this.clearPing();
    this.session.offline();
  }

  private onClosed(conn: ProtocolClient, reason: string, notBeforeMs = 0): void {
    if (this.conn !== conn) return;
    this.detach(conn);
    if (this.stopped) return;
    switch (this.status.current.type) {
      case "kicked":
      case "banned":
      case "closed":
        return; // Their own timers (if any) decide when to come back.
      default:
        // The node may be gone: the next attempt goes to the next server (the same one if it is alone).
        this.servers.failed();
        this.scheduleReconnect(reason, notBeforeMs);
    }
  }

  /** Tries again after the back-off, and never sooner than `notBeforeMs` (the server's retry_after_ms). */
  private scheduleReconnect(reason: string, notBeforeMs = 0): void {
    if (this.stopped) return;
    const backoffMs = backoffDelayMs(Math.max(1, this.attempt), this.options.backoff ?? DEFAULT_BACKOFF);
    const retryAtMs = Date.now() + Math.max(backoffMs, notBeforeMs);
    this.status.publish({ type: "reconnecting", attempt: this.attempt + 1, retryAtMs, reason });
    this.retryAt(retryAtMs);
  }

  private retryAt(atMs: number): void {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => void this.connect(), Math.max(0, atMs - Date.now()));
  }

  private startPings(conn: ProtocolClient): void {
    this.clearPing();
    const intervalMs = this.options.pingIntervalMs;
    const ping = () => {
      const sentAtMs = Date.now();
      conn
        .request({ ping: { sentAtMs } }, intervalMs * 2)
        .then((reply) => {
          const echo = reply.pong?.echoSentAtMs || sentAtMs;
          this.session.lag(Math.max(0, Date.now() - echo));
        })
        .catch(() => {
          // No answer in two intervals: the connection is dead even if TCP has not noticed.
          if (this.conn === conn) conn.conn.destroy();
        });
    };
    ping();
    this.pingTimer = setInterval(ping, intervalMs);
  }

  private clearPing(): void {
    if (this.pingTimer) clearInterval(this.pingTimer);
    this.pingTimer = null;
  }

  private clearTimers(): void {
    this.clearPing();
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
  }
}
