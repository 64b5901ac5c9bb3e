// Emoji sequences at the right edge of the message view, in a real terminal (tmux draws skin tones
// and text symbols with U+FE0F at widths of its own): the frame stays whole, title bar included.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PROTOCOL_VERSION, ProtocolClient } from "@parley/protocol";
import { createServer, defaultConfig, type ParleyServer, resolveConfig } from "@parley/server";
import { afterAll, describe, expect, it, vi } from "vitest";
import { parleyCommand, Tmux } from "./tmux.js";

const tmux = new Tmux();
const dataDir = mkdtempSync(join(tmpdir(), "parley-wide-"));
let server: ParleyServer | undefined;

afterAll(async () => {
  tmux.kill();
  await server?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe("wide characters in a terminal", () => {
  it("keeps the frame whole with skin-tone, family, flag and variation-selector emoji near the edge", {
    timeout: 60_000,
  }, async () => {
    const config = resolveConfig(defaultConfig({}), {
      port: 0,
      adminPort: 0,
      http: false,
      dataDir,
      host: "127.0.0.1",
    });
    server = createServer(config);
    await server.listen();
    const rows = 45;
    tmux.start("ana", parleyCommand(["--port", String(server.port), "--nick", "ana"]), 80, rows);
    await vi.waitFor(() => expect(tmux.screen("ana")).toMatch(/\[online\]/), { timeout: 20_000 });

    const bob = await ProtocolClient.connect({ port: server.port });
    await bob.request({ hello: { protocolVersion: PROTOCOL_VERSION, clientName: "bot" } });
    await bob.request({ login: { nick: "bob", rooms: [{ room: "lobby" }] } });
    // Each emoji twice, starting a column further right on each line, so one lands on the edge.
    for (const [i, emoji] of ["👍🏽", "👨‍👩‍👧‍👦", "🇫🇷", "❤️", "🏳️‍🌈"].entries()) {
      const text = Array.from({ length: 4 }, (_, pad) => `${"x".repeat(27 + pad)}${emoji}${emoji} end`);
      await bob.request({ sendMessage: { room: "lobby", text: text.join("\n"), clientMsgId: `e${i}` } });
    }
    await bob.close();

    const screen = await vi.waitFor(
      () => {
        const text = tmux.screen("ana");
        expect(text).toContain("bob quit");
        return text.replace(/\n$/, "").split("\n");
      },
      { timeout: 10_000 },
    );
    expect(screen).toHaveLength(rows);
    expect(screen[0]).toMatch(/^ #lobby/);
    expect(screen[rows - 2]).toMatch(/^ \[online\] /);
    expect(screen[rows - 1]).toMatch(/^\[#lobby\]/);
    // Every row of the body still ends in the nick list's column.
    for (const row of screen.slice(1, rows - 2)) expect(row).toMatch(/│[^│]*$/);
  });
});
