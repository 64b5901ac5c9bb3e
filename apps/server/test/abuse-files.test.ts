// Files on disk are for the server's user only: the real binary, after messages and an upload, leaves
// nothing in its data directory that group or other users may read, and refuses a data directory
// that other users may enter, as PostgreSQL does.
import { createHash } from "node:crypto";
import { chmodSync, readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { runSource } from "@parley/testkit";
import { describe, expect, it } from "vitest";
import { createServer } from "../src/server.js";
import { DataDirPermissionError } from "../src/store/data-dir.js";
import { loggedIn, spawnServer, tempDir, testConfig } from "./helpers.js";

const serverMain = join(dirname(fileURLToPath(import.meta.url)), "../src/main.ts");

/** Every path under `dir` (itself included) with its permission bits. */
function modes(dir: string): [string, number, boolean][] {
  const out: [string, number, boolean][] = [];
  const walk = (path: string) => {
    const stat = statSync(path);
    out.push([path, stat.mode & 0o777, stat.isDirectory()]);
    if (stat.isDirectory()) for (const name of readdirSync(path)) walk(join(path, name));
  };
  walk(dir);
  return out;
}

describe("data directory permissions", () => {
  it("creates the database, its WAL, the files and their directories for the server's user only", async () => {
    const dataDir = join(tempDir(), "data");
    const server = await spawnServer(["--data-dir", dataDir, "--log-level", "warn"]);
    const alice = await loggedIn(server.port, "alice");
    await alice.request({ sendMessage: { room: "lobby", text: "private words" } });
    const data = new TextEncoder().encode("invoice contents");
    const ready = await alice.request({
      fileOffer: {
        room: "lobby",
        name: "invoice.txt",
        size: data.length,
        sha256: createHash("sha256").update(data).digest("hex"),
      },
    });
    const id = ready.fileUploadReady!.uploadId!;
    await alice.request({ fileChunk: { id, offset: 0, data } });
    await alice.request({ fileUploadDone: { uploadId: id } });

    const found = modes(dataDir);
    const names = found.map(([path]) => path.slice(dataDir.length));
    expect(names).toEqual(
      expect.arrayContaining(["", "/parley.db", "/parley.db-wal", "/admin.token", "/files"]),
    );
    expect(found.some(([path, , dir]) => !dir && path.includes("/files/"))).toBe(true);
    for (const [path, mode, dir] of found) expect([path, mode]).toEqual([path, dir ? 0o700 : 0o600]);
  });

  it("refuses a data directory other users may read, naming it and the fix", async () => {
    const dataDir = tempDir();
    chmodSync(dataDir, 0o755);
    expect(() => createServer(testConfig({}, dataDir))).toThrow(DataDirPermissionError);

    const { code, stderr } = await runSource(serverMain, [
      "--port",
      "0",
      "--admin-port",
      "0",
      "--data-dir",
      dataDir,
    ]);
    expect(code).toBe(6);
    expect(stderr).toContain(`the data directory ${dataDir} is open to other users (mode 0755)`);
    expect(stderr).toContain(`chmod 700 ${dataDir}`);
    // Nothing was created in it.
    expect(readdirSync(dataDir)).toEqual([]);
  });
});
