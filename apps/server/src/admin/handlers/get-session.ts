// AdminGetSession → AdminSessionDetail, or Error NO_SUCH_USER for an id that is not open.
import { ErrorCode } from "@parley/protocol";
import { RequestError } from "../../request-error.js";
import type { AdminHandler } from "../request.js";

export const getSession: AdminHandler = ({ ctx }, { adminGetSession }) => {
  const id = Number(adminGetSession?.sessionId ?? 0);
  const session = ctx.registry.byId(id);
  if (!session) throw new RequestError(ErrorCode.ERROR_CODE_NO_SUCH_USER, `no open session with id ${id}`);
  return { adminSessionDetail: { session: session.info() } };
};
