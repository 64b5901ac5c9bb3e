// FileCancel: abandon an upload (its partial file is deleted) or stop a download.
import { ErrorCode } from "@parley/protocol";
import type { Handler } from "./index.js";

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
      upload.stream.destroy();
      session.ctx.files.delete(id);
    } else if (download) {
      transfers.downloads.delete(id);
      download.stream.destroy();
    } else {
      session.error(requestId, ErrorCode.ERROR_CODE_NO_SUCH_FILE, "no transfer in progress with that id");
      return;
    }
    session.send({ requestId, ok: {} });
  },
};
