// A connection to the server's admin listener: connect (TCP or Unix socket), authenticate, then one
// typed method per admin request. Every failure leaves here as an CliError with its exit code.

import {
  CannotConnectError,
  type CliError,
  NotFoundError,
  ServerFailureError,
  UnauthorizedError,
  UsageError,
} from "@parley/cli-shell";
import {
  type AccountInfo,
  type AdminStats,
  type AuditEntry,
  type Ban,
  type ClientOptions,
  type ClosedSession,
  ConnectionClosedError,
  collectPages,
  type DecodedEnvelope,
  type Envelope,
  ErrorCode,
  type Page,
  ProtocolClient,
  RequestTimeoutError,
  ServerError,
  type SessionFilter,
  type SessionInfo,
  type TlsClientOptions,
} from "@parley/protocol";
import { describeEndpoint, type Endpoint } from "./endpoint.js";

/** What `kick` asks for; mirrors AdminKick with the target as a tagged union. */
export interface KickRequest {
  target: Target;
  reason: string;
  /** 0: kick without a ban (unless banPermanent). */
  banDurationMs: number;
  /** Ban for good; banDurationMs is then 0. */
  banPermanent: boolean;
  banNick: boolean;
  banAddress: boolean;
  banAccount: boolean;
  dryRun: boolean;
  by: string;
}

/** Whom a kick, ban or unban is about. */
export type Target =
  | { kind: "sessionId"; sessionId: number }
  | { kind: "nick"; nick: string }
  | { kind: "address"; address: string }
  | { kind: "account"; account: string }
  | { kind: "banId"; banId: number };

export interface KickResult {
  /** The sessions hit, as many as fit in one reply; `sessionsMatched` counts them all. */
  sessions: SessionInfo[];
  /** The bans made, as many as fit beside the sessions; `bansMade` counts them all. */
  bans: Ban[];
  dryRun: boolean;
  sessionsMatched: number;
  bansMade: number;
}

export interface AdminClientOptions {
  /** How long to wait for the connection and for each reply, in ms. */
  timeoutMs: number;
  /** Where the token came from, named in the message when the server refuses it. */
  tokenOrigin: string;
  /** Speak TLS to the admin listener, trusting its certificate as these options say. */
  tls?: TlsClientOptions;
}

/** An authenticated admin connection. Close it when done. */
export class AdminClient {
  private constructor(
    private readonly client: ProtocolClient,
    /** For error messages: "127.0.0.1:7668". */
    private readonly where: string,
  ) {}

  /** Connects and sends AdminAuth. Throws CannotConnectError (cannot connect) or UnauthorizedError (token refused). */
  static async open(endpoint: Endpoint, token: string, options: AdminClientOptions): Promise<AdminClient> {
    const where = describeEndpoint(endpoint);
    const client = await connectWithin(endpoint, options.timeoutMs, where, options.tls);
    const admin = new AdminClient(client, where);
    try {
      await admin.call({ adminAuth: { token } }, "ok");
    } catch (error) {
      admin.destroy();
      if (error instanceof UnauthorizedError)
        throw new UnauthorizedError(
          `unauthorized: ${where} refused the admin token from ${options.tokenOrigin}`,
          {
            cause: error,
          },
        );
      throw error;
    }
    return admin;
  }

  /** Every matching session, in id order, following the server's pages. */
  listSessions(filter: SessionFilter): Promise<SessionInfo[]> {
    return this.pages(async (cursor) => {
      const list = (await this.call({ adminListSessions: { filter, cursor } }, "adminSessionList"))
        .adminSessionList!;
      return { items: list.sessions ?? [], nextCursor: list.nextCursor ?? "" };
    });
  }

  /** Throws NotFoundError when no session has this id. */
  async getSession(sessionId: number): Promise<SessionInfo> {
    const reply = await this.call({ adminGetSession: { sessionId } }, "adminSessionDetail");
    const session = reply.adminSessionDetail!.session;
    if (!session) throw new NotFoundError(`no session with id ${sessionId}`);
    return session;
  }

  async kick(request: KickRequest): Promise<KickResult> {
    const target = request.target;
    if (target.kind === "banId")
      throw new UsageError("a kick targets a session id, a nick, an account or an address");
    const reply = await this.call(
      {
        adminKick: {
          ...(target.kind === "sessionId" ? { sessionId: target.sessionId } : {}),
          ...(target.kind === "nick" ? { nick: target.nick } : {}),
          ...(target.kind === "address" ? { address: target.address } : {}),
          ...(target.kind === "account" ? { account: target.account } : {}),
          reason: request.reason,
          banDurationMs: request.banDurationMs,
          banPermanent: request.banPermanent,
          banNick: request.banNick,
          banAddress: request.banAddress,
          banAccount: request.banAccount,
          dryRun: request.dryRun,
          by: request.by,
        },
      },
      "adminKickResult",
    );
    const result = reply.adminKickResult!;
    const sessions = result.sessions ?? [];
    const bans = result.bans ?? [];
    return {
      sessions,
      bans,
      dryRun: !!result.dryRun,
      // A server from before the totals sends none: then what is listed is all there is.
      sessionsMatched: Math.max(result.sessionsMatched ?? 0, sessions.length),
      bansMade: Math.max(result.bansMade ?? 0, bans.length),
    };
  }

