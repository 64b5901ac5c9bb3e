// The seam between the protocol and Node sockets, shared by server and clients:
// bytes in → frames → envelopes out to a handler; envelopes in → frames → socket, corked per event-loop turn.
import type { Socket } from "node:net";
import { decodeEnvelope, encodeFrame } from "./codec.js";
import { InputBudgetError, ProtocolError } from "./errors.js";
import { FrameDecoder } from "./frame.js";
import type { InputBudget } from "./input-budget.js";
import type { DecodedEnvelope, Envelope } from "./messages.js";
import type { Transport, TransportHandlers } from "./transport.js";
import { flushAtTurnEnd } from "./turn-flush.js";

/** What a FramedSocket reports: the handlers every transport calls, and the peer's end of sending. */
export interface FramedSocketHandlers extends TransportHandlers {
  /**
   * The peer has sent all it will (a half-close) and every frame before it was delivered. Without
   * this handler our side ends at once; with it, the handler ends it (`end()`) once it has answered
   * what the peer asked, for answers that come later than the frames that asked.
   */
  onPeerEnd?(): void;
}

export interface FramedSocketOptions {
  /** Largest frame body accepted, in bytes; setMaxFrameBytes changes it later. */
  maxFrameBytes?: number;
  /**
   * Shared with other connections: the bytes of this one's unfinished frame are reserved in it, and a
   * chunk that would pass its ceiling fails the connection with InputBudgetError.
   */
  inputBudget?: InputBudget;
}

/**
 * One connection as a stream of envelopes. Writes made in one event-loop turn leave in one syscall
 * (the socket is corked on the first write and uncorked on the next tick). `send` returns false when
 * the socket's buffer is over its high-water mark: the caller should slow down (`drained()`) or, on
 * the server, compare `writableBytes` with its send-queue limit.
 */
export class FramedSocket implements Transport {
  readonly socket: Socket;
  private readonly decoder: FrameDecoder;
  private readonly handlers: FramedSocketHandlers;
  private corked = false;
  /** Bytes written in the current (corked) turn; they leave when the turn ends. */
  private turnBytes = 0;
  private closed = false;
  private reading = true;
  private readonly inputBudget: InputBudget | undefined;
  /** Bytes of the unfinished frame currently reserved in `inputBudget`. */
  private reservedBytes = 0;
  /** Bytes read from and written to the socket, frames included. */
  bytesIn = 0;
  bytesOut = 0;
  framesIn = 0;
  framesOut = 0;

  constructor(socket: Socket, handlers: FramedSocketHandlers, options: FramedSocketOptions = {}) {
    this.socket = socket;
    this.handlers = handlers;
    this.decoder = new FrameDecoder({ maxFrameBytes: options.maxFrameBytes });
    this.inputBudget = options.inputBudget;
    // One set of listener functions for every connection (they find theirs on the socket), rather
    // than four closures per connection: a server holds tens of thousands of idle ones.
    (socket as OwnedSocket)[OWNER] = this;
    socket.on("data", onSocketData);
    socket.on("end", onSocketEnd);
    socket.on("error", onSocketError);
    socket.on("close", onSocketClose);
  }

  /** Bytes of an unfinished frame received and held. */
  get pendingInputBytes(): number {
    return this.decoder.bufferedBytes;
  }

  /** Changes the largest frame body accepted from now on (a server raises it after login). */
  setMaxFrameBytes(maxFrameBytes: number): void {
    this.decoder.setMaxFrameBytes(maxFrameBytes);
  }

  /** Bytes queued in the socket but not yet handed to the kernel: the send queue. */
  get writableBytes(): number {
    return this.socket.writableLength;
  }

  /**
   * Bytes still queued from earlier turns: what the peer has not taken although it had the chance.
   * This turn's writes are left out, so a burst to a peer that reads is not mistaken for a stuck one.
   */
  get backlogBytes(): number {
    return this.socket.writableLength - this.turnBytes;
  }

  get isClosed(): boolean {
    return this.closed || this.socket.destroyed;
  }

  /** Encodes and queues one envelope. Returns false if the send buffer is past its high-water mark. */
  send(envelope: Envelope): boolean {
    return this.sendFrame(encodeFrame(envelope));
  }

  /** Queues an already-encoded frame: the broadcast path, where one encoding serves every recipient. */
  sendFrame(frame: Uint8Array): boolean {
    if (this.isClosed || !this.socket.writable) return false;
    if (!this.corked) {
      this.corked = true;
      this.socket.cork();
      flushAtTurnEnd(this);
    }
    this.turnBytes += frame.length;
    this.bytesOut += frame.length;
    this.framesOut++;
    return this.socket.write(frame);
  }

