// One admin connection: the first request must be AdminAuth with the right token; a wrong one is
// logged and audited, answered with Error UNAUTHORIZED after a delay, and the connection closed.
// Afterwards every request is dispatched to its handler.
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

export class AdminConnection {
  /** The socket as envelopes; admin frames are capped at ADMIN_MAX_FRAME_BYTES. */
  readonly conn: FramedSocket;
  /** Set by a correct AdminAuth; until then nothing but AdminAuth is served. */
  private authenticated = false;
  /** What every handler gets: server, audit log, and the peer named in logs. */
  private readonly request: AdminRequest;
  /** Closes a connection that does not authenticate within handshakeTimeoutMs. */
  private readonly authTimer: Timer;
  /** Pending delayed UNAUTHORIZED reply, cancelled if the peer goes away first. */
  private failureTimer: Timer | undefined;

  constructor(
    private readonly ctx: ServerContext,
    private readonly token: string,
    audit: AuditLog,
    socket: Socket,
    /** Called once, when the connection has closed. */
    private readonly onClosed: (connection: AdminConnection) => void,
    /** Told of each AdminAuth outcome (a request before AdminAuth counts as a failure), for the lockout. */
    private readonly onAuthOutcome: (ok: boolean) => void = () => {},
  ) {
    const peer = socket.remoteAddress ? `${socket.remoteAddress}:${socket.remotePort}` : "unix";
    this.request = { ctx, audit, peer };
    this.conn = new FramedSocket(socket, this, { maxFrameBytes: ADMIN_MAX_FRAME_BYTES });
    // A peer that never authenticates must not hold a connection slot forever.
    this.authTimer = ctx.clock.setTimeout(() => {
      if (!this.authenticated) this.fail(0, "no AdminAuth received in time");
    }, ctx.config.handshakeTimeoutMs);
  }

  onEnvelope(envelope: DecodedEnvelope): void {
    if (this.authenticated) {
      this.conn.send(dispatchAdmin(this.request, envelope));
      return;
    }
    if (envelope.body !== "adminAuth") {
      this.onAuthOutcome(false);
      this.fail(envelope.requestId, `${envelope.body ?? "unknown message"} before AdminAuth`);
      return;
    }
    if (!tokensMatch(envelope.adminAuth?.token ?? "", this.token)) {
      this.onAuthOutcome(false);
      this.fail(envelope.requestId, "wrong admin token");
      return;
    }
    this.onAuthOutcome(true);
    this.authenticated = true;
    this.authTimer.cancel();
    this.ctx.logger.debug({ peer: this.request.peer }, "admin connection authenticated");
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

  /** Unauthenticated request: stop reading, log and audit it, and answer UNAUTHORIZED after the delay. */
  private fail(requestId: number, why: string): void {
    this.conn.stopReading();
    this.authTimer.cancel();
    this.ctx.logger.warn({ peer: this.request.peer, why }, "admin authentication failed");
    this.request.audit.record(this.ctx.now(), {
      action: "auth",
      target: this.request.peer,
      result: `refused: ${why}`,
      by: "",
    });
    this.failureTimer = this.ctx.clock.setTimeout(() => {
      this.conn.send({
        requestId,
        error: { code: ErrorCode.ERROR_CODE_UNAUTHORIZED, message: "unauthorized", fatal: true },
      });
      this.conn.end();
    }, AUTH_FAILURE_DELAY_MS);
  }
}
