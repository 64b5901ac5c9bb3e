// Load-generator side of Parley: raw socket + FrameDecoder; chat messages are peeked (peek.ts), everything
// else is decoded in full. The handshake and the Pong to the server's pings are the protocol core's
// (handshake, pongTo); only the receive path is its own, to stay cheap under load.
import {
  type DecodedEnvelope,
  decodeEnvelope,
  type Envelope,
  encodeFrame,
  errorCodeName,
  FrameDecoder,
  handshake,
  pongTo,
  ServerError,
  type Welcome,
} from "@parley/protocol";
import { nowUs } from "../clock.js";
import { type PeekedChat, peekChat } from "../peek.js";
import { SocketClient } from "./socket-client.js";
import type { BenchClient } from "./types.js";

type Waiter = { match(envelope: DecodedEnvelope): boolean; resolve(envelope: DecodedEnvelope): void };

/** One Parley session as the bench drives it. */
export class ParleyClient extends SocketClient implements BenchClient {
  private readonly decoder = new FrameDecoder({ maxFrameBytes: 64 * 1024 * 1024 });
  private readonly peeked: PeekedChat = { requestId: 0, textStart: 0, textEnd: 0 };
  private nextRequestId = 1;
  private readonly pending = new Map<number, { resolve(e: DecodedEnvelope): void; reject(e: Error): void }>();
  private readonly waiters = new Set<Waiter>();
  /** Envelopes that are neither chat, nor replies, nor pings (file transfer events, presence...). */
  onOther: ((envelope: DecodedEnvelope) => void) | undefined;
  /** The server's Welcome, once the handshake is done. */
  welcome: Welcome | undefined;

  protected override onClosed(): void {
    const error = new Error("connection closed");
    for (const p of this.pending.values()) p.reject(error);
    this.pending.clear();
  }

  async handshake(timeoutMs: number): Promise<void> {
    const deadline = setTimeout(() => this.socket.destroy(new Error("handshake timed out")), timeoutMs);
    try {
      const histories = this.waitFor((e) => e.body === "history", this.spec.rooms.length);
      const { welcome } = await handshake(this, {
        clientName: "parley-bench",
        clientVersion: "0.1.0",
        nick: this.spec.nick,
        rooms: this.spec.rooms.map((room) => ({ room, historyLimit: 0 })),
      });
      this.welcome = welcome;
      // Live traffic for a room only follows its History, so the session is ready once all have come.
      await histories;
    } finally {
      clearTimeout(deadline);
    }
  }

  sendRoom(room: string, text: string): void {
    const requestId = this.takeRequestId();
    this.socket.write(encodeFrame({ requestId, sendMessage: { room, text, clientMsgId: `${requestId}` } }));
  }

  sendDirect(nick: string, text: string): void {
    const requestId = this.takeRequestId();
    this.socket.write(
      encodeFrame({ requestId, sendMessage: { toNick: nick, text, clientMsgId: `${requestId}` } }),
    );
  }

  /** Sends a request and resolves with its reply; rejects with ServerError on an Error reply. */
  request(envelope: Envelope): Promise<DecodedEnvelope> {
    const requestId = this.takeRequestId();
    return new Promise((resolve, reject) => {
      this.pending.set(requestId, { resolve, reject });
      this.socket.write(encodeFrame({ ...envelope, requestId }));
    });
  }

  /** Sends without expecting a reply; returns false when the socket buffer is over its high-water mark. */
  send(envelope: Envelope): boolean {
    return this.socket.write(encodeFrame(envelope));
  }

  /** Resolves with the `count`-th envelope matching `match` (among those that are not chat or replies). */
  waitFor(match: (envelope: DecodedEnvelope) => boolean, count = 1): Promise<DecodedEnvelope | undefined> {
    if (count <= 0) return Promise.resolve(undefined);
    let seen = 0;
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        match: (e) => match(e) && ++seen === count,
        resolve: (e) => {
          this.socket.off("close", onClose);
          resolve(e);
        },
      };
      const onClose = () => {
        this.waiters.delete(waiter);
        reject(new Error("connection closed"));
      };
      this.socket.once("close", onClose);
      this.waiters.add(waiter);
    });
  }

  private takeRequestId(): number {
    const id = this.nextRequestId++;
    if (this.nextRequestId > 0x7fffffff) this.nextRequestId = 1;
    return id;
  }

  protected onData(chunk: Buffer): void {
    let frames: Uint8Array[];
    try {
      frames = this.decoder.push(chunk);
    } catch (error) {
      this.socket.destroy(error as Error);
      return;
    }
    const receivedAtUs = nowUs();
    this.socket.cork();
    for (const frame of frames) {
      // A chat message that answers a pending request (a file announcement) takes the full path.
      const chat = peekChat(frame, this.peeked) && !this.pending.has(this.peeked.requestId);
      if (chat) this.sink.onChat(frame, this.peeked.textStart, this.peeked.textEnd, receivedAtUs);
      else this.onEnvelope(decodeEnvelope(frame));
    }
    this.socket.uncork();
  }

  private onEnvelope(envelope: DecodedEnvelope): void {
    const pending = envelope.requestId ? this.pending.get(envelope.requestId) : undefined;
    if (pending) {
      this.pending.delete(envelope.requestId);
      if (envelope.body === "error") pending.reject(ServerError.from(envelope));
      else pending.resolve(envelope);
      return;
    }
    if (envelope.body === "ping") {
      this.socket.write(encodeFrame(pongTo(envelope)));
      return;
    }
    for (const waiter of this.waiters) {
      if (waiter.match(envelope)) {
        this.waiters.delete(waiter);
        waiter.resolve(envelope);
      }
    }
    if (envelope.body === "error") this.sink.onServerError(errorCodeName(envelope.error?.code));
    else this.onOther?.(envelope);
  }
}
