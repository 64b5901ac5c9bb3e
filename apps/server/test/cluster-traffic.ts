// Room traffic for cluster tests: a Chatter is one user in one room whose every received seq (History,
// live messages and its own acknowledgements, in arrival order) is recorded, so a test can check that
// it saw each message exactly once and in order, across reconnects to other nodes.
import { type DecodedEnvelope, ProtocolClient, ServerError } from "@parley/protocol";
import { onCleanup } from "@parley/testkit";

/** Request ids of sends: far above the ones ProtocolClient.request hands out. */
const FIRST_SEND_REQUEST_ID = 1_000_000;

interface PendingSend {
  resolve(seq: number): void;
  reject(error: Error): void;
}

/** The connection went away before the send was acknowledged. */
export class SendInterruptedError extends Error {
  override name = "SendInterruptedError";
}

export class Chatter {
  /** Seqs of `room` as they arrived, across connections. */
  readonly seqs: number[] = [];
  /** Client id → seq of every acknowledged send. */
  readonly acked = new Map<string, number>();
  /** The connection in use. */
  client: ProtocolClient | undefined;
  private nextRequestId = FIRST_SEND_REQUEST_ID;
  private readonly pending = new Map<number, PendingSend>();

  constructor(
    readonly nick: string,
    readonly room: string,
  ) {}

  /** The newest seq seen (0: none). */
  get lastSeq(): number {
    return this.seqs.at(-1) ?? 0;
  }

  /**
   * Connects to `port` and logs in with the room resumed from the newest seq seen. A nick still held
   * by a dead node's session (until the cluster mourns it) is tried again for up to `retryMs`.
   */
  async connect(port: number, retryMs = 15_000): Promise<void> {
    const deadline = Date.now() + retryMs;
    for (;;) {
      const client = await ProtocolClient.connect({
        port,
        requestTimeoutMs: 10_000,
        answerPings: true,
        bufferEvents: true,
      });
      onCleanup(() => client.conn.destroy());
      const detach = client.onEvent((envelope) => this.receive(envelope));
      try {
        await client.login({
          clientName: "cluster-test",
          clientVersion: "1",
          nick: this.nick,
          rooms: [{ room: this.room, resume: true, sinceSeq: this.lastSeq }],
        });
        this.client = client;
        void client.closed.then(() => this.interrupted(client));
        return;
      } catch (error) {
        detach();
        client.conn.destroy();
        if (!(error instanceof ServerError) || !/in use/.test(error.message) || Date.now() > deadline)
          throw error;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  }

  /** Sends a room message; resolves with its seq once acknowledged. */
  say(text: string, clientMsgId: string): Promise<number> {
    const client = this.client;
    if (!client || client.conn.isClosed) return Promise.reject(new SendInterruptedError("not connected"));
    const requestId = this.nextRequestId++;
    return new Promise<number>((resolve, reject) => {
      this.pending.set(requestId, {
        resolve: (seq) => {
          this.acked.set(clientMsgId, seq);
          resolve(seq);
        },
        reject,
      });
      client.send({ requestId, sendMessage: { room: this.room, text, clientMsgId } });
    });
  }

  private receive(envelope: DecodedEnvelope): void {
    if (envelope.body === "history" && envelope.history?.room === this.room)
      for (const message of envelope.history.messages ?? []) this.seqs.push(Number(message.seq));
    const pending = this.pending.get(envelope.requestId);
    // A resend answered from the store repeats a message already delivered: an answer, not the stream.
    const replay = pending && Number(envelope.message?.seq) <= this.lastSeq;
    if (envelope.body === "message" && envelope.message?.room === this.room && !replay)
      this.seqs.push(Number(envelope.message.seq));
    if (!pending) return;
    this.pending.delete(envelope.requestId);
    if (envelope.body === "message") pending.resolve(Number(envelope.message?.seq));
    else if (envelope.body === "error") pending.reject(ServerError.from(envelope));
  }

  private interrupted(client: ProtocolClient): void {
    if (this.client !== client) return;
    for (const send of this.pending.values()) send.reject(new SendInterruptedError("connection closed"));
    this.pending.clear();
  }
}

/** Seqs that arrived twice or out of order, and those missing from 1..`last`: all empty when all is well. */
export function streamFaults(seqs: readonly number[], last: number) {
  const seen = new Set<number>();
  const repeated: number[] = [];
  const outOfOrder: number[] = [];
  seqs.forEach((seq, i) => {
    if (seen.has(seq)) repeated.push(seq);
    else if (i > 0 && seq < seqs[i - 1]!) outOfOrder.push(seq);
    seen.add(seq);
  });
  const missing: number[] = [];
  for (let seq = 1; seq <= last; seq++) if (!seen.has(seq)) missing.push(seq);
  return { repeated, outOfOrder, missing };
}

/**
 * `chatter` says `count` messages one after another (ids `<nick>-<i>`); a send interrupted by its
 * node dying is sent again, with the same id, after `reconnect` found another node.
 */
export async function chatLoop(
  chatter: Chatter,
  count: number,
  reconnect?: () => Promise<void>,
): Promise<void> {
  for (let i = 1; i <= count; i++) {
    const id = `${chatter.nick}-${i}`;
    for (;;) {
      try {
        await chatter.say(`${chatter.nick} ${i}`, id);
        break;
      } catch (error) {
        if (!(error instanceof SendInterruptedError) || !reconnect) throw error;
        await reconnect();
      }
    }
  }
}
