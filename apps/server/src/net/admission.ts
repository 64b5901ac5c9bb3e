// Whether a new chat connection (TCP or WebSocket) may become a session: shutting down, the connection
// cap, address bans and the per-address limits. The answer is the Error to refuse it with, or nothing.
import { type Envelope, ErrorCode } from "@parley/protocol";
import { describeBanEnd } from "../admin/targets.js";
import type { ServerContext } from "../context.js";
import type { ConnectionLimits } from "./address-limits.js";

/** The fatal Error a refused connection is sent before it is closed. */
export type Refusal = NonNullable<Envelope["error"]>;

/**
 * Checks a connection from `address` (normalized). Undefined: admitted, and counted in `limits` until
 * the caller releases it when the connection closes.
 */
export function admission(
  ctx: ServerContext,
  limits: ConnectionLimits,
  address: string,
): Refusal | undefined {
  if (ctx.shuttingDown)
    return { code: ErrorCode.ERROR_CODE_SHUTTING_DOWN, message: "the server is shutting down" };
  if (ctx.registry.size >= ctx.config.maxConnections)
    return { code: ErrorCode.ERROR_CODE_SERVER_FULL, message: "the server is full" };
  const ban = ctx.bans.find(ctx.now(), undefined, address);
  if (ban) {
    const untilMs = Number(ban.untilMs ?? 0);
    return {
      code: ErrorCode.ERROR_CODE_BANNED,
      message: `this address is banned ${describeBanEnd(untilMs)}`,
      banUntilMs: untilMs,
    };
  }
  const refusal = limits.admit(address, ctx.now());
  if (!refusal) return undefined;
  if (refusal.kind === "too-many-new") ctx.stats.rateLimitedTotal++;
  if (refusal.kind === "too-many-open")
    return {
      code: ErrorCode.ERROR_CODE_SERVER_FULL,
      message: `too many connections from this address (at most ${refusal.limit} at once)`,
    };
  return {
    code: ErrorCode.ERROR_CODE_RATE_LIMITED,
    message: `too many new connections from this address (at most ${refusal.limit} a minute)`,
    retryAfterMs: refusal.retryAfterMs,
  };
}
