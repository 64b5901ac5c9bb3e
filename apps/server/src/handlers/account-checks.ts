// What the account handlers share: the checks before a password is taken (transport, rules), a guard
// that runs one password job at a time per session, and the audit entry for a wrong password.
import { ErrorCode } from "@parley/protocol";
import { passwordProblem } from "../accounts/passwords.js";
import { RequestError } from "../request-error.js";
import type { AccountRecord } from "../store/store.js";
import type { ChatSession } from "./handler.js";

/** Throws INSECURE_TRANSPORT unless the connection is TLS or loopback. */
export function requireSecureTransport(session: ChatSession): void {
  if (!session.secureTransport)
    throw new RequestError(
      ErrorCode.ERROR_CODE_INSECURE_TRANSPORT,
      "passwords are only accepted over TLS (or from this machine)",
    );
}

/** Throws WEAK_PASSWORD for a password the rules refuse. */
export function requireGoodPassword(session: ChatSession, password: string): void {
  const { minPasswordChars, maxPasswordChars } = session.ctx.config;
  const problem = passwordProblem(password, minPasswordChars, maxPasswordChars);
  if (problem) throw new RequestError(ErrorCode.ERROR_CODE_WEAK_PASSWORD, problem);
}

/** The account the session is logged in to, or BAD_REQUEST for a guest. */
export function ownAccount(session: ChatSession): AccountRecord {
  const record = session.account ? session.ctx.accounts.get(session.account) : undefined;
  if (!record)
    throw new RequestError(ErrorCode.ERROR_CODE_BAD_REQUEST, "you are not logged in to an account");
  return record;
}

/**
 * Runs `work` (hashing or checking a password, off the event loop) for the session, one at a time:
 * a second request meanwhile is refused. Whatever it throws becomes the Error reply to `requestId`;
 * nothing is sent once the session is closing.
 */
export function passwordWork(session: ChatSession, requestId: number, work: () => Promise<void>): void {
  if (session.passwordWorkPending)
    throw new RequestError(ErrorCode.ERROR_CODE_BAD_REQUEST, "a password request is already in progress");
  session.passwordWorkPending = true;
  work()
    .catch((error: unknown) => {
      if (session.state !== "closing") session.fail(requestId, error);
    })
    .finally(() => {
      session.passwordWorkPending = false;
    });
}

/** A wrong password for `account`: counted for the account and the address, and audited. */
export function noteWrongPassword(session: ChatSession, account: string, what: string): void {
  const { ctx } = session;
  const now = ctx.now();
  ctx.accounts.accountFailures.fail(account, now);
  ctx.accounts.addressFailures.fail(session.remoteAddress, now);
  ctx.audit.record(
    now,
    { action: "auth-failed", target: account, result: what, by: session.remoteAddress },
    { session: session.id },
    "wrong password",
  );
}

/** Throws ACCOUNT_LOCKED while the account or the address is locked out, or the account is locked. */
export function requireNotLockedOut(session: ChatSession, account: string): void {
  const { ctx } = session;
  const now = ctx.now();
  if (ctx.accounts.get(account)?.locked)
    throw new RequestError(ErrorCode.ERROR_CODE_ACCOUNT_LOCKED, "this account is locked by an operator");
  const waitMs = Math.max(
    ctx.accounts.accountFailures.lockedForMs(account, now),
    ctx.accounts.addressFailures.lockedForMs(session.remoteAddress, now),
  );
  if (waitMs > 0)
    throw new RequestError(
      ErrorCode.ERROR_CODE_ACCOUNT_LOCKED,
      `too many wrong passwords; try again in ${Math.ceil(waitMs / 1000)} s`,
      { retryAfterMs: waitMs },
    );
}
