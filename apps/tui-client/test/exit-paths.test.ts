// Every way out of parley leaves the terminal as it was: off the alternate screen, cursor visible;
// and a terminal closed under it ends it quietly. Runs the real binary in tmux.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ExitCode, signalExitCode } from "@parley/cli-shell";
import { PresenceKind } from "@parley/protocol";
import { loggedIn } from "@parley/testkit";
import { afterAll, describe, expect, it, vi } from "vitest";
import { startServer, tempDir } from "./helpers.js";
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

describe("closing the terminal", () => {
  it("ends parley by the hang-up, quietly, after telling the server it left", {
    timeout: 60_000,
  }, async () => {
    const { port } = await startServer();
    const bob = await loggedIn(port, "bob");
    const dir = tempDir("parley-hangup-");
    const err = join(dir, "stderr.txt");
    const code = join(dir, "code.txt");
    // The pane's shell survives the hang-up (a trapped, not ignored, SIGHUP is reset for the client)
    // and records how the client ended, where a closed terminal cannot lose it.
    const command = parleyCommand(["--port", String(port), "--nick", "ana"]).replace(
      /; echo "EXITED \$\?"; sleep 600$/,
      ` 2>'${err}'; echo $? > '${code}'`,
    );
    const own = new Tmux();
    own.start("ana", `trap 'true' HUP; ${command}`, 80, 20);
    await vi.waitFor(() => expect(own.screen("ana")).toMatch(/\[online\]/), { timeout: 20_000 });
    // Seen joining first: a join and a quit in one presence batch cancel out for the others.
    await bob.waitFor((e) => e.presence?.kind === PresenceKind.PRESENCE_KIND_JOIN, 10_000);
    own.kill();
    const quit = await bob.waitFor(
      (e) => e.presence?.kind === PresenceKind.PRESENCE_KIND_QUIT && e.presence.nick === "ana",
      10_000,
    );
    expect(quit.presence?.reason).toBe("terminal closed");
    await vi.waitFor(() => expect(existsSync(code)).toBe(true), { timeout: 10_000 });
    await vi.waitFor(() => expect(readFileSync(code, "utf8").trim()).toBe(String(signalExitCode("SIGHUP"))));
    expect(readFileSync(err, "utf8")).toBe("");
  });
});
