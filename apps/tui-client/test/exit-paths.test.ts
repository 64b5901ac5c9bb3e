// Every way out of parley leaves the terminal as it was: off the alternate screen, cursor visible.
// Runs the real binary in tmux; no server is needed (the client keeps trying to connect).
import { ExitCode, signalExitCode } from "@parley/cli-shell";
import { afterAll, describe, expect, it, vi } from "vitest";
import { parleyCommand, Tmux } from "./tmux.js";

const tmux = new Tmux();
afterAll(() => tmux.kill());

/** An unused port: nothing listens there, so the client shows its reconnect countdown. */
const NO_SERVER = "1";

async function startClient(name: string, preload: string[] = []): Promise<void> {
  tmux.start(name, parleyCommand(["--port", NO_SERVER, "--nick", name], preload), 80, 20);
  await vi.waitFor(() => expect(tmux.screen(name)).toMatch(/\[reconnecting in \d+s\]/), { timeout: 20_000 });
  expect(tmux.format(name, "#{alternate_on}")).toBe("1");
  expect(tmux.format(name, "#{cursor_flag}")).toBe("0");
}

async function expectRestored(name: string, exitCode: number): Promise<string> {
  const screen = await vi.waitFor(
    () => {
      const text = tmux.screen(name);
      expect(text).toContain(`EXITED ${exitCode}`);
      return text;
    },
    { timeout: 10_000 },
  );
  expect(tmux.format(name, "#{alternate_on}")).toBe("0");
  expect(tmux.format(name, "#{cursor_flag}")).toBe("1");
  expect(screen).not.toContain("[reconnecting");
  return screen;
}

describe("leaving parley", () => {
  it("restores the terminal on Ctrl+C", { timeout: 40_000 }, async () => {
    await startClient("ctrlc");
    tmux.keys("ctrlc", "C-c");
    await expectRestored("ctrlc", 0);
  });

  it("restores the terminal on SIGTERM", { timeout: 40_000 }, async () => {
    await startClient("term");
    process.kill(tmux.childPid("term")!, "SIGTERM");
    await expectRestored("term", signalExitCode("SIGTERM"));
  });

  it("restores the terminal and explains itself on a crash", { timeout: 40_000 }, async () => {
    await startClient("crash", ["./test/crash-on-signal.mjs"]);
    process.kill(tmux.childPid("crash")!, "SIGUSR2");
    const screen = await expectRestored("crash", ExitCode.failed);
    expect(screen).toContain("parley crashed: Error: deliberate crash for the exit-path test");
  });
});
