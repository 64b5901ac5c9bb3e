// Shared by handlers that address a user: the online session holding a nick, or NO_SUCH_USER.
import { ErrorCode } from "@parley/protocol";
import { foldName } from "../names.js";
import { RequestError } from "../request-error.js";
import type { ChatSession } from "./handler.js";

/** The logged-in, not closing session holding `nick` (compared case-folded); otherwise throws NO_SUCH_USER. */
export function onlineUser(session: ChatSession, nick: string | null | undefined): ChatSession {
  const user = session.ctx.registry.byNick(foldName(nick ?? ""));
  if (user?.state !== "online")
    throw new RequestError(ErrorCode.ERROR_CODE_NO_SUCH_USER, `no user "${nick ?? ""}" is online`);
  return user;
}
