// Opens many bench connections with a bounded number of handshakes in flight, timing each one.

import { ParleyClient } from "../clients/parley.js";
import { RelayClient } from "../clients/relay.js";
import type { BenchClient, ChatSink, ClientSpec } from "../clients/types.js";
import { nowUs } from "../clock.js";
import type { TargetKind } from "../plan.js";
import type { Tally } from "./tally.js";

/** A handshake slower than this counts as failed. */
const HANDSHAKE_TIMEOUT_MS = 30_000;

/** Opens a client of the target's kind. */
export function openClient(kind: TargetKind, spec: ClientSpec, sink: ChatSink): BenchClient {
  return kind === "parley" ? new ParleyClient(spec, sink) : new RelayClient(spec, sink);
}

/**
 * Connects `specs.length` clients, at most `concurrency` handshakes at a time, recording each handshake's
 * duration and the phase's start and end in `tally`. Failed handshakes are counted as "handshake_failed"
 * errors and leave `undefined` in their slot.
 */
export async function connectAll(
  kind: TargetKind,
  specs: readonly ClientSpec[],
  sinks: readonly ChatSink[],
  concurrency: number,
  tally: Tally,
): Promise<(BenchClient | undefined)[]> {
  const clients: (BenchClient | undefined)[] = new Array(specs.length).fill(undefined);
  let next = 0;
  tally.connectStartUs = nowUs();
  const lane = async (): Promise<void> => {
    while (next < specs.length) {
      const i = next++;
      const startedUs = nowUs();
      const client = openClient(kind, specs[i]!, sinks[i]!);
      try {
        await client.handshake(HANDSHAKE_TIMEOUT_MS);
        tally.handshake.record(nowUs() - startedUs);
        clients[i] = client;
      } catch {
        tally.countError("handshake_failed");
        client.close();
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, lane));
  tally.connectEndUs = nowUs();
  return clients;
}
