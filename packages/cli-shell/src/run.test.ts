// The shell in-process: every failure becomes one `prog: message` line and the table's code.
import { Command } from "commander";
import { describe, expect, it } from "vitest";
import { shellCommand } from "./commander.js";
import { CannotConnectError, FailedError, NotFoundError, UnauthorizedError, UsageError } from "./errors.js";
import { ExitCode, exitCodesHelp, signalExitCode } from "./exit-codes.js";
import { runToExitCode } from "./run.js";

function streams() {
  const out = { stdout: "", stderr: "" };
  return {
    out,
    io: {
      stdout: { write: (text: string) => (out.stdout += text) },
      stderr: { write: (text: string) => (out.stderr += text) },
    },
  };
}

describe("runToExitCode", () => {
  it("returns the body's code, or ok when it returns nothing", async () => {
    const { io } = streams();
    expect(await runToExitCode("p", io.stderr, () => 7)).toBe(7);
    expect(await runToExitCode("p", io.stderr, async () => {})).toBe(ExitCode.ok);
  });

  it.each([
    [new UsageError("bad --port"), ExitCode.usage, "p: bad --port\n"],
    [new NotFoundError("no such file"), ExitCode.notFound, "p: no such file\n"],
    [new UnauthorizedError("token refused"), ExitCode.unauthorized, "p: token refused\n"],
    [new CannotConnectError("refused\n  at 127.0.0.1"), ExitCode.cannotConnect, "p: refused at 127.0.0.1\n"],
    [new FailedError("quota exceeded"), ExitCode.failed, "p: quota exceeded\n"],
    [new TypeError("x is undefined"), ExitCode.failed, "p: unexpected error: x is undefined\n"],
  ])("maps %s to its code and one line", async (error, code, line) => {
    const { io, out } = streams();
    expect(
      await runToExitCode("p", io.stderr, () => {
        throw error;
      }),
    ).toBe(code);
    expect(out.stderr).toBe(line);
  });

  it("lets the program translate its own errors", async () => {
    const { io, out } = streams();
    class Refused extends Error {}
    const code = await runToExitCode(
      "p",
      io.stderr,
      () => Promise.reject(new Refused("nick taken")),
      (error) => (error instanceof Refused ? new FailedError(`refused: ${error.message}`) : undefined),
    );
    expect(code).toBe(ExitCode.failed);
    expect(out.stderr).toBe("p: refused: nick taken\n");
  });

  it("gives Commander's usage errors code 2 with one prefixed line, and --help code 0", async () => {
    const make = (io: ReturnType<typeof streams>["io"]) =>
      shellCommand(new Command("p"), "p", io).option("--port <n>", "a port");
    const bad = streams();
    expect(
      await runToExitCode("p", bad.io.stderr, () => void make(bad.io).parse(["--bogus"], { from: "user" })),
    ).toBe(ExitCode.usage);
    expect(bad.out.stderr).toBe("p: unknown option '--bogus'\n");
    const help = streams();
    expect(
      await runToExitCode("p", help.io.stderr, () => void make(help.io).parse(["--help"], { from: "user" })),
    ).toBe(ExitCode.ok);
    expect(help.out.stdout).toContain("Usage: p");
    expect(help.out.stderr).toBe("");
  });
});

describe("the table", () => {
  it("has one meaning per number", () => {
    const numbers = Object.values(ExitCode);
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(ExitCode).toMatchObject({ usage: 2, unauthorized: 3, cannotConnect: 4, notFound: 1 });
  });

  it("lists chosen codes in the help text and derives signal codes", () => {
    expect(exitCodesHelp([ExitCode.ok, ExitCode.usage])).toBe(
      "Exit codes:\n    0  success\n    2  usage error (bad arguments or settings)\n  128+n  ended by signal n (143 for SIGTERM)",
    );
    expect(signalExitCode("SIGTERM")).toBe(143);
    expect(signalExitCode("SIGHUP")).toBe(129);
  });
});
