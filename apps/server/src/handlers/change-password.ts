// ChangePassword: replace the account's password after checking the current one (a wrong one counts
// towards the lockouts like a wrong login). Over TLS or loopback only.
import { ErrorCode } from "@parley/protocol";
import { makeCredentials, passwordMatches } from "../accounts/passwords.js";
import { RequestError } from "../request-error.js";
import {
  noteWrongPassword,
  ownAccount,
  passwordWork,
  requireGoodPassword,
  requireNotLockedOut,
  requireSecureTransport,
} from "./account-checks.js";
import type { ChatSession, Handler } from "./handler.js";

export const changePassword: Handler = {
  needsLogin: true,
  rateLimited: true,
  run(session, { requestId, changePassword: request }) {
    const { ctx } = session;
    requireSecureTransport(session);
    const account = ownAccount(session);
    requireNotLockedOut(session, account.name);
    const password = request?.newPassword ?? "";
    requireGoodPassword(session, password);
    passwordWork(session, requestId, async () => {
      await checkPassword(session, account.passwordHash, request?.currentPassword ?? "", account.name);
      const credentials = await makeCredentials(password, ctx.config.scramIterations);
      if (ctx.accounts.get(account.name) !== account) throw gone();
      await ctx.accounts.setCredentials(account, credentials);
      ctx.logger.info({ session: session.id, account: account.name }, "password changed");
      session.send({ requestId, ok: {} });
    });
  },
};

/** Resolves if `password` is the account's; otherwise notes a wrong password and throws AUTH_FAILED. */
export async function checkPassword(
  session: ChatSession,
  passwordHash: string,
  password: string,
  account: string,
): Promise<void> {
  if (await passwordMatches(passwordHash, password)) return;
  noteWrongPassword(session, account, "wrong password");
  throw new RequestError(ErrorCode.ERROR_CODE_AUTH_FAILED, "the current password is wrong");
}

/** The account was deleted while its password was being checked. */
export function gone(): RequestError {
  return new RequestError(ErrorCode.ERROR_CODE_BAD_REQUEST, "the account no longer exists");
}
