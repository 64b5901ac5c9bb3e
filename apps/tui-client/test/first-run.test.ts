// A first run in a real terminal, no nick given: a nick the client can tell is invalid is refused
// at the prompt, one the server refuses brings the prompt back with its reason, and the room the
// person lands in shows the welcome text and the nick actually taken.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PROTOCOL_VERSION, ProtocolClient } from "@parley/protocol";
import { createServer, defaultConfig, type ParleyServer, resolveConfig } from "@parley/server";
import { afterAll, describe, expect, it, vi } from "vitest";
import { parleyCommand, Tmux } from "./tmux.js";

const tmux = new Tmux();
const dataDir = mkdtempSync(join(tmpdir(), "parley-first-run-"));
let server: ParleyServer | undefined;
let holder: ProtocolClient | undefined;

afterAll(async () => {
  tmux.kill();
  await holder?.close();
  await server?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function waitForScreen(pattern: RegExp, timeout = 15_000): Promise<string> {
  return vi.waitFor(
    () => {
      const screen = tmux.screen("new");
      expect(screen).toMatch(pattern);
      return screen;
    },
    { timeout, interval: 100 },
  );
}

describe("a first run", () => {
  it("asks again for a refused nick and greets the person in the room they land in", {
    timeout: 90_000,
  }, async () => {
    const config = resolveConfig(defaultConfig({}), { port: 0, adminPort: 0, dataDir, host: "127.0.0.1" });
    server = createServer(config);
    await server.listen();
    // "mia" is taken, so the client will try "mia_".
    holder = await ProtocolClient.connect({ port: server.port });
    await holder.request({ hello: { protocolVersion: PROTOCOL_VERSION, clientName: "holder" } });
    await holder.request({ login: { nick: "mia", rooms: [{ room: "lobby" }] } });

    tmux.start("new", parleyCommand(["--port", String(server.port)]), 100, 30);
    await waitForScreen(/Choose a nick/, 20_000);
    tmux.type("new", "bad nick!");
    tmux.keys("new", "Enter");
    await waitForScreen(/A nick may hold letters, digits and _-\[\]\{\}\| only/);

    // Longer than the server allows (32 characters): only the server can tell.
    tmux.keys("new", ...Array.from({ length: 9 }, () => "BSpace"));
    tmux.type("new", "m".repeat(40));
    tmux.keys("new", "Enter");
    await waitForScreen(/is not a valid nick: a nick has at most 32 characters/);
    expect(tmux.screen("new")).toContain("Choose a nick");

    tmux.keys("new", ...Array.from({ length: 40 }, () => "BSpace"));
    tmux.type("new", "mia");
    tmux.keys("new", "Enter");
    const screen = await waitForScreen(/\[online\][\s\S]*\[#lobby\]/);
    expect(screen).toContain("Welcome to Parley. Type /help for commands.");
    expect(screen).toContain("The nick mia is in use; trying mia_.");
    expect(screen).toContain("You joined #lobby");
  });
});
