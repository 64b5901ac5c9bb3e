// TLS for `parley` and `parley send|get|probe`: from `--tls`, `--ca FILE` (implies TLS) and `--insecure`
// (tests only), then PARLEY_TLS / PARLEY_CA, then the config file's "tls" / "ca". Without a CA, a
// certificate no system CA vouches for is trusted on first use through ~/.config/parley/known_hosts.
import { readFileSync } from "node:fs";
import { defaultKnownHostsPath, type NewHostInfo, type TlsClientOptions } from "@parley/protocol";
import { ConfigError } from "./config.js";

/** The TLS flags as commander hands them over. */
export interface TlsFlags {
  tls?: boolean;
  ca?: string;
  insecure?: boolean;
}

const TRUE = /^(1|true|yes|on)$/i;

/** TLS options for the connection, or undefined for plaintext. Throws ConfigError for an unreadable CA file. */
export function resolveTls(
  flags: TlsFlags,
  env: NodeJS.ProcessEnv,
  file: Record<string, unknown>,
  onNewHost?: (info: NewHostInfo) => void,
): TlsClientOptions | undefined {
  const caPath = flags.ca || env.PARLEY_CA || (typeof file.ca === "string" ? file.ca : "") || undefined;
  const wanted =
    flags.tls || flags.insecure || !!caPath || TRUE.test(env.PARLEY_TLS ?? "") || file.tls === true;
  if (!wanted) return undefined;
  if (flags.insecure) return { insecure: true };
  if (caPath) {
    try {
      return { ca: readFileSync(caPath), caSource: caPath };
    } catch (error) {
      throw new ConfigError(`cannot read the CA file ${caPath}: ${(error as Error).message}`, {
        cause: error,
      });
    }
  }
  return { knownHostsPath: defaultKnownHostsPath(env), onNewHost };
}

/** The line shown on a first connection, so the user can compare the fingerprint with the operator's. */
export function firstUseNote(info: NewHostInfo): string {
  const where = info.host.includes(":") ? `[${info.host}]:${info.port}` : `${info.host}:${info.port}`;
  return `first TLS connection to ${where}; its certificate's SHA-256 fingerprint is ${info.fingerprint256} (stored in ${info.knownHostsPath})`;
}

/** Said on stderr whenever --insecure is used. */
export const INSECURE_NOTE = "--insecure: the server's certificate is not checked (for tests only)";

/** Adds `--tls`, `--ca` and `--insecure` to a command. */
export const TLS_OPTIONS: [string, string][] = [
  ["--tls", "connect with TLS (env PARLEY_TLS=1); the certificate is trusted on first use unless --ca"],
  ["--ca <file>", "trust this CA or self-signed certificate (PEM); implies --tls (env PARLEY_CA)"],
  ["--insecure", "for tests only: TLS without checking the certificate at all"],
];
