// What a load-generator process needs from one connection, whichever server it talks to.

/** Receives what arrives on a connection. Called synchronously from the socket's data event. */
export interface ChatSink {
  /**
   * A chat message arrived; its text is `bytes[start..end)`, valid only during the call. `receivedAtUs`
   * (nowUs) is read once per socket read, not per message, to keep the load generator cheap.
   */
  onChat(bytes: Uint8Array, start: number, end: number, receivedAtUs: number): void;
  /** The connection closed although `close()` was not called (the server dropped it). */
  onLost(reason: string): void;
  /** The server reported an error that no pending request was waiting for (short code name). */
  onServerError(code: string): void;
}

/** Who a client is: its nick and the rooms it joins at login. */
export interface ClientSpec {
  port: number;
  nick: string;
  rooms: string[];
}

/** One bench connection. Sends are queued on the socket; writes made inside a data event leave together. */
export interface BenchClient {
  /** Connects and completes the target's handshake; rejects on error, close or `timeoutMs`. */
  handshake(timeoutMs: number): Promise<void>;
  /** Sends `text` to `room` (which the client joined). */
  sendRoom(room: string, text: string): void;
  /** Sends `text` to the client named `nick`. */
  sendDirect(nick: string, text: string): void;
  /** True when the socket buffer is over its high-water mark. */
  readonly congested: boolean;
  /** Resolves when the socket buffer has drained. */
  drained(): Promise<void>;
  /** Closes the connection; no onLost follows. */
  close(): void;
}
