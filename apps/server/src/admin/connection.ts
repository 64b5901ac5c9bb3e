// One admin connection: the first request must be AdminAuth with the right token, within
// adminAuthGraceMs; a wrong one is reported to the listener (lockout, audit), answered with Error
// UNAUTHORIZED after a delay, and the connection closed. Afterwards every request goes to its handler.
import type { Socket } from "node:net";
import {
  type DecodedEnvelope,
  ErrorCode,
  FramedSocket,
  FrameTooLargeError,
  type ProtocolError,
} from "@parley/protocol";
import type { Timer } from "../clock.js";
import type { ServerContext } from "../context.js";
import type { AuditLog } from "./audit.js";
import { dispatchAdmin } from "./dispatch.js";
import type { AdminRequest } from "./request.js";
import { tokensMatch } from "./token.js";

/** Wait before answering a wrong token: makes guessing slow without slowing the right token down. */
export const AUTH_FAILURE_DELAY_MS = 1000;
/** Largest admin frame accepted: requests are small; this bounds what an unauthenticated peer can make us buffer. */
export const ADMIN_MAX_FRAME_BYTES = 64 * 1024;

/** What the listener hears from a connection about its authentication. */
export interface AdminAuthEvents {
  /** A correct AdminAuth from `peer` ("address:port" or "unix"). */
  authenticated(peer: string): void;
  /** A refusal: wrong token, request before AdminAuth, or silence past adminAuthGraceMs. */
  refused(peer: string, why: string, countsForLockout: boolean): void;
}

export class AdminConnection {
  /** The socket as envelopes; admin frames are capped at ADMIN_MAX_FRAME_BYTES. */
  readonly conn: FramedSocket;
  /** Set by a correct AdminAuth; until then nothing but AdminAuth is served. */
  private authenticated = false;
  /** What every handler gets: server, audit log, and the peer named in logs. */
  private readonly request: AdminRequest;
  /** Closes a connection that does not authenticate within adminAuthGraceMs. */
  private readonly authTimer: Timer;
  /** Pending delayed UNAUTHORIZED reply, cancelled if the peer goes away first. */
  private failureTimer: Timer | undefined;
  /** Set while a reply waits for the store: later requests are answered after it, in order. */
  private answering: Promise<void> | undefined;

  constructor(
    private readonly ctx: ServerContext,
    private readonly token: string,
    audit: AuditLog,
    socket: Socket,
    /** Called once, when the connection has closed. */
    private readonly onClosed: (connection: AdminConnection) => void,
    /** Told of each authentication outcome, for the lockout and the audit (see AdminAuthEvents). */
    private readonly events: AdminAuthEvents,
  ) {
    const peer = socket.remoteAddress ? `${socket.remoteAddress}:${socket.remotePort}` : "unix";
    this.request = { ctx, audit, peer };
    this.conn = new FramedSocket(socket, this, { maxFrameBytes: ADMIN_MAX_FRAME_BYTES });
    // A peer that never authenticates must not hold a connection slot forever.
    this.authTimer = ctx.clock.setTimeout(() => {
      if (!this.authenticated) this.fail(0, "no AdminAuth received in time", false);
    }, ctx.config.adminAuthGraceMs);
  }

  /** True once a correct AdminAuth has arrived. */
  get isAuthenticated(): boolean {
    return this.authenticated;
  }

  onEnvelope(envelope: DecodedEnvelope): void {
    if (this.authenticated) {
      if (this.answering) {
        this.answering = this.answering.then(() => this.answer(envelope));
        return;
      }
      this.answer(envelope);
      return;
    }
    if (envelope.body !== "adminAuth") {
      this.fail(envelope.requestId, `${envelope.body ?? "unknown message"} before AdminAuth`, true);
      return;
    }
    if (!tokensMatch(envelope.adminAuth?.token ?? "", this.token)) {
      this.fail(envelope.requestId, "wrong admin token", true);
      return;
    }
    this.authenticated = true;
    this.authTimer.cancel();
    this.events.authenticated(this.request.peer);
    this.conn.send({ requestId: envelope.requestId, ok: {} });
  }

  onProtocolError(error: ProtocolError): void {
    this.ctx.logger.warn({ peer: this.request.peer, err: error.message }, "admin protocol error");
    const code =
      error instanceof FrameTooLargeError
        ? ErrorCode.ERROR_CODE_FRAME_TOO_LARGE
        : ErrorCode.ERROR_CODE_MALFORMED_FRAME;
    this.conn.send({ error: { code, message: error.message, fatal: true } });
    this.conn.end();
  }

  onClose(): void {
    this.authTimer.cancel();
    this.failureTimer?.cancel();
    this.onClosed(this);
  }

  /** Closes at once (server shutdown). */
  destroy(): void {
    this.conn.destroy();
  }

  /** Serves one request; a reply that waits for the store holds the ones after it back. */
  private answer(envelope: DecodedEnvelope): Promise<void> | undefined {
    const reply = dispatchAdmin(this.request, envelope);
    if (!(reply instanceof Promise)) {
      this.conn.send(reply);
      return undefined;
    }
    const sent = reply.then((envelope) => {
      this.conn.send(envelope);
      if (this.answering === sent) this.answering = undefined;
    });
    this.answering = sent;
    return sent;
  }

  /** Closes at once without an answer: the listener needs the slot for a newer connection. */
  evict(): void {
    this.ctx.logger.debug({ peer: this.request.peer }, "unauthenticated admin connection evicted");
    this.conn.destroy();
  }

  /**
   * Refused authentication: stop reading, report it (`countsForLockout`: a wrong token or a request
   * before AdminAuth, not silence), and answer UNAUTHORIZED after the delay.
   */
  private fail(requestId: number, why: string, countsForLockout: boolean): void {
    this.conn.stopReading();
    this.authTimer.cancel();
    this.events.refused(this.request.peer, why, countsForLockout);
    this.failureTimer = this.ctx.clock.setTimeout(() => {
      this.conn.send({
        requestId,
        error: { code: ErrorCode.ERROR_CODE_UNAUTHORIZED, message: "unauthorized", fatal: true },
      });
      this.conn.end();
    }, AUTH_FAILURE_DELAY_MS);
  }
}