  /** Bans a nick or an address without kicking anyone; `durationMs` 0 is permanent. */
  /** A ban for `durationMs`, or a permanent one when `durationMs` is 0. */
  async ban(target: Target, durationMs: number, reason: string, by: string): Promise<Ban> {
    if (target.kind !== "nick" && target.kind !== "address")
      throw new UsageError("a ban targets a nick or an address");
    const reply = await this.call(
      {
        adminBan: {
          ...(target.kind === "nick" ? { nick: target.nick } : { address: target.address }),
          durationMs,
          permanent: durationMs === 0,
          reason,
          by,
        },
      },
      "adminBanResult",
    );
    const ban = reply.adminBanResult!.ban;
    if (!ban) throw new ServerFailureError("the server acknowledged the ban without describing it");
    return ban;
  }

  async unban(target: Target): Promise<Ban[]> {
    if (target.kind === "sessionId" || target.kind === "account")
      throw new UsageError("unban takes a ban id, a nick or an address");
    const reply = await this.call(
      {
        adminUnban:
          target.kind === "banId"
            ? { banId: target.banId }
            : target.kind === "nick"
              ? { nick: target.nick }
              : { address: target.address },
      },
      "adminUnbanResult",
    );
    return reply.adminUnbanResult!.removed ?? [];
  }

  /** Every ban in force, in id order, following the server's pages. */
  listBans(): Promise<Ban[]> {
    return this.pages(async (cursor) => {
      const list = (await this.call({ adminListBans: { cursor } }, "adminBanList")).adminBanList!;
      return { items: list.bans ?? [], nextCursor: list.nextCursor ?? "" };
    });
  }

  /** Newest first, at most `limit` (0: every one the server keeps), following the server's pages. */
  listClosed(limit: number): Promise<ClosedSession[]> {
    return this.pages(async (cursor, remaining) => {
      const request = { limit: remaining, cursor };
      const list = (await this.call({ adminListClosed: request }, "adminClosedList")).adminClosedList!;
      return { items: list.sessions ?? [], nextCursor: list.nextCursor ?? "" };
    }, limit);
  }

  async stats(): Promise<AdminStats> {
    const reply = await this.call({ adminGetStats: {} }, "adminStats");
    return reply.adminStats!;
  }

  /** Returns how many sessions the notice was sent to. */
  /** Has the server read its TLS certificate and key again; throws ServerFailureError or UsageError if it cannot. */
  async reloadTls(by: string): Promise<{ fingerprint256: string; validToMs: number; listeners: string[] }> {
    const reply = await this.call({ adminReloadTls: { by } }, "adminReloadTlsResult");
    const result = reply.adminReloadTlsResult!;
    return {
      fingerprint256: result.fingerprint256 ?? "",
      validToMs: Number(result.validToMs ?? 0),
      listeners: result.listeners ?? [],
    };
  }

  async announce(text: string): Promise<number> {
    const reply = await this.call({ adminAnnounce: { text } }, "adminAnnounceResult");
    return reply.adminAnnounceResult!.recipients ?? 0;
  }

  /** Newest first, at most `limit` (0: one page of the server's choosing), following the server's pages. */
  async listAudit(limit: number): Promise<AuditEntry[]> {
    const page = async (cursor: string, remaining: number) => {
      const list = (await this.call({ adminListAudit: { limit: remaining, cursor } }, "adminAuditList"))
        .adminAuditList!;
      return { items: list.entries ?? [], nextCursor: list.nextCursor ?? "" };
    };
    if (limit === 0) return (await page("", 0)).items;
    return this.pages(page, limit);
  }

  /** Every account, by name, following the server's pages. */
  listAccounts(): Promise<AccountInfo[]> {
    return this.pages(async (cursor) => {
      const list = (await this.call({ adminListAccounts: { cursor } }, "adminAccountList")).adminAccountList!;
      return { items: list.accounts ?? [], nextCursor: list.nextCursor ?? "" };
    });
  }

  /** The account and its sessions now; throws NotFoundError when there is no such account. */
  async getAccount(name: string): Promise<{ account: AccountInfo; sessions: SessionInfo[] }> {
    const reply = await this.call({ adminGetAccount: { name } }, "adminAccountDetail");
    const detail = reply.adminAccountDetail!;
    return { account: detail.account ?? {}, sessions: detail.sessions ?? [] };
  }

