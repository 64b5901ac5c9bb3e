// Why a transfer failed, as named errors with one sentence for a person, and the test that tells a
// lost connection (resume after reconnecting) from a refusal (give up and say why).
import { ConnectionClosedError, ErrorCode, RequestTimeoutError, ServerError } from "@parley/protocol";
import { describeError } from "../client/errors.js";

/** A transfer failed for good. `code` is the server's error code name, or the client's own reason. */
export class TransferError extends Error {
  override name = "TransferError";
  constructor(
    message: string,
    /** E.g. "file_too_large", "checksum_mismatch", "not_a_file", "connection_lost". */
    readonly code: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** The person (or the program) cancelled the transfer. */
export class TransferCancelledError extends TransferError {
  override name = "TransferCancelledError";
  constructor() {
    super("Cancelled.", "cancelled");
  }
}

/** What the failure is about, so the sentence can name it. */
export interface TransferContext {
  /** File name, for uploads the local one. */
  name?: string;
  room?: string;
  nick?: string;
}

/**
 * True for failures a reconnect can cure: the connection closed, or stopped answering. Everything
 * else (a server refusal, a local file error) ends the transfer.
 */
export function isConnectionLoss(error: unknown): boolean {
  if (error instanceof ConnectionClosedError || error instanceof RequestTimeoutError) return true;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === "ECONNRESET" || code === "EPIPE" || code === "ECONNREFUSED" || code === "ETIMEDOUT";
}

/** Turns any failure into a TransferError with one clear sentence. */
export function toTransferError(error: unknown, context: TransferContext = {}): TransferError {
  if (error instanceof TransferError) return error;
  const name = context.name ? `"${context.name}"` : "The file";
  if (error instanceof ServerError) {
    const text = (() => {
      switch (error.code) {
        case ErrorCode.ERROR_CODE_INVALID_FILE_NAME:
          return `The server refused the name ${name}: ${error.message}.`;
        case ErrorCode.ERROR_CODE_FILE_TOO_LARGE:
          return `${name} is too large: ${error.message}.`;
        case ErrorCode.ERROR_CODE_QUOTA_EXCEEDED:
          return `Not enough storage left for you on the server (${error.message}).`;
        case ErrorCode.ERROR_CODE_CHECKSUM_MISMATCH:
          return `${name} arrived damaged (SHA-256 mismatch) and was discarded; send it again.`;
        case ErrorCode.ERROR_CODE_NO_SUCH_FILE:
          return "No such file on the server (it may have expired, or you may not be in its room).";
        case ErrorCode.ERROR_CODE_BAD_OFFSET:
          return `The transfer of ${name} got out of step (${error.message}).`;
        default:
          return describeError(error, { nick: context.nick, room: context.room });
      }
    })();
    return new TransferError(text, error.codeName, { cause: error });
  }
  const errno = error as NodeJS.ErrnoException | undefined;
  if (errno?.code === "ENOENT" && errno.path)
    return new TransferError(`No such file: ${errno.path}`, "not_found");
  if (errno?.code === "EACCES" && errno.path)
    return new TransferError(`Permission denied: ${errno.path}`, "permission_denied");
  if (errno?.code === "EISDIR" && errno.path)
    return new TransferError(`${errno.path} is a directory`, "not_a_file");
  if (errno?.code === "ENOSPC") return new TransferError("The disk is full.", "disk_full", { cause: error });
  if (isConnectionLoss(error))
    return new TransferError("The connection to the server was lost.", "connection_lost");
  return new TransferError(error instanceof Error ? error.message : String(error), "failed", {
    cause: error,
  });
}
