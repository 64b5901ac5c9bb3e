// The scenarios of `pnpm bench`, with the defaults and smaller `--quick` variants.

import type { FilePlan, IdlePlan, TrafficPlan } from "../plan.js";

interface Common {
  name: string;
  /** One line for people. */
  title: string;
  /** Load-generator processes. */
  workers: number;
}

// A scenario holds the figures of the plans its workers get (documented there), plus what is split
// among the workers (the clients) or happens around them (the idle time).

export interface TrafficScenario
  extends Common,
    Pick<
      TrafficPlan,
      | "kind"
      | "clients"
      | "roomSize"
      | "messagesPerClient"
      | "payloadBytes"
      | "window"
      | "directEvery"
      | "rate"
    > {}

export interface IdleScenario extends Common, Pick<IdlePlan, "kind" | "roomSize" | "connectConcurrency"> {
  /** Clients in all, split among the workers. */
  clients: number;
  /** How long the sessions stay idle before memory is read, in ms. */
  idleMs: number;
}

export interface FileScenario
  extends Common,
    Pick<FilePlan, "kind" | "fileBytes" | "chatIntervalMs" | "payloadBytes" | "windowBytes"> {}

export type Scenario = TrafficScenario | IdleScenario | FileScenario;

/** Unacknowledged messages each sender may have in flight. */
export const WINDOW = 16;
const MIB = 1024 * 1024;

/** Every scenario, in run order. `quick` shrinks counts and durations for a smoke run. */
export function catalog(quick: boolean, window = WINDOW): Scenario[] {
  return [
    {
      kind: "traffic",
      name: "fanout-50",
      title: `fan-out: 50 clients in one room × ${quick ? 50 : 200} messages × 100 B, window ${window}`,
      workers: 2,
      clients: 50,
      roomSize: 50,
      messagesPerClient: quick ? 50 : 200,
      payloadBytes: 100,
      window,
      directEvery: 0,
    },
    {
      kind: "traffic",
      name: "fanout-200",
      title: `fan-out: 200 clients in one room × ${quick ? 10 : 50} messages × 100 B, window ${window}`,
      workers: 2,
      clients: 200,
      roomSize: 200,
      messagesPerClient: quick ? 10 : 50,
      payloadBytes: 100,
      window,
      directEvery: 0,
    },
    {
      kind: "traffic",
      name: "latency",
      title: `latency: 50 clients in one room, 1000 messages/s in total for ${quick ? 3 : 10} s (first second not timed)`,
      workers: 1,
      clients: 50,
      roomSize: 50,
      messagesPerClient: 0,
      payloadBytes: 100,
      window: 0,
      directEvery: 0,
      rate: { messagesPerSecond: 1000, durationMs: quick ? 3000 : 10_000, warmupMs: 1000 },
    },
    {
      kind: "traffic",
      name: "rooms",
      title: `many rooms: 200 clients in 20 rooms of 10 × ${quick ? 20 : 100} messages, every 5th a direct message`,
      workers: 2,
      clients: 200,
      roomSize: 10,
      messagesPerClient: quick ? 20 : 100,
      payloadBytes: 100,
      window,
      directEvery: 5,
    },
    {
      kind: "idle",
      name: "connect-2000",
      title: "connections: 2,000 clients connect, complete the handshake, stay idle (rooms of 100)",
      workers: 2,
      clients: 2000,
      roomSize: 100,
      connectConcurrency: 64,
      idleMs: quick ? 1000 : 3000,
    },
    {
      kind: "idle",
      name: "connect-10000",
      title: "connections: 10,000 clients connect, complete the handshake, stay idle (rooms of 100)",
      workers: 4,
      clients: 10_000,
      roomSize: 100,
      connectConcurrency: 64,
      idleMs: quick ? 2000 : 5000,
    },
    {
      kind: "file",
      name: "file",
      title: `file transfer: ${quick ? 32 : 100} MiB up then down, a chat message every 10 ms on the same connection`,
      workers: 1,
      fileBytes: (quick ? 32 : 100) * MIB,
      chatIntervalMs: 10,
      payloadBytes: 100,
      windowBytes: 2 * MIB,
    },
  ];
}