  /** Locks or unlocks an account, or deletes it, or sets its password; resolves with the account. */
  async changeAccount(
    change:
      | { kind: "lock" | "unlock"; name: string; by: string }
      | { kind: "delete"; name: string; by: string }
      | { kind: "set-password"; name: string; by: string; password: string },
  ): Promise<AccountInfo> {
    const { name, by } = change;
    const envelope: Envelope =
      change.kind === "delete"
        ? { adminDeleteAccount: { name, by } }
        : change.kind === "set-password"
          ? { adminSetAccountPassword: { name, by, password: change.password } }
          : { adminLockAccount: { name, by, locked: change.kind === "lock" } };
    const reply = await this.call(envelope, "adminAccountResult");
    return reply.adminAccountResult!.account ?? {};
  }

  /** Closes after flushing; resolves once closed. */
  async close(): Promise<void> {
    await this.client.close();
  }

  private destroy(): void {
    this.client.conn.destroy();
  }

  /**
   * Every item of a paged list, at most `limit` (0: all): `fetchPage` gets the cursor and how many are
   * still wanted (0: no count), and the protocol's collectPages follows the cursors.
   */
  private async pages<T>(
    fetchPage: (cursor: string, remaining: number) => Promise<Page<T>>,
    limit = 0,
  ): Promise<T[]> {
    let count = 0;
    const items = await collectPages(
      async (cursor) => {
        const page = await fetchPage(cursor, limit > 0 ? limit - count : 0);
        count += page.items.length;
        return page;
      },
      "",
      limit > 0 ? limit : undefined,
    );
    return limit > 0 ? items.slice(0, limit) : items;
  }

  /** Sends one request and checks the reply carries `expected`; maps every failure to an CliError. */
  private async call(envelope: Envelope, expected: DecodedEnvelope["body"]): Promise<DecodedEnvelope> {
    let reply: DecodedEnvelope;
    try {
      reply = await this.client.request(envelope);
    } catch (error) {
      throw translateError(error, this.where);
    }
    if (reply.body !== expected)
      throw new ServerFailureError(
        `unexpected reply from ${this.where}: ${reply.body ?? "empty"} instead of ${expected}`,
      );
    return reply;
  }
}

/** Maps a request failure to the error, and so the exit code, a script sees. */
export function translateError(error: unknown, where: string): CliError {
  if (error instanceof ServerError) {
    switch (error.code) {
      case ErrorCode.ERROR_CODE_UNAUTHORIZED:
        return new UnauthorizedError(`unauthorized: ${error.message}`, { cause: error });
      case ErrorCode.ERROR_CODE_NO_SUCH_USER:
      case ErrorCode.ERROR_CODE_NO_SUCH_ROOM:
      case ErrorCode.ERROR_CODE_NO_SUCH_ACCOUNT:
        return new NotFoundError(error.message, { cause: error });
      case ErrorCode.ERROR_CODE_INTERNAL:
      case ErrorCode.ERROR_CODE_SERVER_FULL:
        return new ServerFailureError(`server error (${error.codeName}): ${error.message}`, { cause: error });
      default:
        return new UsageError(`refused by the server (${error.codeName}): ${error.message}`, {
          cause: error,
        });
    }
  }
  if (error instanceof RequestTimeoutError)
    return new CannotConnectError(`no reply from ${where} in time`, { cause: error });
  if (error instanceof ConnectionClosedError)
    return new CannotConnectError(`connection to ${where} closed before the reply`, { cause: error });
  return new ServerFailureError(`unexpected failure talking to ${where}: ${String(error)}`, { cause: error });
}

/** Opens the socket within `timeoutMs`, translating socket errors into one-line ConnectErrors. */
async function connectWithin(
  endpoint: Endpoint,
  timeoutMs: number,
  where: string,
  tls: TlsClientOptions | undefined,
): Promise<ProtocolClient> {
  const options: ClientOptions = { port: 0, requestTimeoutMs: timeoutMs, tls };
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new CannotConnectError(`cannot connect to ${where}: timed out`)),
      timeoutMs,
    );
  });
  try {
    const opening =
      endpoint.kind === "tcp"
        ? ProtocolClient.connect({ ...options, host: endpoint.host, port: endpoint.port })
        : ProtocolClient.connect({ ...options, path: endpoint.path });
    return await Promise.race([opening, timeout]);
  } catch (error) {
    if (error instanceof CannotConnectError) throw error;
    throw new CannotConnectError(`cannot connect to ${where}: ${describeSocketError(error)}`, {
      cause: error,
    });
  } finally {
    clearTimeout(timer);
  }
}

function describeSocketError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case "ECONNREFUSED":
      return "connection refused (is parley-server running, with its admin listener here?)";
    case "ENOENT":
      return "no such socket (is parley-server running?)";
    case "EACCES":
      return "permission denied";
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return "host not found";
    default:
      // Refused certificates (untrusted, or changed since first use) explain themselves.
      return (error as Error).message ?? String(error);
  }
}
