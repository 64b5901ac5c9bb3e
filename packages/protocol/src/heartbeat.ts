// The client's half of the heartbeat: the Pong that answers the server's Ping. The server closes a
// session silent past `Welcome.heartbeat_timeout_ms`, so every long-lived client answers at once.
import type { DecodedEnvelope, Envelope } from "./messages.js";

/** The Pong answering `ping` (an envelope carrying a Ping), echoing its time; `nowMs` is our clock, for display. */
export function pongTo(ping: DecodedEnvelope, nowMs = Date.now()): Envelope {
  return { requestId: ping.requestId, pong: { echoSentAtMs: ping.ping?.sentAtMs ?? 0, timeMs: nowMs } };
}
