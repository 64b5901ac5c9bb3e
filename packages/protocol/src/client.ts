// A Parley client over one TCP, TLS or Unix-socket connection: the envelope client core
// (envelope-client.ts) on a FramedSocket, with the connect step that only Node can take.
import { connect as netConnect, type Socket } from "node:net";
import { FramedSocket } from "./connection.js";
import { EnvelopeClient, type EnvelopeClientOptions } from "./envelope-client.js";
import type { HelloOptions, LoginOptions, LoginResult } from "./handshake.js";
import { ScramClient } from "./scram.js";
import { connectTls, type TlsClientOptions } from "./tls-connect.js";

export interface ClientOptions extends EnvelopeClientOptions {
  host?: string;
  /** TCP port; ignored when `path` is set. */
  port?: number;
  /** Unix-domain socket path (the admin listener can listen on one), instead of host and port. */
  path?: string;
  /** Local address to connect from (a multi-homed host; tests use 127.0.0.2 to be a second peer). */
  localAddress?: string;
  /** Speak TLS, trusting the server's certificate as these options say (see tls-connect.ts). */
  tls?: TlsClientOptions;
  /** Largest frame accepted from the server, in bytes. */
  maxFrameBytes?: number;
}

export type { CloseInfo } from "./envelope-client.js";

/** The client core on a Node socket; `conn` is the FramedSocket (socket, byte counts, back-pressure). */
export class ProtocolClient extends EnvelopeClient<FramedSocket> {
  private constructor(socket: Socket, options: ClientOptions) {
    super(
      (handlers) => new FramedSocket(socket, handlers, { maxFrameBytes: options.maxFrameBytes }),
      options,
    );
  }

  /** Logs in as EnvelopeClient does; a password login runs SCRAM on node:crypto. */
  override login(options: HelloOptions & LoginOptions): Promise<LoginResult> {
    return super.login({ scram: (nick, password) => new ScramClient(nick, password), ...options });
  }

  /**
   * Opens a TCP (Nagle off), TLS (with `tls`) or Unix-socket connection. Rejects with the socket error,
   * or with UntrustedCertificateError / FingerprintMismatchError when the TLS certificate is refused.
   */
  static async connect(options: ClientOptions): Promise<ProtocolClient> {
    if (options.tls && !options.path) {
      const host = options.host ?? "127.0.0.1";
      const socket = await connectTls(host, options.port ?? 0, options.tls, options.localAddress);
      return new ProtocolClient(socket, options);
    }
    return new Promise((resolve, reject) => {
      const socket = options.path
        ? netConnect({ path: options.path })
        : netConnect({
            host: options.host ?? "127.0.0.1",
            port: options.port ?? 0,
            noDelay: true,
            localAddress: options.localAddress,
          });
      const client = new ProtocolClient(socket, options);
      const onError = (error: Error) => reject(error);
      socket.once("error", onError);
      socket.once("connect", () => {
        socket.off("error", onError);
        resolve(client);
      });
    });
  }
}
