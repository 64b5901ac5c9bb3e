// Heartbeat: answer a client's Ping with Pong; a Pong to the server's Ping gives the round-trip time.
import type { Handler } from "./handler.js";

export const ping: Handler = {
  needsLogin: false,
  rateLimited: false,
  run(session, { requestId, ping }) {
    session.send({ requestId, pong: { echoSentAtMs: ping?.sentAtMs ?? 0, timeMs: session.ctx.now() } });
  },
};

export const pong: Handler = {
  needsLogin: false,
  rateLimited: false,
  run(session, { pong }) {
    const echoed = pong?.echoSentAtMs ?? 0;
    // Only a Pong to our own Ping measures anything; a stray one must not invent a round trip.
    if (echoed > 0 && echoed === session.lastPingSentAtMs)
      session.rttMs = Math.max(0, session.ctx.now() - echoed);
  },
};
