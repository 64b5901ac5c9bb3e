// `parley send` and `parley get` against a real server: in-process with captured streams (exit
// codes, stdout for scripts, one-line errors, the stderr bar on a terminal), and the real binary.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ExitCode } from "@parley/cli-shell";
import { registerAccount } from "@parley/testkit";
import { describe, expect, it, vi } from "vitest";
import type { CliIo } from "../src/cli/common.js";
import { runGet } from "../src/cli/get.js";
import { runSend } from "../src/cli/send.js";
import { randomFile, runParley, session, startServer, tempDir } from "./helpers.js";

/** Streams captured as text; `tty` makes stderr look like a terminal. */
const PASSWORD = "correct horse battery";

function captureIo(env: NodeJS.ProcessEnv = {}, tty = false) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: { write: (t: string) => out.push(t) },
    stderr: { write: (t: string) => err.push(t), isTTY: tty, columns: 100 },
    env: { PARLEY_CLIENT_CONFIG: "/nonexistent/parley.json", HOME: "/nonexistent", ...env },
    cwd: "/",
    version: "test",
  };
  return { io, stdout: () => out.join(""), stderr: () => err.join("") };
}

describe("parley send / parley get", () => {
  it("sends to a room and fetches it back, printing the id and the saved path", async () => {
    const { port } = await startServer();
    const src = tempDir();
    const { path, data } = randomFile(src, "report.pdf", 3 * 1024 * 1024 + 5);
    const send = captureIo({ PARLEY_PORT: String(port), PARLEY_NICK: "ana" });
    expect(await runSend(["--to", "#lobby", path], send.io)).toBe(0);
    const id = send.stdout().trim();
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    expect(send.stderr()).toBe(`sent report.pdf (3 MiB) to #lobby as ${id}\n`);

    const dest = tempDir();
    const get = captureIo({ PARLEY_PORT: String(port), PARLEY_DOWNLOAD_DIR: dest });
    expect(await runGet([id], get.io)).toBe(0);
    expect(get.stdout()).toBe(`${join(dest, "report.pdf")}\n`);
    expect(get.stderr()).toContain("saved report.pdf (3 MiB) from ana to ");
    expect(readFileSync(join(dest, "report.pdf")).equals(data)).toBe(true);

    // Again, into --dir (relative to the working directory): a second copy, numbered.
    const again = captureIo({ PARLEY_PORT: String(port), PARLEY_DOWNLOAD_DIR: "/nonexistent" });
    again.io.cwd = dest;
    expect(await runGet([id, "--dir", "."], again.io)).toBe(0);
    expect(again.stdout()).toBe(`${join(dest, "report (1).pdf")}\n`);
  });

  it("sends directly to a user under a generated nick, with a progress bar when stderr is a terminal", async () => {
    const { port } = await startServer();
    // A direct file is the recipient account's: a later guest holding the nick could not fetch it.
    await registerAccount(port, "bob", PASSWORD);
    const bob = await session(port, "bob", [], PASSWORD);
    const { path, data } = randomFile(tempDir(), "clip.bin", 2 * 1024 * 1024);
    const send = captureIo({}, true);
    expect(await runSend(["--to", "bob", "--port", String(port), path], send.io)).toBe(0);
    const bar = send.stderr();
    expect(bar).toContain("\r");
    expect(bar).toMatch(/sending to bob +▕█+▏ 100% {2}2\.00 MiB of 2\.00 MiB/);
    expect(bar).toContain("left");
    const id = send.stdout().trim();

    // A direct file is fetched by the recipient's account: as another client of it, while the
    // account's chat session is still logged in.
    const dest = tempDir();
    const get = captureIo({ PARLEY_PASSWORD: PASSWORD }, true);
    expect(await runGet([id, "--port", String(port), "--nick", "bob", "--dir", dest], get.io)).toBe(0);
    expect(get.stderr()).toMatch(/from send-[0-9a-f]{6} to /);
    expect(get.stderr()).toContain("clip.bin");
    expect(readFileSync(join(dest, "clip.bin")).equals(data)).toBe(true);
    await bob.close();
  });

  it("fetches a file from another room with --room", async () => {
    const { port } = await startServer();
    const { path } = randomFile(tempDir(), "side.txt", 100);
    const send = captureIo({ PARLEY_PORT: String(port) });
    expect(await runSend(["--to", "#side", path], send.io)).toBe(0);
    const id = send.stdout().trim();
    const dest = tempDir();
    const outside = captureIo({ PARLEY_PORT: String(port) });
    expect(await runGet([id, "--dir", dest], outside.io)).toBe(ExitCode.notFound);
    const inside = captureIo({ PARLEY_PORT: String(port) });
    expect(await runGet([id, "--dir", dest, "--room", "#side"], inside.io)).toBe(0);
  });

  it("takes the short id a room shows, or any unique prefix of four characters or more", async () => {
    const { port } = await startServer();
    const src = tempDir();
    const env = { PARLEY_PORT: String(port) };
    const ids: string[] = [];
    for (const [name, room] of [
      ["a.txt", "#lobby"],
      ["b.txt", "#lobby"],
      ["c.txt", "#side"],
    ] as const) {
      const send = captureIo(env);
      expect(await runSend(["--to", room, randomFile(src, name, 10).path], send.io)).toBe(0);
      ids.push(send.stdout().trim());
    }
    const [a, b, c] = ids as [string, string, string];
    const dest = tempDir();
    const short = captureIo(env);
    expect(await runGet([a.slice(0, 8).toUpperCase(), "--dir", dest], short.io)).toBe(0);
    expect(short.stdout()).toBe(`${join(dest, "a.txt")}\n`);
    // The shortest prefix that tells b from every other file.
    const unique = [4, 5, 6, 7, 8]
      .map((n) => b.slice(0, n))
      .find((p) => !a.startsWith(p) && !c.startsWith(p))!;
    const four = captureIo(env);
    expect(await runGet([unique, "--dir", dest], four.io)).toBe(0);
    expect(four.stdout()).toBe(`${join(dest, "b.txt")}\n`);
    // A file announced in another room is found only in that room.
    const elsewhere = captureIo(env);
    expect(await runGet([c.slice(0, 8), "--dir", dest], elsewhere.io)).toBe(ExitCode.notFound);
    expect(elsewhere.stderr()).toBe(
      `parley get: No announced file has an id starting with ${c.slice(0, 8)} (looked in #lobby; --room looks in another room)\n`,
    );
    const side = captureIo(env);
    expect(await runGet([c.slice(0, 8), "--dir", dest, "--room", "side"], side.io)).toBe(0);
    expect(side.stdout()).toBe(`${join(dest, "c.txt")}\n`);
  });

  it("stops on Ctrl+C with status 130 and leaves no partial file on either side", async () => {
    const { port, dataDir } = await startServer();
    const { path } = randomFile(tempDir(), "long.bin", 32 * 1024 * 1024);
    const interrupt = (io: CliIo, controller: AbortController) => {
      io.signal = controller.signal;
      const write = io.stderr.write;
      io.stderr.write = (text: string) => {
        if (/[1-9]\d*%/.test(text) && !text.includes("hashing")) controller.abort();
        return write(text);
      };
    };
    const send = captureIo({ PARLEY_PORT: String(port), PARLEY_NICK: "ana" }, true);
    interrupt(send.io, new AbortController());
    expect(await runSend(["--to", "#lobby", path], send.io)).toBe(ExitCode.interrupted);
    expect(send.stderr()).toMatch(/parley send: cancelled\n$/);
    await vi.waitFor(() => expect(readdirSync(join(dataDir, "files", "partial"))).toEqual([]));

    const whole = captureIo({ PARLEY_PORT: String(port), PARLEY_NICK: "ana" });
    expect(await runSend(["--to", "#lobby", path], whole.io)).toBe(0);
    const dest = tempDir();
    const get = captureIo({ PARLEY_PORT: String(port), PARLEY_DOWNLOAD_DIR: dest }, true);
    interrupt(get.io, new AbortController());
    expect(await runGet([whole.stdout().trim()], get.io)).toBe(ExitCode.interrupted);
    expect(readdirSync(dest)).toEqual([]);
  });

  it("fails with one line and a distinct exit code for each kind of problem", async () => {
    const { port, server } = await startServer({ maxFileBytes: 1000 });
    const src = tempDir();
    const env = { PARLEY_PORT: String(port) };
    const cases: [string, (io: CliIo) => Promise<number>, number, RegExp][] = [
      [
        "missing file",
        (io) => runSend(["--to", "#lobby", join(src, "nope")], io),
        ExitCode.notFound,
        /No such file: .*nope/,
      ],
      [
        "too large",
        (io) => runSend(["--to", "#lobby", randomFile(src, "big", 1001).path], io),
        ExitCode.failed,
        /^parley send: "big" is too large: the server takes files of up to 1000 B\.\n$/,
      ],
      [
        "offline user",
        (io) => runSend(["--to", "zed", randomFile(src, "s", 1).path], io),
        ExitCode.notFound,
        /No user called zed is online/,
      ],
      ["no --to", (io) => runSend([join(src, "s")], io), ExitCode.usage, /--to/],
      [
        "bad --to",
        (io) => runSend(["--to", "#", join(src, "s")], io),
        ExitCode.usage,
        /--to needs "#room" or a nick/,
      ],
      ["bad id", (io) => runGet(["xyz"], io), ExitCode.usage, /"xyz" is not a file id/],
      [
        "unknown id",
        (io) => runGet(["0".repeat(32), "--dir", src], io),
        ExitCode.notFound,
        /No such file on the server/,
      ],
      [
        "bad port",
        (io) => runGet(["0".repeat(32), "--port", "99999"], io),
        ExitCode.usage,
        /port must be a number/,
      ],
    ];
    for (const [label, run, code, pattern] of cases) {
      const { io, stderr, stdout } = captureIo(env);
      expect(await run(io), label).toBe(code);
      expect(stderr(), label).toMatch(pattern);
      expect(stderr(), label).not.toMatch(/\n\s+at /);
      expect(stdout(), label).toBe("");
    }
    await server.close();
    const { io, stderr } = captureIo(env);
    expect(await runSend(["--to", "#lobby", randomFile(src, "t", 1).path], io)).toBe(ExitCode.cannotConnect);
    expect(stderr()).toBe(`parley send: cannot connect to 127.0.0.1:${port}: connection refused\n`);
  });
});

