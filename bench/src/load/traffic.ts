// Chat load from one process: windowed senders (fan-out, many rooms) or a fixed total rate (latency),
// every receipt timed against the send time carried in the payload, every delivery counted against the plan.

import type { BenchClient, ChatSink } from "../clients/types.js";
import { nowUs } from "../clock.js";
import { makePayload, type PayloadHeader, readPayloadHeader } from "../payload.js";
import {
  directRecipient,
  expectedDeliveries,
  messagesSentBy,
  nickOf,
  portOf,
  roomOf,
  type TrafficPlan,
  totalRateMessages,
} from "../plan.js";
import { connectAll } from "./connect.js";
import type { Tally } from "./tally.js";

/** How often completion and stalls are checked, in ms. */
const CHECK_INTERVAL_MS = 20;

/** One simulated user. */
class Member implements ChatSink {
  client: BenchClient | undefined;
  readonly room: string;
  sent = 0;
  acked = 0;
  received = 0;
  private readonly header: PayloadHeader = { sender: 0, seq: 0, sentAtUs: 0 };

  constructor(
    readonly index: number,
    public toSend: number,
    public expected: number,
    private readonly load: TrafficLoad,
  ) {
    this.room = roomOf(index, load.plan.roomSize);
  }

  onChat(bytes: Uint8Array, start: number, end: number, now: number): void {
    const tally = this.load.tally;
    if (!readPayloadHeader(bytes, start, end, this.header)) {
      tally.countError("unrecognised_payload");
      return;
    }
    this.load.lastProgressUs = now;
    if (this.header.sender === this.index) {
      this.acked++;
      tally.acks++;
      tally.ackLatency.record(now - this.header.sentAtUs);
      if (!this.load.plan.rate) this.load.fill(this);
    } else {
      this.received++;
      tally.deliveries++;
      if (this.header.sentAtUs > this.load.recordFromUs) tally.latency.record(now - this.header.sentAtUs);
      tally.lastReceiptUs = now;
    }
  }

  onLost(): void {
    this.load.tally.disconnects++;
  }

  onServerError(code: string): void {
    this.load.tally.countError(code);
  }
}

/** The chat load of one process. */
export class TrafficLoad {
  private members: Member[] = [];
  private readonly byIndex = new Map<number, Member>();
  lastProgressUs = 0;
  /** Messages sent before this (during warm-up) are counted but their latency is not recorded. */
  recordFromUs = 0;

  constructor(
    readonly plan: TrafficPlan,
    readonly tally: Tally,
  ) {}

  /** Connects every client of this process and completes its handshake. */
  async connect(): Promise<void> {
    const expected = expectedDeliveries(this.plan);
    this.members = this.plan.clientIndices.map(
      (i) => new Member(i, messagesSentBy(this.plan, i), expected[i]!, this),
    );
    for (const m of this.members) this.byIndex.set(m.index, m);
    this.tally.expected = this.members.reduce((sum, m) => sum + m.expected, 0);
    const clients = await connectAll(
      this.plan.target.kind,
      this.members.map((m) => ({
        port: portOf(this.plan.target, m.index),
        nick: nickOf(m.index),
        rooms: [m.room],
      })),
      this.members,
      this.plan.connectConcurrency,
      this.tally,
    );
    clients.forEach((client, i) => {
      this.members[i]!.client = client;
    });
  }

  /**
   * Resets the counters for a round: at once when the start message arrives, before any process can
   * send, so no early delivery of the round is counted in the previous one. `warmup`: a quarter of the
   * windowed load, so both processes are warm (JIT, buffers) when measured.
   */
  prepare(warmup: boolean): void {
    const plan = warmup
      ? { ...this.plan, messagesPerClient: Math.ceil(this.plan.messagesPerClient / 4) }
      : this.plan;
    const expected = expectedDeliveries(plan);
    this.tally.resetTraffic();
    for (const m of this.members) {
      m.toSend = messagesSentBy(plan, m.index);
      m.expected = expected[m.index]!;
      m.sent = m.acked = m.received = 0;
    }
    this.tally.expected = this.members.reduce((sum, m) => sum + m.expected, 0);
  }

  /** Sends the round's load from `atUs` on; resolves once every delivery has arrived or progress stalls. */
  async run(atUs: number): Promise<void> {
    this.lastProgressUs = atUs;
    this.recordFromUs = atUs + (this.plan.rate?.warmupMs ?? 0) * 1000;
    this.tally.firstSendUs = atUs;
    const stopRate = this.plan.rate ? this.startRate(atUs) : undefined;
    if (!this.plan.rate) for (const m of this.members) this.fill(m);
    await new Promise<void>((resolve) => {
      const timer = setInterval(() => {
        const now = nowUs();
        const stalled = now - this.lastProgressUs > this.plan.stallTimeoutMs * 1000;
        if (this.complete() || stalled) {
          clearInterval(timer);
          stopRate?.();
          resolve();
        }
      }, CHECK_INTERVAL_MS);
    });
    for (const m of this.members) {
      this.tally.lost += Math.max(0, m.expected - m.received);
      this.tally.duplicates += Math.max(0, m.received - m.expected);
    }
  }

  /** Windowed mode: sends until `window` messages of `m` are unacknowledged or all are sent. */
  fill(m: Member): void {
    while (m.sent - m.acked < this.plan.window && m.sent < m.toSend) this.sendNext(m);
  }

  close(): void {
    for (const m of this.members) m.client?.close();
  }

  private sendNext(m: Member): void {
    const k = m.sent++;
    this.tally.sent++;
    if (!m.client) return;
    const text = makePayload(m.index, k, nowUs(), this.plan.payloadBytes);
    const to = directRecipient(this.plan, m.index, k);
    if (to < 0) m.client.sendRoom(m.room, text);
    else {
      m.client.sendDirect(nickOf(to), text);
      // The plain relay does not acknowledge direct messages: count them as acknowledged once written.
      if (this.plan.target.kind === "relay") m.acked++;
    }
  }

  /**
   * Rate mode: global message g is due at atUs + g / rate and belongs to client g mod N; a 1 ms timer
   * sends this process's share of what is due. Returns a function that stops the timer.
   */
  private startRate(atUs: number): () => void {
    const rate = this.plan.rate!;
    const total = totalRateMessages(this.plan);
    let next = 0;
    const timer = setInterval(() => {
      const due = Math.min(total, Math.floor(((nowUs() - atUs) * rate.messagesPerSecond) / 1e6));
      for (; next < due; next++) {
        const m = this.byIndex.get(next % this.plan.clients);
        if (m) this.sendNext(m);
      }
      if (next >= total) clearInterval(timer);
      this.lastProgressUs = Math.max(this.lastProgressUs, next < total ? nowUs() : 0);
    }, 1);
    return () => clearInterval(timer);
  }

  private complete(): boolean {
    for (const m of this.members) {
      if (m.client && (m.acked < m.toSend || m.received < m.expected)) return false;
      if (!m.client && m.received < m.expected) return false;
    }
    return true;
  }
}
