// FileUploadDone: verify size and SHA-256, keep the file, and announce it as a FILE message in its
// room or conversation (stored in history; the sender's copy is the acknowledgement).
import { renameSync } from "node:fs";
import { ErrorCode, MessageKind } from "@parley/protocol";
import { fileInfo } from "../files/store.js";
import { sha256File, type Upload } from "../files/transfers.js";
import { foldName } from "../names.js";
import { RequestError } from "../request-error.js";
import { directConversation } from "../store/store.js";
import type { ChatSession, Handler } from "./handler.js";

export const fileUploadDone: Handler = {
  needsLogin: true,
  rateLimited: false,
  run(session, { requestId, fileUploadDone: done }) {
    const transfers = session.transfers();
    const upload = transfers.uploads.get(done?.uploadId ?? "");
    if (!upload)
      throw new RequestError(ErrorCode.ERROR_CODE_NO_SUCH_FILE, "no upload in progress with that id");
    const { record } = upload;
    if (upload.received !== record.size)
      throw new RequestError(
        ErrorCode.ERROR_CODE_BAD_OFFSET,
        `only ${upload.received} of ${record.size} bytes were received`,
      );
    transfers.uploads.delete(record.id);
    upload.stream.end(() => {
      finish(session, requestId, upload).catch(async (error: unknown) => {
        try {
          await session.ctx.files.delete(record.id);
        } catch (cause) {
          session.ctx.logger.warn({ err: cause, file: record.id }, "forgetting a discarded upload failed");
        }
        if (error instanceof RequestError) {
          session.fail(requestId, error);
          return;
        }
        session.ctx.logger.error({ err: error, file: record.id }, "finishing an upload failed");
        session.fail(
          requestId,
          new RequestError(ErrorCode.ERROR_CODE_INTERNAL, "the server could not keep the file", {
            cause: error,
          }),
        );
      });
    });
  },
};

/** Verifies, keeps and announces the file; throws CHECKSUM_MISMATCH (the caller deletes it). */
async function finish(session: ChatSession, requestId: number, upload: Upload): Promise<void> {
  const { ctx } = session;
  const { files } = ctx;
  const { record } = upload;
  // Hashed as the chunks arrived, unless the upload was resumed: then read it back once.
  const actual = upload.hash ? upload.hash.digest("hex") : await sha256File(files.partialPath(record.id));
  if (actual !== record.sha256)
    throw new RequestError(
      ErrorCode.ERROR_CODE_CHECKSUM_MISMATCH,
      "the file's SHA-256 does not match the offer; the upload was discarded",
    );
  renameSync(files.partialPath(record.id), files.path(record.id));
  const now = ctx.now();
  record.expiresAtMs = now + ctx.config.fileRetentionSeconds * 1000;
  record.complete = true;
  await files.complete(record.id, record.expiresAtMs);
  const file = fileInfo(record);
  const text = `sent a file: ${record.name}`;
  const kind = MessageKind.MESSAGE_KIND_FILE;
  if (record.room) {
    const room = ctx.rooms.get(record.room);
    ctx.messages.append(
      record.room,
      { room: record.room, fromNick: session.nick, text, kind, file },
      now,
      { sender: session, requestId, room },
      session.foldedNick,
    );
  } else {
    // Only the party the file was offered to: not whoever holds that nick now.
    const holder = ctx.registry.byNick(foldName(record.toNick));
    const recipient = holder?.party === record.toParty ? holder : undefined;
    ctx.messages.append(
      directConversation(session.party, record.toParty),
      { toNick: record.toNick, fromNick: session.nick, text, kind, file },
      now,
      { sender: session, requestId, recipients: recipient && recipient !== session ? [recipient] : [] },
      session.foldedNick,
    );
  }
}
