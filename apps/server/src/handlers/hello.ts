// Hello → Welcome: checks the protocol version and announces the server's limits.
import { ErrorCode, PROTOCOL_VERSION, pb, SPLICED_FIELD, splicedFrame } from "@parley/protocol";
import { RequestError } from "../request-error.js";
import { announcedLimits, type ServerConfig } from "../settings.js";
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
    const { config, clientStrings } = session.ctx;
    session.greet(
      clientStrings.of((hello?.clientName ?? "").slice(0, 64)),
      clientStrings.of((hello?.clientVersion ?? "").slice(0, 64)),
    );
    const own = pb.Welcome.encode({ sessionId: session.id, serverTimeMs: session.ctx.now() }).finish();
    session.sendFrame(splicedFrame(requestId, SPLICED_FIELD.welcome, [own, sameForAll(config)]));
  },
};

/** The part of Welcome every session gets (all but its session id and the time), encoded once per config. */
const welcomes = new WeakMap<ServerConfig, Uint8Array>();

function sameForAll(config: ServerConfig): Uint8Array {
  let encoded = welcomes.get(config);
  if (!encoded) {
    encoded = pb.Welcome.encode({
      serverName: config.serverName,
      serverVersion: SERVER_VERSION,
      protocolVersion: PROTOCOL_VERSION,
      heartbeatIntervalMs: config.heartbeatIntervalMs,
      heartbeatTimeoutMs: config.heartbeatTimeoutMs,
      motd: config.motd,
      defaultRoom: config.defaultRoom,
      limits: announcedLimits(config),
    }).finish();
    welcomes.set(config, encoded);
  }
  return encoded;
}
