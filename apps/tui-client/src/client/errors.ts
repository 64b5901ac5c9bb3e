// Server errors in plain words for the person at the keyboard.
import { timeFormat } from "@parley/cli-shell";
import { ConnectionClosedError, ErrorCode, RequestTimeoutError, ServerError } from "@parley/protocol";

/** Names the things an error may be about, so the words can mention them. */
export interface ErrorContext {
  nick?: string;
  room?: string;
}

/** Turns any failure of a request into one sentence. */
export function describeError(error: unknown, context: ErrorContext = {}): string {
  if (error instanceof ServerError) {
    switch (error.code) {
      case ErrorCode.ERROR_CODE_NICK_IN_USE:
        return `The nick ${context.nick ?? ""} is already in use.`.replace("nick  is", "nick is");
      case ErrorCode.ERROR_CODE_INVALID_NICK:
        return `${context.nick ? `"${context.nick}" is not a valid nick` : "Invalid nick"}: ${error.message}`;
      case ErrorCode.ERROR_CODE_RATE_LIMITED:
        return `You are sending too fast; wait ${Math.max(1, Math.ceil(error.retryAfterMs / 1000))}s.`;
      case ErrorCode.ERROR_CODE_NO_SUCH_USER:
        return context.nick ? `No user called ${context.nick} is online.` : "No such user is online.";
      case ErrorCode.ERROR_CODE_NO_SUCH_ROOM:
        return context.room ? `There is no room #${context.room}.` : "No such room.";
      case ErrorCode.ERROR_CODE_NOT_IN_ROOM:
        return context.room ? `You are not in #${context.room}.` : "You are not in that room.";
      case ErrorCode.ERROR_CODE_MESSAGE_TOO_LONG:
        return `That message is too long: ${error.message}`;
      case ErrorCode.ERROR_CODE_BANNED:
        return error.banUntilMs > 0
          ? `You are banned until ${timeFormat.dateTime(error.banUntilMs)}.`
          : "You are banned.";
      case ErrorCode.ERROR_CODE_SERVER_FULL:
        return "The server is full.";
      default:
        return error.message || error.codeName.replace(/_/g, " ");
    }
  }
  if (error instanceof ConnectionClosedError) return "Not connected.";
  if (error instanceof RequestTimeoutError) return "The server did not answer in time.";
  if (error instanceof Error) return error.message;
  return String(error);
}

/** Why a connection could not be made or was lost, in a few words ("connection refused"). */
export function describeConnectError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === "ECONNREFUSED") return "connection refused";
  if (code === "ECONNRESET") return "connection reset";
  if (code === "ENOTFOUND") return "host not found";
  return error instanceof Error ? error.message : String(error);
}

/**
 * Why the server closed the connection, from the fatal Error it sent first, in a few words that
 * fit "Connection lost (…)". Flooding is a RATE_LIMITED refusal made fatal.
 */
export function describeServerClose(error: ServerError): string {
  switch (error.code) {
    case ErrorCode.ERROR_CODE_RATE_LIMITED:
      return "the server disconnected you for sending too fast";
    case ErrorCode.ERROR_CODE_PING_TIMEOUT:
      return "the server heard nothing from this client in time";
    case ErrorCode.ERROR_CODE_SEND_QUEUE_OVERFLOW:
      return "this client fell too far behind reading what the server sent";
    case ErrorCode.ERROR_CODE_SHUTTING_DOWN:
      return "the server is shutting down";
    default:
      return `the server closed the connection: ${describeError(error)}`;
  }
}
