// Deleting an account, by its owner or an operator: the account, its direct-message history, queued
// messages, read markers and direct files go; sessions logged in to it stay on as guests.
import type { ServerContext } from "../context.js";
import { type AccountRecord, type Awaitable, andThen } from "../store/store.js";

/** Deletes `account` with everything keyed by it; resolves with the direct messages deleted. */
export function deleteAccount(ctx: ServerContext, account: AccountRecord): Awaitable<number> {
  const party = `~${account.name}`;
  ctx.accounts.delete(account);
  for (const session of ctx.registry.all()) if (session.account === account.name) session.leaveAccount();
  return andThen(
    andThen(ctx.offline.drop(account.name), () => ctx.store.readMarkers.drop(account.name)),
    () => andThen(ctx.files.expireDirectFiles(party), () => ctx.messages.dropDirect(party)),
  );
}
