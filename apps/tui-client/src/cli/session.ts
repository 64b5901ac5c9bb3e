// The connection behind `parley send` and `parley get`: connect and log in (the protocol client's
// handshake, which also answers the server's pings) under one fixed nick (an upload can only be
// resumed by the nick that started it), join the rooms the command needs, and reconnect a bounded
// number of times when the connection drops.
// The TUI's ChatClient reconnects forever and renames itself when its nick is taken; a script
// instead fails fast on the first connection and keeps its nick, so it has its own small session.
import { ErrorCode, ProtocolClient, ServerError, type TlsClientOptions } from "@parley/protocol";
import { type BackoffOptions, backoffDelayMs } from "../client/backoff.js";
import { describeConnectError } from "../client/errors.js";
import type { TransferLink } from "../files/link.js";

export interface ScriptSessionOptions {
  host: string;
  port: number;
  nick: string;
  clientVersion: string;
  /** Rooms to be in, without "#" (file offers to a room and room downloads need membership). */
  rooms: string[];
  /** Also join the server's default room (where most files are announced). */
  joinDefaultRoom: boolean;
  /** Reconnection attempts after a drop before giving up (default 5). */
  maxReconnects?: number;
  backoff?: BackoffOptions;
  requestTimeoutMs?: number;
  /** Connect with TLS, trusting the certificate as these options say; undefined: plaintext. */
  tls?: TlsClientOptions;
  /** The password of the account owning `nick` (PARLEY_PASSWORD): logs in with SCRAM. */
  password?: string;
}

/** Reconnect sooner than the TUI does: a script's user is waiting on it. */
const SCRIPT_BACKOFF: BackoffOptions = { initialMs: 300, maxMs: 5000, jitter: 0.2 };

/** The first connection failed, or every reconnection did. `message` is one sentence. */
export class SessionError extends Error {
  override name = "SessionError";
}

export class ScriptSession implements TransferLink {
  private current: ProtocolClient | null = null;
  private reconnecting: Promise<ProtocolClient> | null = null;
  private closed = false;
  /** The nick the server confirmed. */
  nick: string;
  /** The server's default room (from Welcome). */
  defaultRoom = "";
  /** The server's largest file in bytes (from Welcome; 0 if not said). */
  maxFileBytes = 0;

  private constructor(private readonly options: ScriptSessionOptions) {
    this.nick = options.nick;
  }

  /** Connects and logs in once; rejects with a SessionError or the login's ServerError. */
  static async open(options: ScriptSessionOptions): Promise<ScriptSession> {
    const session = new ScriptSession(options);
    session.current = await session.connectOnce();
    return session;
  }

  connection(): Promise<ProtocolClient> {
    if (this.closed) return Promise.reject(new SessionError("the session is closed"));
    if (this.current && !this.current.conn.isClosed) return Promise.resolve(this.current);
    this.reconnecting ??= this.reconnect().finally(() => {
      this.reconnecting = null;
    });
    return this.reconnecting;
  }

  /** Says goodbye and closes the connection. */
  async close(): Promise<void> {
    this.closed = true;
    const conn = this.current;
    this.current = null;
    if (!conn || conn.conn.isClosed) return;
    conn.send({ quit: { reason: "done" } });
    await Promise.race([conn.close(), new Promise((resolve) => setTimeout(resolve, 1000).unref())]);
  }

  private async reconnect(): Promise<ProtocolClient> {
    const attempts = this.options.maxReconnects ?? 5;
    let last: unknown;
    for (let attempt = 1; attempt <= attempts && !this.closed; attempt++) {
      await new Promise((resolve) =>
        setTimeout(resolve, backoffDelayMs(attempt, this.options.backoff ?? SCRIPT_BACKOFF)),
      );
      try {
        this.current = await this.connectOnce();
        return this.current;
      } catch (error) {
        last = error;
        // Refusals other than "nick in use" (the old session may linger a moment) will not change.
        if (
          error instanceof ServerError &&
          error.code !== ErrorCode.ERROR_CODE_NICK_IN_USE &&
          error.code !== ErrorCode.ERROR_CODE_SERVER_FULL
        )
          throw error;
      }
    }
    const reason = describeConnectError(last instanceof SessionError && last.cause ? last.cause : last);
    throw new SessionError(`lost the connection and could not reconnect (${reason})`);
  }

  private async connectOnce(): Promise<ProtocolClient> {
    const { host, port } = this.options;
    let conn: ProtocolClient;
    try {
      conn = await ProtocolClient.connect({
        host,
        port,
        requestTimeoutMs: this.options.requestTimeoutMs,
        tls: this.options.tls,
      });
    } catch (error) {
      throw new SessionError(`cannot connect to ${host}:${port}: ${describeConnectError(error)}`, {
        cause: error,
      });
    }
    try {
      const welcome = await conn.hello({ clientName: "parley", clientVersion: this.options.clientVersion });
      this.defaultRoom = welcome.defaultRoom ?? "";
      this.maxFileBytes = welcome.limits?.maxFileBytes ?? 0;
      const names = new Set<string>();
      if (this.options.joinDefaultRoom && this.defaultRoom) names.add(this.defaultRoom);
      for (const room of this.options.rooms) names.add(room);
      const rooms = [...names].map((room) => ({ room, historyLimit: 0 }));
      const { nick } = await conn.login({
        clientName: "parley",
        clientVersion: this.options.clientVersion,
        nick: this.nick,
        rooms,
        password: this.options.password,
      });
      this.nick = nick;
      return conn;
    } catch (error) {
      conn.conn.destroy();
      throw error;
    }
  }
}
