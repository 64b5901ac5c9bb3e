// AdminSetAccountPassword → AdminAccountResult: give an account a new password (hashed here, never
// logged) and clear its lockout; audited.
import { ErrorCode } from "@parley/protocol";
import { makeCredentials, passwordProblem } from "../../accounts/passwords.js";
import { RequestError } from "../../request-error.js";
import type { AdminHandler } from "../request.js";
import { operatorName } from "../request.js";
import { accountInfo, namedAccount } from "./account-info.js";

export const setAccountPassword: AdminHandler = async ({ ctx, audit, peer }, { adminSetAccountPassword }) => {
  const record = namedAccount(ctx, adminSetAccountPassword?.name);
  const password = adminSetAccountPassword?.password ?? "";
  const { minPasswordChars, maxPasswordChars, scramIterations } = ctx.config;
  const problem = passwordProblem(password, minPasswordChars, maxPasswordChars);
  if (problem) throw new RequestError(ErrorCode.ERROR_CODE_WEAK_PASSWORD, problem);
  await ctx.accounts.setCredentials(record, await makeCredentials(password, scramIterations));
  ctx.accounts.accountFailures.succeed(record.name);
  await audit.record(
    ctx.now(),
    {
      action: "account-password",
      target: record.name,
      result: "password set",
      by: operatorName(adminSetAccountPassword?.by),
    },
    { peer },
  );
  return { adminAccountResult: { account: accountInfo(ctx, record) } };
};
