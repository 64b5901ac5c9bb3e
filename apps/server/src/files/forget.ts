// Forgetting a discarded or cancelled upload without waiting for the store: the bytes go once the
// upload's stream has closed, and a record the store could not delete expires with the others.
import type { WriteStream } from "node:fs";
import type { ChatSession } from "../handlers/handler.js";
import { isPromise } from "../store/store.js";

/**
 * Stops the upload's stream and deletes its bytes and record, now and once more when the stream has
 * closed (a stream destroyed before its file was open still creates the file when the open
 * completes); resolves once that is done. A failure to delete the record is logged, not answered.
 */
export function forgetFile(session: ChatSession, id: string, stream?: WriteStream): Promise<void> {
  const log = (error: unknown) =>
    session.ctx.logger.warn({ err: error, file: id }, "forgetting an upload failed");
  const forget = () => {
    try {
      const deleted = session.ctx.files.delete(id);
      if (isPromise(deleted)) deleted.catch(log);
    } catch (error) {
      log(error);
    }
  };
  forget();
  if (!stream || stream.closed) return Promise.resolve();
  const closed = new Promise<void>((resolve) =>
    stream.once("close", () => {
      forget();
      resolve();
    }),
  );
  stream.destroy();
  return closed;
}
