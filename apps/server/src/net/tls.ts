// TLS for the listeners: the certificate and key read from their files into a secure context (TLS 1.2 or
// later, Node's default ciphers), the listeners that serve it, and the reload that swaps it for new
// connections while open ones keep theirs (SIGHUP and `parley-admin reload-tls`).
import { X509Certificate } from "node:crypto";
import { readFileSync } from "node:fs";
import { createSecureContext, type SecureContextOptions, type Server as TlsServer } from "node:tls";

/** Oldest protocol version accepted: TLS 1.0 and 1.1 are broken and refused. */
export const TLS_MIN_VERSION = "TLSv1.2";

/** The certificate or key cannot be used: unreadable file, not PEM, or a key that does not match. */
export class TlsConfigError extends Error {
  override name = "TlsConfigError";
}

/** What is known about the certificate in force, for logs and the reload reply. */
export interface CertificateInfo {
  /** SHA-256 fingerprint as "AB:CD:…", as clients show and pin it. */
  fingerprint256: string;
  /** End of validity, in ms since the epoch. */
  validToMs: number;
  subject: string;
}

/** Reads and checks both files; the options are ready for tls.createServer and setSecureContext. */
export function loadCertificate(
  certPath: string,
  keyPath: string,
): { options: SecureContextOptions; info: CertificateInfo } {
  const read = (path: string, what: string) => {
    try {
      return readFileSync(path);
    } catch (error) {
      throw new TlsConfigError(`cannot read the TLS ${what} ${path}: ${(error as Error).message}`, {
        cause: error,
      });
    }
  };
  const cert = read(certPath, "certificate");
  const key = read(keyPath, "key");
  let x509: X509Certificate;
  try {
    x509 = new X509Certificate(cert);
  } catch (error) {
    throw new TlsConfigError(`${certPath} does not hold a PEM certificate`, { cause: error });
  }
  const options: SecureContextOptions = { cert, key, minVersion: TLS_MIN_VERSION };
  try {
    // Fails on a key that is not PEM or does not belong to the certificate.
    createSecureContext(options);
  } catch (error) {
    throw new TlsConfigError(
      `${keyPath} is not the private key of ${certPath}: ${(error as Error).message}`,
      { cause: error },
    );
  }
  return {
    options,
    info: {
      fingerprint256: x509.fingerprint256,
      validToMs: Date.parse(x509.validTo),
      subject: x509.subject.replace(/\n/g, ", "),
    },
  };
}

/**
 * The certificate the server's TLS listeners serve. `reload` reads the files again and hands the new
 * context to every listener; if the files are bad it throws and every listener keeps the old one.
 */
export class TlsCertificate {
  private current: { options: SecureContextOptions; info: CertificateInfo };
  /** Listeners serving this certificate, by name ("chat", "admin"). */
  private readonly servers = new Map<string, TlsServer>();

  constructor(
    private readonly certPath: string,
    private readonly keyPath: string,
  ) {
    this.current = loadCertificate(certPath, keyPath);
  }

  /** Options for tls.createServer: the certificate in force and the protocol floor. */
  get options(): SecureContextOptions {
    return this.current.options;
  }

  get info(): CertificateInfo {
    return this.current.info;
  }

  /** Names of the listeners serving it. */
  get listeners(): string[] {
    return [...this.servers.keys()];
  }

  /** Registers a listener for reloads. */
  serve(name: string, server: TlsServer): void {
    this.servers.set(name, server);
  }

  /** Reads the files again and switches every listener over for new connections; throws TlsConfigError. */
  reload(): CertificateInfo {
    const next = loadCertificate(this.certPath, this.keyPath);
    for (const server of this.servers.values()) server.setSecureContext(next.options);
    this.current = next;
    return next.info;
  }
}
