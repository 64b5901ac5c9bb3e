// One server per data directory: a second one exits at once with a clear message and a non-zero
// code, and the lock dies with its holder, so a restart after SIGKILL starts.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { runSource } from "@parley/testkit";
import { describe, expect, it } from "vitest";
import { createServer } from "../src/server.js";
import { DataDirLockedError } from "../src/store/lock.js";
import { loggedIn, spawnServer, startServer, tempDir, testConfig } from "./helpers.js";

const serverMain = join(dirname(fileURLToPath(import.meta.url)), "../src/main.ts");

/** Runs the real binary to its exit. */
const runToExit = (args: string[]) => runSource(serverMain, args);

describe("data directory lock", () => {
  it("refuses a second server process on the same data directory, and frees it on SIGKILL", async () => {
    const dataDir = tempDir();
    const args = ["--port", "0", "--admin-port", "0", "--data-dir", dataDir, "--log-level", "warn"];
    const first = await spawnServer(args);
    const second = await runToExit(args);
    expect(second.code).not.toBe(0);
    expect(second.stderr).toContain(`the data directory ${dataDir} is in use`);
    // The first is untouched.
    const alice = await loggedIn(first.port, "alice");
    expect((await alice.request({ sendMessage: { room: "lobby", text: "still mine" } })).message?.seq).toBe(
      1,
    );

    first.child.kill("SIGKILL");
    await new Promise((resolve) => first.child.once("exit", resolve));
    const again = await spawnServer(args);
    const bob = await loggedIn(again.port, "bob", [{ room: "lobby", resume: true, sinceSeq: 0 }]);
    expect((await bob.request({ sendMessage: { room: "lobby", text: "after" } })).message?.seq).toBe(2);
  });

  it("refuses a second server in the same process until the first has shut down", async () => {
    const first = await startServer();
    expect(() => createServer(testConfig({}, first.config.dataDir))).toThrow(DataDirLockedError);
    await first.server.close();
    const second = await startServer({}, { dataDir: first.dataDir });
    expect(second.port).toBeGreaterThan(0);
  });
});
