// Trust on first use for clients without a CA: the SHA-256 fingerprint each server showed the first time,
// kept one line per server ("host:port fingerprint") in known_hosts in the client's config directory,
// like SSH's. Parsing is pure; reading and appending the file are the only I/O.
import { appendFileSync, mkdirSync, readFileSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join } from "node:path";

/** Where both clients keep it: `$XDG_CONFIG_HOME/parley/known_hosts`, else `~/.config/parley/known_hosts`. */
export function defaultKnownHostsPath(
  env: Readonly<Record<string, string | undefined>> = process.env,
  homeDir: string = env.HOME || homedir(),
): string {
  return join(env.XDG_CONFIG_HOME || join(homeDir, ".config"), "parley", "known_hosts");
}

/** The key a server is remembered under: "host:port", an IPv6 address in brackets. */
export function knownHostKey(host: string, port: number): string {
  return `${host.includes(":") ? `[${host.toLowerCase()}]` : host.toLowerCase()}:${port}`;
}

/** Key → fingerprint. Blank lines and `#` comments are skipped; for a key listed twice, the last wins. */
export function parseKnownHosts(text: string): Map<string, string> {
  const entries = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (trimmed === "" || trimmed.startsWith("#")) continue;
    const [key, fingerprint] = trimmed.split(/\s+/);
    if (key && fingerprint) entries.set(key.toLowerCase(), fingerprint.toUpperCase());
  }
  return entries;
}

/** The file's entries; a missing file has none. */
export function readKnownHosts(path: string): Map<string, string> {
  try {
    return parseKnownHosts(readFileSync(path, "utf8"));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return new Map();
    throw error;
  }
}

/** Appends one entry, creating the directory (0700) and the file (0600) if needed. */
export function rememberHost(path: string, key: string, fingerprint256: string): void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  appendFileSync(path, `${key} ${fingerprint256}\n`, { mode: 0o600 });
}
