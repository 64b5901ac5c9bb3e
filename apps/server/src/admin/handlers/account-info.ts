// What the admin account requests share: the account a request names (or NO_SUCH_ACCOUNT), and the
// AccountInfo operators see.
import { type AccountInfo, ErrorCode } from "@parley/protocol";
import type { ServerContext } from "../../context.js";
import { foldName } from "../../names.js";
import { RequestError } from "../../request-error.js";
import type { AccountRecord } from "../../store/store.js";

/** The account named `name` (compared case-folded), or NO_SUCH_ACCOUNT. */
export function namedAccount(ctx: ServerContext, name: string | null | undefined): AccountRecord {
  const record = ctx.accounts.get(foldName((name ?? "").trim().normalize("NFC")));
  if (!record) throw new RequestError(ErrorCode.ERROR_CODE_NO_SUCH_ACCOUNT, `no account "${name ?? ""}"`);
  return record;
}

/** Sessions logged in to the account now. */
export function sessionsOf(ctx: ServerContext, record: AccountRecord) {
  return [...ctx.registry.all()].filter((s) => s.account === record.name && s.state !== "closing");
}

export function accountInfo(ctx: ServerContext, record: AccountRecord): AccountInfo {
  return {
    name: record.display,
    createdAtMs: record.createdAtMs,
    lastSeenMs: record.lastSeenMs,
    locked: record.locked,
    sessions: sessionsOf(ctx, record).length,
    failedLogins: ctx.accounts.accountFailures.failuresOf(record.name, ctx.now()),
  };
}
