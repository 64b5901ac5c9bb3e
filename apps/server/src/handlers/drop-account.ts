// DropAccount: delete the session's account (after checking its password) with its direct-message
// history; the nick is free again and the session stays on as a guest (the account's other clients
// are closed).
import { deleteAccount } from "../accounts/delete-account.js";
import { ownAccount, passwordWork, requireNotLockedOut, requireSecureTransport } from "./account-checks.js";
import { checkPassword, gone } from "./change-password.js";
import type { Handler } from "./handler.js";

export const dropAccount: Handler = {
  needsLogin: true,
  rateLimited: true,
  run(session, { requestId, dropAccount: request }) {
    const { ctx } = session;
    requireSecureTransport(session);
    const account = ownAccount(session);
    requireNotLockedOut(session, account.name);
    passwordWork(session, requestId, async () => {
      await checkPassword(session, account.passwordHash, request?.password ?? "", account.name);
      if (ctx.accounts.get(account.name) !== account) throw gone();
      await deleteAccount(session.ctx, account, session.id);
      ctx.logger.info({ session: session.id, account: account.name }, "account dropped");
      session.send({ requestId, ok: {} });
    });
  },
};
