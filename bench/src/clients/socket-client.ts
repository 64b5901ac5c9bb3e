// The socket half both bench clients share: connect with Nagle off, tell the sink when the server drops
// the connection, and expose back-pressure (congested, drained) and close.
import { connect, type Socket } from "node:net";
import type { ChatSink, ClientSpec } from "./types.js";

/** A connection to either target; subclasses parse what arrives and speak the handshake. */
export abstract class SocketClient {
  protected readonly socket: Socket;
  /** Set by `close()`, so the close that follows is not reported to the sink as lost. */
  private closing = false;

  constructor(
    protected readonly spec: ClientSpec,
    protected readonly sink: ChatSink,
  ) {
    this.socket = connect({ host: "127.0.0.1", port: spec.port, noDelay: true });
    this.socket.on("data", (chunk: Buffer) => this.onData(chunk));
    this.socket.on("error", () => {});
    this.socket.on("close", () => {
      this.onClosed();
      if (!this.closing) this.sink.onLost("closed by server");
    });
  }

  /** One read from the socket; called synchronously from its data event. */
  protected abstract onData(chunk: Buffer): void;

  /** Runs once the socket has closed, whoever closed it, before the sink hears of a lost connection. */
  protected onClosed(): void {}

  get congested(): boolean {
    return this.socket.writableNeedDrain;
  }

  drained(): Promise<void> {
    if (!this.socket.writableNeedDrain) return Promise.resolve();
    return new Promise((resolve) => this.socket.once("drain", resolve));
  }

  close(): void {
    this.closing = true;
    this.socket.destroy();
  }
}
