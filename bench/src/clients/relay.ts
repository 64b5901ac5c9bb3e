// Load-generator side of the baseline relay: one line per message, "@nick " in front of direct ones.
import { nowUs } from "../clock.js";
import { SocketClient } from "./socket-client.js";
import type { BenchClient } from "./types.js";

/** A connection to the plain relay (src/relay.ts). Only the first room of `spec.rooms` is joined. */
export class RelayClient extends SocketClient implements BenchClient {
  /** Chunks of an unfinished line, joined once its newline arrives (so a long line is copied once). */
  private pending: Buffer[] = [];
  private welcomed = false;
  private onWelcome: (() => void) | undefined;

  handshake(timeoutMs: number): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error("relay handshake timed out")), timeoutMs);
      const fail = (error?: Error) => {
        clearTimeout(timer);
        reject(error ?? new Error("closed during handshake"));
      };
      const failOnClose = () => fail();
      this.socket.once("error", fail);
      this.socket.once("close", failOnClose);
      this.onWelcome = () => {
        clearTimeout(timer);
        this.socket.off("error", fail);
        this.socket.off("close", failOnClose);
        resolve();
      };
      this.socket.write(`${this.spec.nick} ${this.spec.rooms[0] ?? "bench"}\n`);
    });
  }

  sendRoom(_room: string, text: string): void {
    this.socket.write(`${text}\n`);
  }

  sendDirect(nick: string, text: string): void {
    this.socket.write(`@${nick} ${text}\n`);
  }

  /** Writes raw bytes (the file-transfer scenario's data lines). */
  write(bytes: Uint8Array): boolean {
    return this.socket.write(bytes);
  }

  protected onData(chunk: Buffer): void {
    if (chunk.indexOf(10) < 0) {
      this.pending.push(chunk);
      return;
    }
    const buf = this.pending.length ? Buffer.concat([...this.pending, chunk]) : chunk;
    let start = 0;
    const receivedAtUs = nowUs();
    this.socket.cork();
    for (let nl = buf.indexOf(10); nl >= 0; nl = buf.indexOf(10, start)) {
      if (!this.welcomed) {
        this.welcomed = true;
        this.onWelcome?.();
      } else {
        // A direct message keeps its "@nick " prefix on the wire; the text starts after the space.
        const textStart = buf[start] === 64 ? buf.indexOf(32, start) + 1 : start;
        this.sink.onChat(buf, textStart, nl, receivedAtUs);
      }
      start = nl + 1;
    }
    this.socket.uncork();
    this.pending = start < buf.length ? [buf.subarray(start)] : [];
  }
}
