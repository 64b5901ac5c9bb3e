// The real parley-server binary's refusals before it listens: each is one `parley-server:` line on
// stderr and the shared usage code, and --help lists every setting's flag and the exit codes.
import { ExitCode } from "@parley/cli-shell";
import { runSource } from "@parley/testkit";
import { describe, expect, it } from "vitest";
import { flagName, SETTING_NAMES } from "../src/settings.js";

const serverMain = new URL("../src/main.ts", import.meta.url).pathname;

function parleyServer(args: string[], env: NodeJS.ProcessEnv = {}) {
  return runSource(serverMain, args, { env: { ...process.env, ...env } });
}

describe("parley-server's command line", () => {
  it("exits 2 with one line for an unknown flag, a bad value or an impossible combination", async () => {
    for (const [args, env, line] of [
      [["--bogus"], {}, "parley-server: unknown option '--bogus'\n"],
      [["--port", "eighty"], {}, 'parley-server: --port: port must be a whole number ≥ 0, got "eighty"\n'],
      [[], { PARLEY_MAX_FRAME_BYTES: "100" }, "parley-server: maxFrameBytes must be at least 1024\n"],
    ] as const) {
      const result = await parleyServer([...args], env);
      expect(result.stderr).toBe(line);
      expect(result.code).toBe(ExitCode.usage);
      expect(result.stdout).toBe("");
    }
  });

  it("prints every setting's flag and the exit codes on --help, and exits 0", async () => {
    const result = await parleyServer(["--help"]);
    expect(result.code).toBe(ExitCode.ok);
    for (const key of SETTING_NAMES) expect(result.stdout).toContain(`--${flagName(key)} `);
    expect(result.stdout).toMatch(/Exit codes:[\s\S]*2 {2}usage error/);
  });
});
