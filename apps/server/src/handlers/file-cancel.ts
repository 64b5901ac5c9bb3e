// FileCancel: abandon an upload (its partial file is deleted) or stop a download.
import { ErrorCode } from "@parley/protocol";
import { forgetFile as forget } from "../files/forget.js";
import { RequestError } from "../request-error.js";
import type { Handler } from "./handler.js";

export const fileCancel: Handler = {
  needsLogin: true,
  rateLimited: true,
  run(session, { requestId, fileCancel: cancel }) {
    const id = cancel?.id ?? "";
    const transfers = session.transfers();
    const upload = transfers.uploads.get(id);
    const download = transfers.downloads.get(id);
    if (upload) {
      transfers.uploads.delete(id);
      void forget(session, id, upload.stream);
    } else if (download) {
      transfers.downloads.delete(id);
      download.stream.destroy();
    } else {
      throw new RequestError(ErrorCode.ERROR_CODE_NO_SUCH_FILE, "no transfer in progress with that id");
    }
    session.send({ requestId, ok: {} });
  },
};
