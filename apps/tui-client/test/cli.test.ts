// The binary's refusals before any screen appears: no terminal, a bad setting or an unknown flag.
// All exit 2 (the shared usage code) with one line saying what is wrong.
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { ExitCode } from "@parley/cli-shell";
import { describe, expect, it } from "vitest";

const appDir = join(dirname(fileURLToPath(import.meta.url)), "..");

function parley(args: string[], env: NodeJS.ProcessEnv = {}) {
  return spawnSync(process.execPath, ["--conditions=source", "--import", "tsx", "src/main.tsx", ...args], {
    cwd: appDir,
    env: { ...process.env, PARLEY_CLIENT_CONFIG: join(appDir, "no-such-config.json"), ...env },
    encoding: "utf8",
    stdio: ["pipe", "pipe", "pipe"],
    timeout: 30_000,
  });
}

describe("parley without a terminal", () => {
  it("exits 2 with a clear message when stdin and stdout are not a TTY", () => {
    const result = parley(["--nick", "ana"]);
    expect(result.status).toBe(ExitCode.usage);
    expect(result.stderr).toContain("parley: needs an interactive terminal");
    expect(result.stdout).toBe("");
  });

  it("exits 2 naming a bad setting, from a flag or the environment", () => {
    const flag = parley(["--port", "seventy"]);
    expect(flag.status).toBe(ExitCode.usage);
    expect(flag.stderr).toContain('port must be a number from 1 to 65535, not "seventy"');
    const env = parley([], { PARLEY_NICK: "two words" });
    expect(env.status).toBe(ExitCode.usage);
    expect(env.stderr).toContain('nick must be one word, not "two words"');
  });

  it("exits 2 with one line for an unknown flag, like the other Parley programs", () => {
    const result = parley(["--bogus"]);
    expect(result.status).toBe(ExitCode.usage);
    expect(result.stderr).toBe("parley: unknown option '--bogus'\n");
  });
});
