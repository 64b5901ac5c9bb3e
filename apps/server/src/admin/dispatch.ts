// Routes an authenticated admin request to the one handler for its message kind, with an explicit
// unknown-message path; a handler's refusal or failure becomes an Error reply, never a closed connection.
import { type BodyKind, type DecodedEnvelope, type Envelope, ErrorCode } from "@parley/protocol";
import { errorReply } from "../request-error.js";
import { announce } from "./handlers/announce.js";
import { ban } from "./handlers/ban.js";
import { deleteAccountHandler } from "./handlers/delete-account.js";
import { getAccount } from "./handlers/get-account.js";
import { getSession } from "./handlers/get-session.js";
import { getStats } from "./handlers/get-stats.js";
import { kick } from "./handlers/kick.js";
import { listAccounts } from "./handlers/list-accounts.js";
import { listAudit } from "./handlers/list-audit.js";
import { listBans } from "./handlers/list-bans.js";
import { listClosed } from "./handlers/list-closed.js";
import { listSessions } from "./handlers/list-sessions.js";
import { lockAccount } from "./handlers/lock-account.js";
import { ping } from "./handlers/ping.js";
import { reloadTls } from "./handlers/reload-tls.js";
import { setAccountPassword } from "./handlers/set-account-password.js";
import { unban } from "./handlers/unban.js";
import type { AdminHandler, AdminRequest } from "./request.js";

const HANDLERS: Partial<Record<BodyKind, AdminHandler>> = {
  adminListSessions: listSessions,
  adminGetSession: getSession,
  adminKick: kick,
  adminBan: ban,
  adminUnban: unban,
  adminListBans: listBans,
  adminListClosed: listClosed,
  adminGetStats: getStats,
  adminAnnounce: announce,
  adminListAudit: listAudit,
  adminReloadTls: reloadTls,
  adminListAccounts: listAccounts,
  adminGetAccount: getAccount,
  adminLockAccount: lockAccount,
  adminDeleteAccount: deleteAccountHandler,
  adminSetAccountPassword: setAccountPassword,
  ping,
};

/**
 * Answers one request: the handler's reply, or an Error (UNKNOWN_MESSAGE, the handler's refusal,
 * INTERNAL); a promise of it when the handler waits for the store.
 */
export function dispatchAdmin(
  request: AdminRequest,
  envelope: DecodedEnvelope,
): Envelope | Promise<Envelope> {
  const requestId = envelope.requestId;
  const handler = envelope.body ? HANDLERS[envelope.body] : undefined;
  if (!handler) {
    const what = envelope.body ? `${envelope.body} is not an admin request` : "unknown message";
    return { requestId, error: { code: ErrorCode.ERROR_CODE_UNKNOWN_MESSAGE, message: what } };
  }
  const refuse = (error: unknown) =>
    errorReply(requestId, error, (bug) =>
      request.ctx.logger.error({ err: bug, body: envelope.body, peer: request.peer }, "admin handler failed"),
    );
  try {
    const reply = handler(request, envelope);
    if (reply instanceof Promise) return reply.then((body) => ({ ...body, requestId }), refuse);
    return { ...reply, requestId };
  } catch (error) {
    return refuse(error);
  }
}
