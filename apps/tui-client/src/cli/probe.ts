// `parley probe HOST[:PORT] [--json] [--timeout MS]`: ask a server for its status over UDP (no login,
// no TCP connection) and print it; exit 4 (cannot connect) with "no answer" when none of the
// PROBE_ATTEMPTS requests is answered.

import { CannotConnectError } from "@parley/cli-shell";
import {
  DEFAULT_CHAT_PORT,
  DEFAULT_PROBE_TIMEOUT_MS,
  NoAnswerError,
  PROBE_ATTEMPTS,
  type ProbeResult,
  parseServerAddress,
  probeStatus,
  ServerAddressError,
} from "@parley/protocol";
import { type CliIo, ExitCode, runScript, scriptCommand, UsageError } from "./common.js";

/** Splits "host", "host:port", "[v6]:port" or a bare IPv6 address; the port defaults to the chat port. */
export function parseHostPort(text: string): { host: string; port: number } {
  try {
    return parseServerAddress(text, DEFAULT_CHAT_PORT);
  } catch (error) {
    if (error instanceof ServerAddressError) throw new UsageError(error.message, { cause: error });
    throw error;
  }
}

/** "3d 4h", "2h 5m", "4m 10s", "12s". */
export function formatUptime(ms: number): string {
  const s = Math.floor(ms / 1000);
  const [d, h, m] = [Math.floor(s / 86_400), Math.floor((s % 86_400) / 3600), Math.floor((s % 3600) / 60)];
  if (d > 0) return `${d}d ${h}h`;
  if (h > 0) return `${h}h ${m}m`;
  if (m > 0) return `${m}m ${s % 60}s`;
  return `${s}s`;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

function describe(target: string, result: ProbeResult): string {
  return [
    `${result.serverName || "(unnamed)"} at ${target}`,
    `  version  ${result.serverVersion} (protocol ${result.protocolVersion})`,
    `  online   ${count(result.sessionsOnline, "session")}, ${count(result.rooms, "room")}`,
    `  uptime   ${formatUptime(result.uptimeMs)}`,
    `  tls      ${result.tls ? "on" : "off"}`,
    `  rtt      ${result.rttMs.toFixed(1)} ms`,
    "",
  ].join("\n");
}

/** Runs `parley probe` with `argv` (the words after "probe"); resolves with the exit code. */
export function runProbe(argv: string[], io: CliIo): Promise<number> {
  return runScript("probe", io, async () => {
    const command = scriptCommand("parley probe", io)
      .description(
        `Ask a server for its status over UDP (name, version, sessions, rooms, uptime, TLS). Sends up to ${PROBE_ATTEMPTS} requests; exits 4 with "no answer" if none is answered.`,
      )
      .argument("<host[:port]>", "the server, e.g. chat.example.org or [::1]:7667 (default port 7667)")
      .option("--json", "print one JSON object instead of text")
      .option("--timeout <ms>", "wait this long for each answer", String(DEFAULT_PROBE_TIMEOUT_MS));
    command.parse(argv, { from: "user" });
    const flags = command.opts<{ json?: boolean; timeout: string }>();
    const timeoutMs = /^\d+$/.test(flags.timeout) ? Number(flags.timeout) : Number.NaN;
    if (!(timeoutMs >= 1)) throw new UsageError(`--timeout: "${flags.timeout}" is not a number of ms`);
    const { host, port } = parseHostPort(command.args[0]!);
    const target = host.includes(":") ? `[${host}]:${port}` : `${host}:${port}`;
    let result: ProbeResult;
    try {
      result = await probeStatus({ host, port, timeoutMs });
    } catch (error) {
      if (error instanceof NoAnswerError) {
        throw new CannotConnectError(
          `no answer from ${target} (${PROBE_ATTEMPTS} tries, ${timeoutMs} ms each)`,
          { cause: error },
        );
      }
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "ENOTFOUND" || code === "EAI_AGAIN") {
        throw new CannotConnectError(`cannot resolve ${host}`, { cause: error });
      }
      throw error;
    }
    if (flags.json) {
      const { address, rttMs, ...status } = result;
      io.stdout.write(
        `${JSON.stringify({ host, port, address, ...status, rttMs: Math.round(rttMs * 10) / 10 })}\n`,
      );
    } else io.stdout.write(describe(target, result));
    return ExitCode.ok;
  });
}
