// Isolated cost of framing a room's batch for delivery: each message encoded, framed, joined into one
// buffer and its acknowledgement built, per envelope (encodeEnvelope + frameBytes + Buffer.concat) or
// through one writer (encodeFrames). Usage: cd bench && node --conditions=source --import tsx src/encode-frames.ts
import { encodeEnvelope, encodeFrames, frameBody, frameBytes } from "@parley/protocol";

/** Messages in a batch: about what a commit holds in `fanout-50` (200 on average). */
const BATCH = 200;
/** Batches timed per figure, after as many unmeasured ones. */
const ROUNDS = 2000;

const envelopes = Array.from({ length: BATCH }, (_, i) => ({
  message: {
    room: "#bench",
    fromNick: `user${i % 50}`,
    text: "x".repeat(100),
    clientMsgId: `m${i}`,
    kind: 1,
    seq: 1000 + i,
    sentAtMs: 1_800_000_000_000,
  },
}));

/** One buffer per envelope, framed by a copy, joined by another. */
function perEnvelope(): Uint8Array {
  const frames: Uint8Array[] = [];
  const acks: Uint8Array[] = [];
  for (let i = 0; i < BATCH; i++) {
    const body = encodeEnvelope(envelopes[i]!);
    frames.push(frameBytes(body));
    acks.push(frameBytes(body, 7 + i));
  }
  return Buffer.concat(frames);
}

/** One writer for the batch; acknowledgements from the bodies in place. */
function oneWriter(): Uint8Array {
  const offsets: number[] = [];
  const all = encodeFrames(envelopes, offsets);
  const acks: Uint8Array[] = [];
  for (let i = 0; i < BATCH; i++) acks.push(frameBytes(frameBody(all, offsets[i]!, offsets[i + 1]!), 7 + i));
  return all;
}

if (!Buffer.from(perEnvelope()).equals(Buffer.from(oneWriter()))) throw new Error("the two ways differ");
for (const [name, run] of [
  ["per envelope", perEnvelope],
  ["one writer", oneWriter],
  ["per envelope", perEnvelope],
  ["one writer", oneWriter],
] as const) {
  for (let i = 0; i < ROUNDS; i++) run();
  const before = process.cpuUsage();
  for (let i = 0; i < ROUNDS; i++) run();
  const cpu = process.cpuUsage(before);
  console.log(`${name}: ${((cpu.user + cpu.system) / (ROUNDS * BATCH)).toFixed(3)} µs CPU per message`);
}
