// When the server ends the connection it says why first (a fatal Error), and the terminal client
// shows that reason rather than a bare "connection lost": flooding, then a shutdown.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createServer, defaultConfig, type ParleyServer, resolveConfig } from "@parley/server";
import { afterAll, describe, expect, it, vi } from "vitest";
import { parleyCommand, Tmux } from "./tmux.js";

const tmux = new Tmux();
const dataDir = mkdtempSync(join(tmpdir(), "parley-server-close-"));
let server: ParleyServer | undefined;

afterAll(async () => {
  tmux.kill();
  await server?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function waitForScreen(pattern: RegExp, timeout = 15_000): Promise<string> {
  return vi.waitFor(
    () => {
      const screen = tmux.screen("ana");
      expect(screen).toMatch(pattern);
      return screen;
    },
    { timeout, interval: 100 },
  );
}

describe("a connection the server closes", () => {
  it("shows the reason the server gave: flooding, then shutting down", { timeout: 90_000 }, async () => {
    const config = resolveConfig(defaultConfig({}), {
      port: 0,
      adminPort: 0,
      dataDir,
      host: "127.0.0.1",
      ratePerSecond: 1,
      rateBurst: 5,
      floodDisconnectAfter: 3,
    });
    server = createServer(config);
    await server.listen();
    tmux.start("ana", parleyCommand(["--port", String(server.port), "--nick", "ana"]), 120, 30);
    await waitForScreen(/\[online\][\s\S]*\[#lobby\]/, 20_000);

    // Faster than one a second, in one burst: refused, then disconnected for flooding. (Messages are
    // paced by the client's send queue; /rooms is a request like any other.)
    tmux.keys("ana", ...Array.from({ length: 12 }, () => ["/rooms", "Enter"]).flat());
    await waitForScreen(/Connection lost \(the server disconnected you for sending too fast\)/);
    await waitForScreen(/Reconnected\.[\s\S]* \[online\] /, 30_000);

    await server.close();
    server = undefined;
    await waitForScreen(/Connection lost \(the server is shutting down\)/);
  });
});
