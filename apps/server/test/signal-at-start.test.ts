// A stop signal that reaches parley-server while it is still starting, or the moment its "listening"
// line appears (the line tools take as ready), is a graceful shutdown with exit code 0, not a kill.

import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { spawnSource, tempDir } from "@parley/testkit";
import { describe, expect, it } from "vitest";

const main = fileURLToPath(new URL("../src/main.ts", import.meta.url));

/** Starts the binary, sends `signal` as soon as the log line `msg` appears, resolves with the exit code. */
async function signalAt(
  msg: string,
  signal: NodeJS.Signals,
): Promise<{ code: number | null; lines: string[] }> {
  const child = spawnSource(
    main,
    ["--port", "0", "--admin-port", "0", "--http-port", "0", "--data-dir", tempDir(), "--log-level", "info"],
    {
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  const lines: string[] = [];
  createInterface({ input: child.stdout! }).on("line", (line) => {
    lines.push(line);
    if (line.includes(`"msg":"${msg}"`)) child.kill(signal);
  });
  const code = await new Promise<number | null>((resolve) => child.once("exit", (c) => resolve(c)));
  return { code, lines };
}

describe("signals while starting", () => {
  it("shuts down gracefully on SIGTERM sent while it starts: listens, then stops with 0", async () => {
    const { code, lines } = await signalAt("starting", "SIGTERM");
    expect(code).toBe(0);
    expect(lines.some((l) => l.includes('"msg":"listening"'))).toBe(true);
    expect(lines.some((l) => l.includes('"msg":"shutting down"'))).toBe(true);
  });

  it("shuts down gracefully on SIGINT sent the moment it says it is listening", async () => {
    const { code } = await signalAt("listening", "SIGINT");
    expect(code).toBe(0);
  });
});
