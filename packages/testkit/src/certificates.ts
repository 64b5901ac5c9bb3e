// Certificates made at run time for the TLS tests: a self-signed EC P-256 certificate for 127.0.0.1, ::1
// and localhost, made by the one openssl command docs/server.md shows, and a pair of them to rotate.
import { execFileSync } from "node:child_process";
import { X509Certificate } from "node:crypto";
import { copyFileSync, readFileSync } from "node:fs";
import { join } from "node:path";

export interface TestCertificate {
  certPath: string;
  keyPath: string;
  /** The certificate's PEM, for a client's `ca`. */
  pem: string;
  fingerprint256: string;
}

/** Writes `<name>.cert.pem` and `<name>.key.pem` into `dir`. */
export function makeCertificate(dir: string, name = "server"): TestCertificate {
  const certPath = join(dir, `${name}.cert.pem`);
  const keyPath = join(dir, `${name}.key.pem`);
  execFileSync(
    "openssl",
    [
      "req",
      "-x509",
      "-newkey",
      "ec",
      "-pkeyopt",
      "ec_paramgen_curve:prime256v1",
      "-nodes",
      "-keyout",
      keyPath,
      "-out",
      certPath,
      "-days",
      "2",
      "-subj",
      `/CN=${name}`,
      "-addext",
      "subjectAltName=IP:127.0.0.1,IP:::1,DNS:localhost",
    ],
    { stdio: "ignore" },
  );
  const pem = readFileSync(certPath, "utf8");
  return { certPath, keyPath, pem, fingerprint256: new X509Certificate(pem).fingerprint256 };
}

/** Two certificates and the files a server reads, which hold `a` until `install` puts another there. */
export interface SwappableCertificates {
  dir: string;
  a: TestCertificate;
  b: TestCertificate;
  /** The paths to give the server (`live.cert.pem`, `live.key.pem` in `dir`). */
  live: { certPath: string; keyPath: string };
  /** Copies `cert`'s files over the live ones, as an operator rotating a certificate does. */
  install(cert: TestCertificate): void;
}

/** Makes certificates `a` and `b` in `dir` and installs `a` as the live one, for tests of rotation and trust. */
export function makeSwappableCertificates(dir: string): SwappableCertificates {
  const a = makeCertificate(dir, "a");
  const b = makeCertificate(dir, "b");
  const live = { certPath: join(dir, "live.cert.pem"), keyPath: join(dir, "live.key.pem") };
  const install = (cert: TestCertificate) => {
    copyFileSync(cert.certPath, live.certPath);
    copyFileSync(cert.keyPath, live.keyPath);
  };
  install(a);
  return { dir, a, b, live, install };
}
