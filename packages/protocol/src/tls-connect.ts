// Opening a TLS connection the way every Parley client does: TLS 1.2 or later; a certificate trusted by
// the given CA (or the system's) is accepted; otherwise, with a known_hosts file, trust on first use:
// the first fingerprint seen for host:port is stored, and a different one later refuses the connection.
import { isIP, connect as netConnect } from "node:net";
import { connect, type TLSSocket } from "node:tls";
import { knownHostKey, readKnownHosts, rememberHost } from "./known-hosts.js";

/** How a client decides to trust the server's certificate. */
export interface TlsClientOptions {
  /** PEM certificate(s) of a private CA or of a self-signed server, trusted instead of the system's CAs. */
  ca?: string | Buffer;
  /** Where `ca` came from, named in errors ("--ca ca.pem"). */
  caSource?: string;
  /** Accept any certificate without a check. For tests only: it gives no protection at all. */
  insecure?: boolean;
  /**
   * known_hosts file for trust on first use, used when the certificate is not verified by a CA. Without
   * it (and without `insecure`), an unverified certificate is refused.
   */
  knownHostsPath?: string;
  /** Told when a host's fingerprint is stored for the first time, so the client can show it. */
  onNewHost?(info: NewHostInfo): void;
}

export interface NewHostInfo {
  host: string;
  port: number;
  fingerprint256: string;
  knownHostsPath: string;
}

/** The certificate is not signed by a trusted CA (or does not name the host), and nothing else vouches for it. */
export class UntrustedCertificateError extends Error {
  override name = "UntrustedCertificateError";
}

/** The server shows another certificate than the one stored at first use: refused, as SSH does. */
export class FingerprintMismatchError extends Error {
  override name = "FingerprintMismatchError";
  constructor(
    readonly where: string,
    /** The fingerprint stored in known_hosts. */
    readonly expected: string,
    /** The fingerprint the server showed now. */
    readonly presented: string,
    readonly knownHostsPath: string,
  ) {
    super(
      `the certificate of ${where} has changed: known_hosts has ${expected}, the server now shows ${presented}. ` +
        `If the server's certificate was replaced on purpose, delete its line from ${knownHostsPath}; ` +
        "otherwise someone may be intercepting the connection",
    );
  }
}

/** Resolves with the socket once the handshake is done and the certificate is trusted; rejects otherwise. */
export function connectTls(
  host: string,
  port: number,
  options: TlsClientOptions,
  localAddress?: string,
): Promise<TLSSocket> {
  return new Promise((resolve, reject) => {
    const socket = connect({
      // A TCP socket of our own, so the local address can be chosen; the handshake starts once it connects.
      socket: netConnect({ host, port, localAddress }),
      host,
      // SNI takes names only; an IP address is checked against the certificate's IP entries.
      servername: isIP(host) ? undefined : host,
      ca: options.ca,
      minVersion: "TLSv1.2",
      // Checked below, so that an unverified certificate can still be accepted by its pinned fingerprint.
      rejectUnauthorized: false,
    });
    socket.setNoDelay(true);
    const fail = (error: Error) => {
      socket.destroy();
      reject(error);
    };
    socket.once("error", reject);
    socket.once("secureConnect", () => {
      socket.off("error", reject);
      try {
        trust(socket, host, port, options);
        resolve(socket);
      } catch (error) {
        fail(error as Error);
      }
    });
  });
}

function trust(socket: TLSSocket, host: string, port: number, options: TlsClientOptions): void {
  const where = `${host.includes(":") ? `[${host}]` : host}:${port}`;
  if (options.insecure || socket.authorized) return;
  const why = String(socket.authorizationError ?? "unverified");
  if (options.ca !== undefined) {
    throw new UntrustedCertificateError(
      `the certificate of ${where} is not trusted by ${options.caSource ?? "the given CA"} (${why})`,
    );
  }
  const path = options.knownHostsPath;
  if (!path)
    throw new UntrustedCertificateError(
      `the certificate of ${where} is not signed by a trusted CA (${why}): pass --ca with the server's certificate or CA`,
    );
  const fingerprint256 = socket.getPeerCertificate().fingerprint256;
  const key = knownHostKey(host, port);
  const known = readKnownHosts(path).get(key);
  if (known === undefined) {
    rememberHost(path, key, fingerprint256);
    options.onNewHost?.({ host, port, fingerprint256, knownHostsPath: path });
    return;
  }
  if (known !== fingerprint256.toUpperCase())
    throw new FingerprintMismatchError(where, known, fingerprint256, path);
}
