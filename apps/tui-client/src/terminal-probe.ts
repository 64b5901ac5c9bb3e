// Measures how wide the terminal draws the emoji sequences terminals disagree on: each sample is
// written at the start of a row, followed by a cursor-position request (CSI 6n); the column the
// terminal reports is the width it drew. Runs once, on the alternate screen, before Ink starts.
import { type ClusterProfile, PROBES, profileFromWidths } from "./components/clusters.js";

/** How long to wait for the terminal's answers before assuming it draws every sequence as one emoji. */
export const PROBE_TIMEOUT_MS = 400;

const REPORT = /\x1b\[(\d+);(\d+)R/g;

/**
 * The terminal's cluster profile, or null when it does not answer in time (then nothing is
 * rewritten). Input that is not an answer (keys typed meanwhile) is handed back to the stream.
 */
export function probeClusterWidths(
  input: NodeJS.ReadStream,
  output: NodeJS.WriteStream,
  timeoutMs = PROBE_TIMEOUT_MS,
): Promise<ClusterProfile | null> {
  const kinds = Object.keys(PROBES) as (keyof typeof PROBES)[];
  return new Promise((resolve) => {
    let received = "";
    const finish = (profile: ClusterProfile | null) => {
      clearTimeout(timer);
      input.off("data", onData);
      const rest = received.replace(REPORT, "");
      input.setRawMode(false);
      input.pause();
      if (rest) input.unshift(Buffer.from(rest));
      output.write("\r\x1b[2K");
      resolve(profile);
    };
    const onData = (chunk: Buffer) => {
      received += chunk.toString("utf8");
      const columns = [...received.matchAll(REPORT)].map((m) => Number(m[2]));
      if (columns.length < kinds.length) return;
      const widths = Object.fromEntries(kinds.map((kind, i) => [kind, columns[i]! - 1]));
      finish(profileFromWidths(widths as Record<keyof typeof PROBES, number>));
    };
    const timer = setTimeout(() => finish(null), timeoutMs);
    input.setRawMode(true);
    input.on("data", onData);
    output.write(kinds.map((kind) => `\r\x1b[2K${PROBES[kind]}\x1b[6n`).join(""));
  });
}
