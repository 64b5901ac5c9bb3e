// The scenarios of `pnpm bench`, with the defaults and smaller `--quick` variants.

import { idleSessionsHere } from "../capacity.js";
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

/** The real terminal client in a pseudo-terminal, in a busy room (bench/src/client/scenario.ts). */
export interface ClientScenario extends Common {
  kind: "client";
  /** Not run unless asked for by name: it takes several minutes. */
  optIn: true;
  columns: number;
  rows: number;
  /** Members of the busy room, the client included (the rest are load-generator bots). */
  members: number;
  messagesPerSecond: number;
  /** Idle phase, traffic phase and the start of it left out of CPU and memory figures, in ms. */
  idleMs: number;
  trafficMs: number;
  warmupMs: number;
  /** How often the client's CPU and memory are read, and the pause between key probes, in ms. */
  sampleIntervalMs: number;
  probeIntervalMs: number;
  /** Messages in the room paged from the newest to the first. */
  historyMessages: number;
  /** Clients that join the busy room at once. */
  stormClients: number;
}

/** Traffic phase of the client scenario by default, in s (the memory target is over 600). */
export const CLIENT_SECONDS = 60;
/** The SQLite store alone, in this process: no server, no network (Parley only). */
export interface StoreScenario extends Common {
  kind: "store";
  /** Messages timed (after an unmeasured tenth as warm-up). */
  messages: number;
  /** Messages per transaction: one turn's batch. */
  batchMessages: number;
  /** Transactions a second, as traffic spaced out in time commits them; undefined: back to back. */
  perSecond?: number;
}

export type Scenario = TrafficScenario | IdleScenario | FileScenario | ClientScenario | StoreScenario;

/** Unacknowledged messages each sender may have in flight. */
export const WINDOW = 16;
const MIB = 1024 * 1024;

/**
 * Every scenario, in run order. `quick` shrinks counts and durations for a smoke run; `clientSeconds`
 * sets the client scenario's traffic phase.
 */
export function catalog(quick: boolean, window = WINDOW, clientSeconds?: number): Scenario[] {
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
    connectMost(quick),
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
    {
      kind: "store",
      name: "store-1",
      title: `The store alone: ${quick ? "5,000" : "20,000"} messages of 100 B, one per transaction (a quiet server: each message its own turn)`,
      workers: 0,
      messages: quick ? 5000 : 20_000,
      batchMessages: 1,
    },
    {
      kind: "store",
      name: "store-paced",
      title: `The store alone: ${quick ? "3,000" : "10,000"} messages of 100 B, one per transaction, 1,000 a second (the latency scenario's pace)`,
      workers: 0,
      messages: quick ? 3000 : 10_000,
      batchMessages: 1,
      perSecond: 1000,
    },
    {
      kind: "store",
      name: "store-64",
      title: `The store alone: ${quick ? "50,000" : "200,000"} messages of 100 B, 64 per transaction (a busy turn)`,
      workers: 0,
      messages: quick ? 50_000 : 200_000,
      batchMessages: 64,
    },
    clientScenario(quick, clientSeconds),
  ];
}

/** The client scenario at the sizes, or smaller and shorter with `quick`. */
export function clientScenario(quick: boolean, clientSeconds?: number): ClientScenario {
  const trafficMs = (clientSeconds ?? (quick ? 20 : CLIENT_SECONDS)) * 1000;
  const historyMessages = quick ? 2000 : 20_000;
  const stormClients = quick ? 500 : 2000;
  return {
    kind: "client",
    name: "client",
    title: `terminal client: parley at 160x45 in tmux, a room of 200 at 100 messages/s for ${trafficMs / 1000} s, paging ${historyMessages.toLocaleString("en-US")} messages, a join storm of ${stormClients.toLocaleString("en-US")}`,
    optIn: true,
    workers: 2,
    columns: 160,
    rows: 45,
    members: 200,
    messagesPerSecond: 100,
    idleMs: quick ? 3000 : 10_000,
    trafficMs,
    warmupMs: Math.min(10_000, trafficMs / 4),
    sampleIntervalMs: 1000,
    probeIntervalMs: 100,
    historyMessages,
    stormClients,
  };
}

/** Idle sessions an operator asks about beside 10,000. */
const MOST_IDLE_SESSIONS = 50_000;

/**
 * 50,000 idle sessions, or as many as this machine's descriptor limit and ephemeral ports allow: the
 * title says which, so a smaller count is never mistaken for the asked-for one.
 */
function connectMost(quick: boolean): IdleScenario {
  const { sessions, limitedBy } = idleSessionsHere(MOST_IDLE_SESSIONS);
  const count = sessions.toLocaleString("en-US");
  const why = limitedBy ? ` (not ${MOST_IDLE_SESSIONS.toLocaleString("en-US")}: ${limitedBy})` : "";
  return {
    kind: "idle",
    name: "connect-50000",
    title: `connections: ${count} clients${why} connect, complete the handshake, stay idle (rooms of 100)`,
    workers: 4,
    clients: sessions,
    roomSize: 100,
    connectConcurrency: 64,
    idleMs: quick ? 2000 : 5000,
  };
}
