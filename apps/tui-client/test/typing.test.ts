// What a person types reaches the room as they typed it, in a real terminal: lines typed faster
// than the screen redraws are each sent on their own Enter.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type ChatMessage, PROTOCOL_VERSION, ProtocolClient } from "@parley/protocol";
import { createServer, defaultConfig, type ParleyServer, resolveConfig } from "@parley/server";
import { afterAll, describe, expect, it, vi } from "vitest";
import { parleyCommand, Tmux } from "./tmux.js";

const tmux = new Tmux();
const dataDir = mkdtempSync(join(tmpdir(), "parley-typing-"));
let server: ParleyServer | undefined;
let observer: ProtocolClient | undefined;

afterAll(async () => {
  tmux.kill();
  await observer?.close();
  await server?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe("typing in parley", () => {
  it("sends each line of a fast burst on its own Enter", { timeout: 60_000 }, async () => {
    const config = resolveConfig(defaultConfig({}), { port: 0, adminPort: 0, dataDir, host: "127.0.0.1" });
    server = createServer(config);
    await server.listen();
    const received: ChatMessage[] = [];
    observer = await ProtocolClient.connect({ port: server.port });
    observer.onEvent((envelope) => {
      if (envelope.message?.text?.startsWith("fast")) received.push(envelope.message);
    });
    await observer.request({ hello: { protocolVersion: PROTOCOL_VERSION, clientName: "observer" } });
    await observer.request({ login: { nick: "watcher", rooms: [{ room: "lobby" }] } });

    tmux.start("ana", parleyCommand(["--port", String(server.port), "--nick", "ana"]));
    await vi.waitFor(() => expect(tmux.screen("ana")).toMatch(/\[online\][\s\S]*\[#lobby\]/), {
      timeout: 20_000,
    });
    // One write to the terminal: the client reads it as one run of input.
    tmux.keys("ana", "fast one", "Enter", "fast two", "Enter", "fast three", "Enter");
    await vi.waitFor(
      () => expect(received.map((m) => m.text)).toEqual(["fast one", "fast two", "fast three"]),
      {
        timeout: 10_000,
      },
    );
    await vi.waitFor(
      () => {
        const screen = tmux.screen("ana");
        for (const text of ["fast one", "fast two", "fast three"]) expect(screen).toContain(`ana │ ${text}`);
      },
      { timeout: 10_000 },
    );
  });
});
