// The binary's refusals before any screen appears: no terminal, a bad setting or an unknown flag.
// All exit 2 (the shared usage code) with one line saying what is wrong.
import { ExitCode } from "@parley/cli-shell";
import { describe, expect, it } from "vitest";
import { runParley } from "./helpers.js";

describe("parley without a terminal", () => {
  it("exits 2 with a clear message when stdin and stdout are not a TTY", async () => {
    const result = await runParley(["--nick", "ana"]);
    expect(result.code).toBe(ExitCode.usage);
    expect(result.stderr).toContain("parley: needs an interactive terminal");
    expect(result.stdout).toBe("");
  });

  it("exits 2 naming a bad setting from a flag", async () => {
    const flag = await runParley(["--port", "seventy"]);
    expect(flag.code).toBe(ExitCode.usage);
    expect(flag.stderr).toContain('port must be a number from 1 to 65535, not "seventy"');
  });

  it("exits 2 naming a bad setting from the environment", async () => {
    const env = await runParley([], { PARLEY_NICK: "two words" });
    expect(env.code).toBe(ExitCode.usage);
    expect(env.stderr).toContain('nick must be one word, not "two words"');
  });

  it("exits 2 with one line for an unknown flag, like the other Parley programs", async () => {
    const result = await runParley(["--bogus"]);
    expect(result.code).toBe(ExitCode.usage);
    expect(result.stderr).toBe("parley: unknown option '--bogus'\n");
  });
});
