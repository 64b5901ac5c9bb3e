// runCli in-process: usage errors, help, missing token and unreachable listener map to their exit codes,
// each with exactly one line on stderr. Talking to a real server is covered in ../test.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ExitCode } from "@parley/cli-shell";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "./cli.js";
import type { CliIo } from "./context.js";

const dataDir = mkdtempSync(join(tmpdir(), "parley-admin-cli-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

async function run(args: string[], env: Record<string, string> = {}) {
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    stdout: { write: (text: string) => (stdout += text), isTTY: false },
    stderr: { write: (text: string) => (stderr += text) },
    env: { PARLEY_DATA_DIR: dataDir, ...env },
    homeDir: dataDir,
    readStdin: async () => "",
    now: () => Date.now(),
    interrupted: new Promise(() => {}),
  };
  const code = await runCli(args, io);
  return { code, stdout, stderr };
}

/** A port nothing listens on: bind one, note it, close it. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe("runCli", () => {
  it("prints help with the exit codes and exits 0", async () => {
    const { code, stdout } = await run(["--help"]);
    expect(code).toBe(ExitCode.ok);
    expect(stdout).toContain("Usage: parley-admin");
    expect(stdout).toMatch(/4\s+cannot connect/);
    for (const name of [
      "sessions",
      "session",
      "kick",
      "bans",
      "unban",
      "closed",
      "stats",
      "announce",
      "audit",
    ])
      expect(stdout).toMatch(new RegExp(`^  ${name} `, "m"));
  });

  it.each([
    [["frob"], /unknown command 'frob'/],
    [["sessions", "--bogus"], /unknown option '--bogus'/],
    [["sessions", "--idle-gt", "5"], /--idle-gt: invalid duration "5"/],
    [["sessions", "--sort", "speed"], /--sort: unknown key "speed"/],
    [["kick"], /missing target/],
    [["kick", "bob", "--ban", "forever"], /--ban: invalid duration/],
    [["kick", "bob", "--ban-ip"], /need --ban/],
    [
      ["ban", "--addr", "127.0.0.1", "--for", "100000000d"],
      /--for: a timed ban lasts at most 36500d .*"permanent"/,
    ],
    [["kick", "bob", "--ban", "36501d"], /--ban: a timed ban lasts at most 36500d/],
    [["session", "abc"], /session id: "abc" is not a positive integer id/],
    [["closed", "--limit", "lots"], /--limit/],
    [["sessions", "--port", "99999"], /invalid port "99999"/],
  ])("exits 2 with one stderr line for %j", async (args, message) => {
    const { code, stdout, stderr } = await run(args, { PARLEY_ADMIN_TOKEN: "t" });
    expect(code).toBe(ExitCode.usage);
    expect(stdout).toBe("");
    expect(stderr).toMatch(message);
    expect(stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(stderr).toMatch(/^parley-admin: /);
  });

  it("exits 3 when no token can be found, naming the file it looked for", async () => {
    const { code, stderr } = await run(["sessions"]);
    expect(code).toBe(ExitCode.unauthorized);
    expect(stderr).toBe(
      `parley-admin: no admin token: ${join(dataDir, "admin.token")} not found; pass --token or set PARLEY_ADMIN_TOKEN (or --data-dir / PARLEY_DATA_DIR)\n`,
    );
  });

  it("exits 4 when nothing listens, after reading the token from the data directory", async () => {
    writeFileSync(join(dataDir, "admin.token"), "from-file\n", { mode: 0o600 });
    const port = await closedPort();
    const { code, stderr } = await run(["sessions", "--port", String(port)]);
    expect(code).toBe(ExitCode.cannotConnect);
    expect(stderr).toBe(
      `parley-admin: cannot connect to 127.0.0.1:${port}: connection refused (is parley-server running, with its admin listener here?)\n`,
    );
  });

  it("exits 4 for a Unix socket that does not exist", async () => {
    const { code, stderr } = await run(["stats", "--socket", join(dataDir, "nope.sock")], {
      PARLEY_ADMIN_TOKEN: "t",
    });
    expect(code).toBe(ExitCode.cannotConnect);
    expect(stderr).toMatch(/^parley-admin: cannot connect to unix:.*nope\.sock: no such socket/);
  });

  it("exits 4 when the listener accepts but never answers, within --timeout", async () => {
    const silent = createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const port = (silent.address() as { port: number }).port;
    try {
      const started = Date.now();
      const { code, stderr } = await run(["stats", "--port", String(port), "--timeout", "300ms"], {
        PARLEY_ADMIN_TOKEN: "t",
      });
      expect(code).toBe(ExitCode.cannotConnect);
      expect(stderr).toBe(`parley-admin: no reply from 127.0.0.1:${port} in time\n`);
      expect(Date.now() - started).toBeLessThan(5000);
    } finally {
      silent.close();
    }
  });
});
