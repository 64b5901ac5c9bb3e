// AuthResponse: the client's SCRAM proof for the Login it started. A right proof logs the session in
// to the account at once (so requests pipelined behind it are served); a wrong one is counted towards
// the lockouts, audited, and refused with AUTH_FAILED after authFailureDelayMs.
import { ErrorCode, ScramAuthError, ScramError } from "@parley/protocol";
import { RequestError } from "../request-error.js";
import { noteWrongPassword, requireNotLockedOut } from "./account-checks.js";
import type { Handler } from "./handler.js";
import { goOnline } from "./login.js";

export const authResponse: Handler = {
  needsLogin: false,
  rateLimited: true,
  async run(session, { requestId, authResponse: request }) {
    const { ctx } = session;
    const pending = session.pendingAuth;
    if (!pending || pending.failed || session.state !== "login")
      throw new RequestError(ErrorCode.ERROR_CODE_BAD_REQUEST, "no login is waiting for a proof");
    const account = ctx.accounts.get(pending.foldedNick);
    let serverFinal: string;
    try {
      serverFinal = pending.scram.finish(request?.clientFinal ?? "");
      if (!account) throw new ScramAuthError("no such account");
    } catch (error) {
      if (!(error instanceof ScramError)) throw error;
      if (!(error instanceof ScramAuthError)) {
        session.pendingAuth = undefined;
        throw new RequestError(ErrorCode.ERROR_CODE_BAD_REQUEST, error.message);
      }
      pending.failed = true;
      ctx.stats.loginFailuresTotal++;
      noteWrongPassword(session, pending.foldedNick, account ? "wrong password" : "no such account");
      ctx.clock.setTimeout(() => {
        if (session.pendingAuth !== pending || session.state !== "login") return;
        session.pendingAuth = undefined;
        session.fail(requestId, new RequestError(ErrorCode.ERROR_CODE_AUTH_FAILED, "wrong nick or password"));
      }, ctx.config.authFailureDelayMs);
      return;
    }
    session.pendingAuth = undefined;
    // Locked by an operator, or by someone else's wrong passwords, while the proof was on its way.
    requireNotLockedOut(session, pending.foldedNick);
    ctx.accounts.accountFailures.succeed(pending.foldedNick);
    ctx.accounts.seen(account!, ctx.now());
    await goOnline(
      session,
      requestId,
      pending.nick,
      pending.foldedNick,
      pending.rooms,
      account!.name,
      serverFinal,
    );
    ctx.stats.loginsTotal++;
  },
};
