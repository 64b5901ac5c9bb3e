// Certificates made at run time for the TLS tests: a self-signed EC P-256 certificate for 127.0.0.1, ::1
// and localhost, made by the one openssl command docs/server.md shows.
import { execFileSync } from "node:child_process";
import { X509Certificate } from "node:crypto";
import { readFileSync } from "node:fs";
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
