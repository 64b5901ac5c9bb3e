// FileChunk (upload): contiguous bytes of an upload, written to disk and acknowledged once written.
import { ErrorCode } from "@parley/protocol";
import { forgetFile as forget } from "../files/forget.js";
import { RequestError } from "../request-error.js";
import type { Handler } from "./handler.js";

export const fileChunk: Handler = {
  needsLogin: true,
  // Uploads pace themselves by acknowledgements; the chat rate limit would only slow them down.
  rateLimited: false,
  run(session, { requestId, fileChunk: chunk }) {
    const upload = session.transfers().uploads.get(chunk?.id ?? "");
    if (!chunk || !upload)
      throw new RequestError(ErrorCode.ERROR_CODE_NO_SUCH_FILE, "no upload in progress with that id");
    const data = chunk.data ?? new Uint8Array(0);
    if ((chunk.offset ?? 0) !== upload.received)
      throw new RequestError(
        ErrorCode.ERROR_CODE_BAD_OFFSET,
        `expected the chunk at offset ${upload.received}`,
      );
    const { record } = upload;
    if (upload.received + data.length > record.size) {
      session.transfers().uploads.delete(record.id);
      // Answered once the partial file is gone, so the answer tells the truth.
      return forget(session, record.id, upload.stream).then(() => {
        throw new RequestError(
          ErrorCode.ERROR_CODE_FILE_TOO_LARGE,
          `more bytes than the ${record.size} declared; the upload was discarded`,
        );
      });
    }
    upload.received += data.length;
    session.ctx.stats.fileBytesIn += data.length;
    upload.hash?.update(data);
    upload.stream.write(data, (error) => {
      // Cancelled or discarded meanwhile: nothing left to acknowledge or report.
      if (upload.stream.destroyed && session.transfers().uploads.get(record.id) !== upload) return;
      if (error) {
        session.ctx.logger.error({ err: error, file: record.id }, "writing an upload failed");
        session.fail(
          requestId,
          new RequestError(ErrorCode.ERROR_CODE_INTERNAL, "the server could not store the chunk", {
            cause: error,
          }),
        );
        return;
      }
      upload.written += data.length;
      session.send({ requestId, fileChunkAck: { id: record.id, offset: upload.written } });
    });
  },
};
