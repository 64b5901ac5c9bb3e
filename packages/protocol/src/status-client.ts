// Asks a server for its status over UDP: sends a padded StatusRequest, waits for the matching reply,
// and tries again a fixed number of times, since a datagram (or its answer) may simply be lost.
import { createSocket } from "node:dgram";
import { lookup } from "node:dns/promises";
import { encodeStatusRequest, parseStatusReply, type ServerStatus, statusNonce } from "./status.js";

/** Requests sent before giving up: the first and two retries. */
export const PROBE_ATTEMPTS = 3;
/** Default wait for an answer to each request, in ms. */
export const DEFAULT_PROBE_TIMEOUT_MS = 1000;

/** No reply came to any of the requests. */
export class NoAnswerError extends Error {
  override name = "NoAnswerError";
}

export interface ProbeOptions {
  host: string;
  port: number;
  /** Wait for each request's answer, in ms. */
  timeoutMs?: number;
  /** Requests to send in all (PROBE_ATTEMPTS). */
  attempts?: number;
}

export interface ProbeResult extends ServerStatus {
  /** The address the host name resolved to. */
  address: string;
  /** Time from the request that was answered to its answer, in ms. */
  rttMs: number;
}

/** Resolves with the server's status; rejects with NoAnswerError, or the DNS error for an unknown host. */
export async function probeStatus(options: ProbeOptions): Promise<ProbeResult> {
  const { address, family } = await lookup(options.host);
  const timeoutMs = options.timeoutMs ?? DEFAULT_PROBE_TIMEOUT_MS;
  const attempts = options.attempts ?? PROBE_ATTEMPTS;
  const socket = createSocket(family === 6 ? "udp6" : "udp4");
  // Each attempt has its own nonce, so a late answer to an earlier one is still accepted (and timed from it).
  const sentAtMs = new Map<number, number>();
  try {
    return await new Promise<ProbeResult>((resolve, reject) => {
      let timer: NodeJS.Timeout | undefined;
      let sent = 0;
      socket.on("error", () => {
        // ICMP "port unreachable" and the like: keep waiting; the timer decides.
      });
      socket.on("message", (datagram) => {
        for (const [nonce, atMs] of sentAtMs) {
          const status = parseStatusReply(datagram, nonce);
          if (!status) continue;
          clearTimeout(timer);
          resolve({ ...status, address, rttMs: performance.now() - atMs });
          return;
        }
      });
      const send = () => {
        if (sent >= attempts) {
          reject(new NoAnswerError(`no answer from ${options.host}:${options.port} after ${attempts} tries`));
          return;
        }
        sent++;
        const nonce = statusNonce();
        sentAtMs.set(nonce, performance.now());
        socket.send(encodeStatusRequest(nonce), options.port, address, () => {});
        timer = setTimeout(send, timeoutMs);
      };
      send();
    });
  } finally {
    socket.close();
  }
}
