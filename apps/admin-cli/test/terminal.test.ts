// What a terminal gets that a pipe does not: bold headers, and --watch redrawing in place. Runs runCli
// in-process against a real server, with stdout reporting itself as a terminal.
import { describe, expect, it } from "vitest";
import { runCli } from "../src/cli.js";
import { adminEnv, chatClient, startServer } from "./helpers.js";

async function runOnTerminal(args: string[], env: Record<string, string>, stopAfterWrites = 0) {
  let stdout = "";
  let writes = 0;
  let stop!: () => void;
  const interrupted = new Promise<void>((resolve) => {
    stop = resolve;
  });
  const code = await runCli(args, {
    readStdin: async () => "",
    stdout: {
      isTTY: true,
      write: (text: string) => {
        stdout += text;
        if (stopAfterWrites > 0 && ++writes >= stopAfterWrites) stop();
      },
    },
    stderr: { write: () => {} },
    env,
    homeDir: "/nonexistent",
    now: () => Date.now(),
    interrupted,
  });
  return { code, stdout };
}

describe("on a terminal", () => {
  it("styles table headers, unless NO_COLOR is set", async () => {
    const server = await startServer();
    await chatClient(server, "alice");
    const styled = await runOnTerminal(["sessions"], adminEnv(server));
    expect(styled.code).toBe(0);
    expect(styled.stdout.startsWith("\x1b[1mID")).toBe(true);
    const plain = await runOnTerminal(["sessions"], { ...adminEnv(server), NO_COLOR: "1" });
    expect(plain.stdout).not.toContain("\x1b");
  });

  it("--watch redraws in place: cursor home, lines cleared to their end, rest of screen cleared", async () => {
    const server = await startServer();
    await chatClient(server, "alice");
    const { code, stdout } = await runOnTerminal(
      ["sessions", "--watch", "--interval", "100ms"],
      { ...adminEnv(server), NO_COLOR: "1" },
      3,
    );
    expect(code).toBe(0);
    const frames = stdout.split("\x1b[H").filter(Boolean);
    expect(frames).toHaveLength(3);
    for (const frame of frames) {
      expect(frame).toMatch(/1 session\(s\), every 100ms \(Ctrl-C to quit\)\x1b\[K\n/);
      expect(frame).toMatch(/\n\d+\s+alice\s.*online\x1b\[K\n\x1b\[J$/);
    }
  });
});
