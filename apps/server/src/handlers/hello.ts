// Hello → Welcome: checks the protocol version and announces the server's limits.
import { ErrorCode, PROTOCOL_VERSION } from "@parley/protocol";
import { RequestError } from "../request-error.js";
import { announcedLimits } from "../settings.js";
import { SERVER_VERSION } from "../version.js";
import type { Handler } from "./handler.js";

export const hello: Handler = {
  needsLogin: false,
  rateLimited: false,
  run(session, { requestId, hello }) {
    if (session.state !== "handshake") {
      throw new RequestError(ErrorCode.ERROR_CODE_BAD_REQUEST, "Hello was already received");
    }
    const version = hello?.protocolVersion ?? 0;
    if (version !== PROTOCOL_VERSION) {
      throw new RequestError(
        ErrorCode.ERROR_CODE_PROTOCOL_VERSION,
        `protocol version ${version} is not supported; this server speaks version ${PROTOCOL_VERSION}`,
        { closeReason: `protocol error: version ${version}` },
      );
    }
    const { config } = session.ctx;
    session.greet((hello?.clientName ?? "").slice(0, 64), (hello?.clientVersion ?? "").slice(0, 64));
    session.send({
      requestId,
      welcome: {
        sessionId: session.id,
        serverName: config.serverName,
        serverVersion: SERVER_VERSION,
        protocolVersion: PROTOCOL_VERSION,
        heartbeatIntervalMs: config.heartbeatIntervalMs,
        heartbeatTimeoutMs: config.heartbeatTimeoutMs,
        motd: config.motd,
        serverTimeMs: session.ctx.now(),
        defaultRoom: config.defaultRoom,
        limits: announcedLimits(config),
      },
    });
  },
};