  /** Resolves when the send buffer has drained below its high-water mark (at once if it is). */
  drained(): Promise<void> {
    if (!this.socket.writableNeedDrain || this.isClosed) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        this.socket.off("drain", done);
        this.socket.off("close", done);
        resolve();
      };
      this.socket.on("drain", done);
      this.socket.on("close", done);
    });
  }

  /** Flushes what is queued, then closes the write side; the socket closes when the peer does or after `timeoutMs`. */
  end(timeoutMs = 2000): void {
    if (this.closed) return;
    this.stopReading();
    this.flush();
    this.socket.end();
    const timer = setTimeout(() => this.socket.destroy(), timeoutMs);
    timer.unref();
  }

  /** Closes at once, dropping anything queued. */
  destroy(): void {
    this.stopReading();
    this.socket.destroy();
  }

  /** Uncorks now rather than at the end of the turn. */
  flush(): void {
    if (this.corked) {
      this.corked = false;
      this.turnBytes = 0;
      this.socket.uncork();
    }
  }

  /** Stops reading from the socket (the peer's sends back up in TCP) until resumeReading. */
  pauseReading(): void {
    this.socket.pause();
  }

  resumeReading(): void {
    if (!this.isClosed) this.socket.resume();
  }

  /** Stops delivering envelopes (after a protocol error, or while closing). */
  stopReading(): void {
    this.reading = false;
    this.releaseInput();
  }

  /** Frees the unfinished frame and returns its bytes to the shared budget: nothing more is read. */
  private releaseInput(): void {
    this.decoder.clear();
    if (this.reservedBytes > 0) this.inputBudget?.release(this.reservedBytes);
    this.reservedBytes = 0;
  }

  /** Brings the budget in line with what the decoder holds; false if the budget cannot take it. */
  private accountInput(): boolean {
    const held = this.decoder.bufferedBytes;
    const delta = held - this.reservedBytes;
    if (delta === 0 || !this.inputBudget) return true;
    if (delta > 0 && !this.inputBudget.reserve(delta)) return false;
    if (delta < 0) this.inputBudget.release(-delta);
    this.reservedBytes = held;
    return true;
  }

  /** A chunk read from the socket. */
  onData(chunk: Buffer): void {
    if (!this.reading) return;
    this.bytesIn += chunk.length;
    let frames: Uint8Array[];
    try {
      frames = this.decoder.push(chunk);
    } catch (error) {
      this.fail(error);
      return;
    }
    if (this.inputBudget && !this.accountInput()) {
      this.fail(new InputBudgetError(this.inputBudget.limitBytes));
      return;
    }
    for (let i = 0; i < frames.length && this.reading; i++) {
      let envelope: DecodedEnvelope;
      try {
        envelope = decodeEnvelope(frames[i]!);
      } catch (error) {
        this.fail(error);
        return;
      }
      this.framesIn++;
      this.handlers.onEnvelope(envelope);
    }
  }

  /** The peer finished sending. */
  onEnd(): void {
    if (this.reading) {
      try {
        this.decoder.end();
      } catch (error) {
        this.fail(error);
        return;
      }
    }
    if (this.handlers.onPeerEnd) {
      this.handlers.onPeerEnd();
      return;
    }
    // The peer finished sending; finish our side too.
    if (!this.socket.destroyed) this.socket.end();
  }

  private fail(error: unknown): void {
    this.stopReading();
    if (error instanceof ProtocolError) this.handlers.onProtocolError(error);
    else throw error;
  }

  /** The socket failed (`error`) or closed: tells the handlers once. */
  closeOnce(error?: Error): void {
    if (this.closed) return;
    this.closed = true;
    this.reading = false;
    this.releaseInput();
    this.handlers.onClose(error);
  }
}

/** Where a socket keeps the FramedSocket that reads it, for the shared listeners below. */
const OWNER = Symbol("FramedSocket");
type OwnedSocket = Socket & { [OWNER]: FramedSocket };

function onSocketData(this: OwnedSocket, chunk: Buffer): void {
  this[OWNER].onData(chunk);
}

function onSocketEnd(this: OwnedSocket): void {
  this[OWNER].onEnd();
}

function onSocketError(this: OwnedSocket, error: Error): void {
  this[OWNER].closeOnce(error);
}

function onSocketClose(this: OwnedSocket): void {
  this[OWNER].closeOnce();
}
