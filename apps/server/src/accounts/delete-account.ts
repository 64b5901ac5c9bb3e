// Deleting an account, by its owner or an operator: the account, its direct-message history, queued
// messages, read markers and direct files go; one session logged in to it stays on as a guest (the
// one that dropped it, or the earliest), and its other clients are closed, as one nick is one guest.
import { ErrorCode } from "@parley/protocol";
import type { ServerContext } from "../context.js";
import { type AccountRecord, type Awaitable, andThen } from "../store/store.js";

/**
 * Deletes `account` with everything keyed by it; resolves with the direct messages deleted. `keepId`
 * is the session that stays on as a guest (default: the account's earliest).
 */
export function deleteAccount(
  ctx: ServerContext,
  account: AccountRecord,
  keepId?: number,
): Awaitable<number> {
  const party = `~${account.name}`;
  const deleted = ctx.accounts.delete(account);
  const sessions = [...ctx.registry.sessionsOf(account.name)];
  const kept = sessions.find((session) => session.id === keepId) ?? sessions[0];
  // Closed while still the account's clients, so their rooms see nothing: the person stays, as a guest.
  for (const session of sessions)
    if (session !== kept)
      session.close("account deleted", "account deleted", {
        error: {
          code: ErrorCode.ERROR_CODE_NO_SUCH_ACCOUNT,
          message: "this account was deleted on another client; log in again as a guest",
          fatal: true,
        },
      });
  kept?.leaveAccount();
  const keyed = () => andThen(ctx.offline.drop(account.name), () => ctx.store.readMarkers.drop(account.name));
  return andThen(andThen(deleted, keyed), () =>
    andThen(ctx.files.expireDirectFiles(party), () => ctx.messages.dropDirect(party)),
  );
}
