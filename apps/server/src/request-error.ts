// RequestError: a request refused. Chat and admin handlers throw it; their dispatchers turn it into the
// Error reply (and, for a fatal one on the chat port, close the session). Anything else thrown is a bug:
// logged, and answered INTERNAL.
import { type Envelope, ErrorCode } from "@parley/protocol";
import { StoreUnavailableError } from "./store/store.js";

export interface RequestErrorOptions extends ErrorOptions {
  /** Tells the client when to try again (RATE_LIMITED), in ms. */
  retryAfterMs?: number;
  /** End of the ban that refused the request, in ms since the epoch (0: permanent). */
  banUntilMs?: number;
  /**
   * Set for a refusal that ends the session: the Error is marked fatal, then the session closes and
   * operators see this reason. Only the chat port closes on it; admin requests never close.
   */
  closeReason?: string;
}

export class RequestError extends Error {
  override name = "RequestError";
  readonly retryAfterMs: number | undefined;
  readonly banUntilMs: number | undefined;
  readonly closeReason: string | undefined;

  constructor(
    /** What the client is told went wrong. */
    readonly code: ErrorCode,
    message: string,
    options: RequestErrorOptions = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.retryAfterMs = options.retryAfterMs;
    this.banUntilMs = options.banUntilMs;
    this.closeReason = options.closeReason;
  }

  /** True when the session closes after this Error. */
  get fatal(): boolean {
    return this.closeReason !== undefined;
  }
}

/** What a client is told when the store cannot be reached. */
export const STORE_UNAVAILABLE_MESSAGE =
  "the server's store is unavailable; nothing was stored: try again shortly";

/**
 * The Error envelope answering `requestId` for whatever a handler threw: a RequestError as it says, any
 * other error as INTERNAL, after handing it to `onBug` (which logs it; its details stay on the server).
 */
export function errorReply(requestId: number, error: unknown, onBug: (error: unknown) => void): Envelope {
  if (error instanceof StoreUnavailableError) {
    // Not a bug: the database is down or out of reach. Nothing was stored; the client may retry.
    return {
      requestId,
      error: { code: ErrorCode.ERROR_CODE_STORE_UNAVAILABLE, message: STORE_UNAVAILABLE_MESSAGE },
    };
  }
  if (!(error instanceof RequestError)) {
    onBug(error);
    return { requestId, error: { code: ErrorCode.ERROR_CODE_INTERNAL, message: "internal error" } };
  }
  const body: NonNullable<Envelope["error"]> = { code: error.code, message: error.message };
  if (error.fatal) body.fatal = true;
  if (error.retryAfterMs !== undefined) body.retryAfterMs = error.retryAfterMs;
  if (error.banUntilMs !== undefined) body.banUntilMs = error.banUntilMs;
  return { requestId, error: body };
}
