// Turning a connection away: one fatal Error frame, then close. Shared by the chat and admin listeners.
import type { Socket } from "node:net";
import { type Envelope, encodeFrame } from "@parley/protocol";

/** Longest a refused peer may take to close its side before its socket is destroyed. */
export const REFUSED_CLOSE_TIMEOUT_MS = 1000;

/**
 * Writes `error` (made fatal) and ends the socket. Whatever the peer sends is read and dropped, so its
 * end of the stream is seen and the socket closes as soon as the peer closes too.
 */
export function refuseSocket(socket: Socket, error: NonNullable<Envelope["error"]>): void {
  socket.on("error", () => {});
  socket.resume();
  socket.end(encodeFrame({ error: { ...error, fatal: true } }));
  setTimeout(() => socket.destroy(), REFUSED_CLOSE_TIMEOUT_MS).unref();
}
