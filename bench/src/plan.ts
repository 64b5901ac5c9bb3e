// What each load-generator process is told to do, and the pure schedule every process derives from it:
// who is in which room, where each message goes, and so how many deliveries each client must receive.

export type TargetKind = "relay" | "parley";

/**
 * A column of the report: a server kind, "parley-pg" (Parley on a PostgreSQL store), or a floor
 * (floor.ts, which Parley's clients talk to): "floor" stores nothing, "floor-durable" stores each
 * message in Parley's SQLite store before relaying it.
 */
export type TargetName = TargetKind | "parley-pg" | "floor" | "floor-durable";

/** The targets that are a floor (floor.ts) rather than a real server. */
export const FLOORS: readonly TargetName[] = ["floor", "floor-durable"];

/** The server under test. */
export interface TargetInfo {
  kind: TargetKind;
  port: number;
  /** Several nodes of a cluster: client i connects to ports[i % ports.length] (`port` is the first). */
  ports?: number[];
}

/** The port client `index` connects to. */
export function portOf(target: TargetInfo, index: number): number {
  return target.ports ? target.ports[index % target.ports.length]! : target.port;
}

/** Fixed-rate sending: the total rate, for how long, and the first part left out of latency figures. */
export interface RateSpec {
  messagesPerSecond: number;
  durationMs: number;
  /** Messages sent in the first `warmupMs` are delivered and counted, but their latency is not recorded. */
  warmupMs: number;
}

/** Clients sending chat: in windowed mode (M messages each, at most `window` unacknowledged) or at a fixed total rate. */
export interface TrafficPlan {
  kind: "traffic";
  target: TargetInfo;
  /** The clients this process drives (indices into 0..clients-1). */
  clientIndices: number[];
  clients: number;
  /** Clients per room: client i is in room "bench-<floor(i / roomSize)>". */
  roomSize: number;
  /** Windowed mode: messages each client sends. Ignored in rate mode. */
  messagesPerClient: number;
  payloadBytes: number;
  /** Windowed mode: most messages a client has sent and not yet seen acknowledged. */
  window: number;
  /** Every `directEvery`-th message of a client is a direct message (0: none). */
  directEvery: number;
  /** Rate mode: messages per second from all clients together, for `durationMs`. */
  rate?: RateSpec;
  /** Handshakes in flight at once, per process. */
  connectConcurrency: number;
  /** Give up waiting for deliveries after this long without progress once sending is over. */
  stallTimeoutMs: number;
}

/** Clients that connect, complete the handshake and stay idle (answering pings). */
export interface IdlePlan {
  kind: "idle";
  target: TargetInfo;
  clientIndices: number[];
  roomSize: number;
  /** Handshakes in flight at once, per process. */
  connectConcurrency: number;
}

/** One connection uploads then downloads a file while sending chat on the same connection. */
export interface FilePlan {
  kind: "file";
  target: TargetInfo;
  fileBytes: number;
  /** Interval between chat messages sent meanwhile, in ms. */
  chatIntervalMs: number;
  payloadBytes: number;
  /** Most file bytes in flight (sent, not acknowledged) on upload. */
  windowBytes: number;
}

export type Plan = TrafficPlan | IdlePlan | FilePlan;

/**
 * Client indices `from` … `from + count - 1` that process `worker` of `workers` drives: round-robin,
 * so each room spans every process.
 */
export function shareOf(count: number, worker: number, workers: number, from = 0): number[] {
  const indices: number[] = [];
  for (let i = worker; i < count; i += workers) indices.push(from + i);
  return indices;
}

/** Nick of client `index`. */
export function nickOf(index: number): string {
  return `b${index}`;
}

/** Room of client `index`. */
export function roomOf(index: number, roomSize: number): string {
  return `bench-${Math.floor(index / roomSize)}`;
}

/** Messages client `sender` sends in total. In rate mode message g (0-based, global) is sent by client g mod N. */
export function messagesSentBy(plan: TrafficPlan, sender: number): number {
  if (!plan.rate) return plan.messagesPerClient;
  const total = totalRateMessages(plan);
  return sender < total ? Math.floor((total - 1 - sender) / plan.clients) + 1 : 0;
}

/** Rate mode: messages sent by all clients together. */
export function totalRateMessages(plan: TrafficPlan): number {
  return plan.rate ? Math.floor((plan.rate.messagesPerSecond * plan.rate.durationMs) / 1000) : 0;
}

/**
 * Recipient of the `k`-th message (0-based) of client `sender` if it is a direct message, else -1 (room).
 * Direct messages cycle through every other client, so each one receives a predictable number.
 */
export function directRecipient(plan: TrafficPlan, sender: number, k: number): number {
  if (plan.directEvery <= 0 || plan.clients < 2 || k % plan.directEvery !== plan.directEvery - 1) return -1;
  const turn = Math.floor(k / plan.directEvery);
  return (sender + 1 + (turn % (plan.clients - 1))) % plan.clients;
}

/** Deliveries each client must receive (its own messages' acknowledgements not counted), indexed by client. */
export function expectedDeliveries(plan: TrafficPlan): number[] {
  const roomTotals = new Map<string, number>();
  const ownRoomMessages = new Array<number>(plan.clients).fill(0);
  const direct = new Array<number>(plan.clients).fill(0);
  for (let sender = 0; sender < plan.clients; sender++) {
    const sent = messagesSentBy(plan, sender);
    for (let k = 0; k < sent; k++) {
      const to = directRecipient(plan, sender, k);
      if (to >= 0) direct[to]!++;
      else ownRoomMessages[sender]!++;
    }
    const room = roomOf(sender, plan.roomSize);
    roomTotals.set(room, (roomTotals.get(room) ?? 0) + ownRoomMessages[sender]!);
  }
  return direct.map((d, i) => d + roomTotals.get(roomOf(i, plan.roomSize))! - ownRoomMessages[i]!);
}
