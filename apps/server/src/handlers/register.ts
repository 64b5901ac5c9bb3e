// Register: create an account owning a nick, over TLS or loopback only, while registration is open,
// at most maxRegistrationsPerAddressPerHour per address. Before Login it only creates the account;
// after Login it registers the session's own nick and the session holds the account from then on.
import { ErrorCode } from "@parley/protocol";
import { AccountExistsError } from "../accounts/accounts.js";
import { makeCredentials } from "../accounts/passwords.js";
import { foldName, nickProblem } from "../names.js";
import { isLoopback } from "../net/address-limits.js";
import { RequestError } from "../request-error.js";
import { passwordWork, requireGoodPassword, requireSecureTransport } from "./account-checks.js";
import type { ChatSession, Handler } from "./handler.js";

export const register: Handler = {
  needsLogin: false,
  rateLimited: true,
  run(session, { requestId, register: request }) {
    const { ctx } = session;
    requireSecureTransport(session);
    if (!ctx.config.registrationOpen)
      throw new RequestError(
        ErrorCode.ERROR_CODE_REGISTRATION_CLOSED,
        "this server does not take new registrations",
      );
    if (session.account)
      throw new RequestError(ErrorCode.ERROR_CODE_BAD_REQUEST, "you are logged in to an account already");
    const nick = registeredNick(session, (request?.nick ?? "").normalize("NFC"));
    const folded = foldName(nick);
    if (ctx.accounts.ownerOf(folded) !== undefined)
      throw new RequestError(
        ErrorCode.ERROR_CODE_NICK_REGISTERED,
        `the nick "${nick}" is registered already`,
      );
    const holder = ctx.registry.byNick(folded);
    if (holder && holder !== session)
      throw new RequestError(ErrorCode.ERROR_CODE_NICK_IN_USE, `the nick "${nick}" is in use`);
    const password = request?.password ?? "";
    requireGoodPassword(session, password);
    const exempt = ctx.config.addressLimitsExemptLoopback && isLoopback(session.remoteAddress);
    if (!exempt && !ctx.registrations.hit(session.remoteAddress, ctx.now()))
      throw new RequestError(ErrorCode.ERROR_CODE_RATE_LIMITED, "too many registrations from your address", {
        retryAfterMs: ctx.registrations.retryAfterMs(session.remoteAddress, ctx.now()),
      });
    passwordWork(session, requestId, async () => {
      const credentials = await makeCredentials(password, ctx.config.scramIterations);
      if (session.state === "closing") return;
      try {
        // Registered on another node a moment ago: create() sees it and refuses.
        await ctx.accounts.lookup(folded);
        await ctx.accounts.create(folded, nick, credentials, ctx.now());
      } catch (error) {
        if (error instanceof AccountExistsError)
          throw new RequestError(ErrorCode.ERROR_CODE_NICK_REGISTERED, error.message);
        throw error;
      }
      ctx.logger.info({ session: session.id, account: folded }, "account registered");
      // Logged in meanwhile under this nick (or already was): the session holds the account now.
      if (session.state === "online" && session.foldedNick === folded) {
        session.account = folded;
        // In a cluster its nick is held for the account from now on.
        session.publishRecord();
      }
      session.send({ requestId, ok: {} });
    });
  },
};

/** The nick to register: any valid nick before Login; after it, the session's own (empty means that). */
function registeredNick(session: ChatSession, nick: string): string {
  if (session.state === "online") {
    if (nick && foldName(nick) !== session.foldedNick)
      throw new RequestError(
        ErrorCode.ERROR_CODE_BAD_REQUEST,
        "once logged in, you can register your own nick only",
      );
    return session.nick;
  }
  const problem = nickProblem(nick, session.ctx.config.maxNickChars);
  if (problem) throw new RequestError(ErrorCode.ERROR_CODE_INVALID_NICK, problem);
  return nick;
}