describe("the parley binary", () => {
  it("sends and gets a multi-megabyte file end to end, and explains its mistakes", async () => {
    const { port } = await startServer();
    const { path, data } = randomFile(tempDir(), "album.zip", 6 * 1024 * 1024 + 1);
    const env = { PARLEY_PORT: String(port) };
    const sent = await runParley(["send", "--to", "#lobby", "--nick", "ana", path], env);
    expect(sent.stderr).toContain("sent album.zip (6 MiB) to #lobby as ");
    expect(sent.code).toBe(0);
    const id = sent.stdout.trim();
    expect(id).toMatch(/^[0-9a-f]{32}$/);

    const dest = tempDir();
    const got = await runParley(["get", id.slice(0, 8), "--dir", dest], env);
    expect(got.code).toBe(0);
    expect(got.stdout).toBe(`${join(dest, "album.zip")}\n`);
    expect(readFileSync(join(dest, "album.zip")).equals(data)).toBe(true);

    const wrong = await runParley(["get", "nope"], env);
    expect(wrong.code).toBe(ExitCode.usage);
    expect(wrong.stderr).toBe(
      'parley get: "nope" is not a file id (32 hex digits, or the first 4 or more of them)\n',
    );
  }, 90_000); // three cold starts of the binary from source: seconds each on a busy machine
});
