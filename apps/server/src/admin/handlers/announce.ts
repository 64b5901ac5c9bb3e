// AdminAnnounce → AdminAnnounceResult: a server notice (ANNOUNCEMENT) to every logged-in session.
import { ErrorCode, NoticeKind } from "@parley/protocol";
import { charLength } from "../../names.js";
import { RequestError } from "../../request-error.js";
import type { AdminHandler } from "../request.js";

export const announce: AdminHandler = async ({ ctx, audit, peer }, { adminAnnounce }) => {
  const text = (adminAnnounce?.text ?? "").trim();
  if (text === "") throw new RequestError(ErrorCode.ERROR_CODE_BAD_REQUEST, "the announcement is empty");
  if (charLength(text) > ctx.config.maxMessageChars)
    throw new RequestError(
      ErrorCode.ERROR_CODE_MESSAGE_TOO_LONG,
      `an announcement has at most ${ctx.config.maxMessageChars} characters`,
    );
  // Recipients counts this node's sessions; every other node of a cluster tells its own.
  const recipients = ctx.broadcastNotice(NoticeKind.NOTICE_KIND_ANNOUNCEMENT, text);
  ctx.cluster.commands.broadcast({ kind: "announce", text });
  await audit.record(
    ctx.now(),
    { action: "announce", target: "all sessions", result: `sent to ${recipients} session(s)`, by: "admin" },
    { peer, text },
  );
  return { adminAnnounceResult: { recipients } };
};
