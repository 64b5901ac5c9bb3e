// FileGet: stream a stored file (from an offset, for resume) as FileDownloadStart, chunks and
// FileDownloadDone. Reading pauses while the socket is backed up, so chat frames interleave and the
// send queue stays small.
import { createReadStream } from "node:fs";
import { ErrorCode, fileChunkFrame } from "@parley/protocol";
import { type FileRecord, fileInfo } from "../files/store.js";
import { RequestError } from "../request-error.js";
import type { ChatSession, Handler } from "./handler.js";

/** A room file is for the room's members; a direct file for its sender and recipient. */
function mayRead(session: ChatSession, record: FileRecord): boolean {
  if (record.room) {
    const room = session.ctx.rooms.get(record.room);
    return room !== undefined && session.ctx.rooms.has(room, session);
  }
  return record.fromParty === session.party || record.toParty === session.party;
}

export const fileGet: Handler = {
  needsLogin: true,
  rateLimited: true,
  async run(session, { requestId, fileGet: request }) {
    const { ctx } = session;
    const record = await ctx.files.get(request?.fileId ?? "");
    if (!record?.complete || record.expiresAtMs <= ctx.now() || !mayRead(session, record)) {
      throw new RequestError(ErrorCode.ERROR_CODE_NO_SUCH_FILE, "no such file (or it expired)");
    }
    const offset = request?.offset ?? 0;
    if (offset > record.size) {
      throw new RequestError(ErrorCode.ERROR_CODE_BAD_OFFSET, `the file has only ${record.size} bytes`);
    }
    const transfers = session.transfers();
    transfers.downloads.get(record.id)?.stream.destroy();
    session.send({ requestId, fileDownloadStart: { file: fileInfo(record), offset } });
    const stream = createReadStream(ctx.files.path(record.id), {
      start: offset,
      highWaterMark: ctx.config.fileChunkBytes,
    });
    transfers.downloads.set(record.id, { record, stream });
    const pauseAtBytes = Math.min(1024 * 1024, ctx.config.sendQueueLimitBytes / 4);
    let position = offset;
    stream.on("data", (data) => {
      if (session.state === "closing") {
        stream.destroy();
        return;
      }
      // Header and chunk as two writes: the chunk's bytes are never copied into a frame.
      const [header, chunk] = fileChunkFrame(requestId, record.id, position, data as Buffer);
      session.sendFrame(header);
      session.sendFrame(chunk);
      position += data.length;
      ctx.stats.fileBytesOut += data.length;
      if (session.queuedBytes > pauseAtBytes) {
        stream.pause();
        session.drained().then(() => stream.resume());
      }
    });
    stream.on("end", () => {
      transfers.downloads.delete(record.id);
      session.send({ requestId, fileDownloadDone: { fileId: record.id } });
    });
    stream.on("error", (error) => {
      transfers.downloads.delete(record.id);
      ctx.logger.error({ err: error, file: record.id }, "reading a file failed");
      session.fail(
        requestId,
        new RequestError(ErrorCode.ERROR_CODE_INTERNAL, "the server could not read the file", {
          cause: error,
        }),
      );
    });
  },
};
