// What parley writes to a real terminal once its screen is up: rows that changed, never a cleared and
// redrawn screen. Read from the bytes themselves (tmux pipe-pane), at the size the benchmark uses.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loggedIn, tempDir } from "@parley/testkit";
import { afterAll, describe, expect, it, vi } from "vitest";
import { startServer } from "./helpers.js";
import { parleyCommand, Tmux } from "./tmux.js";

const tmux = new Tmux();
afterAll(() => tmux.kill());

const CLEAR_SCREEN = "\x1b[2J";

describe("drawing in a real terminal", () => {
  it("rewrites only the rows that changed, for new messages and for each key", {
    timeout: 60_000,
  }, async () => {
    const { server } = await startServer();
    tmux.start("ana", parleyCommand(["--port", String(server.port), "--nick", "ana"]), 160, 45);
    await tmux.waitForScreen("ana", /\[online\][\s\S]*\[#lobby\]/, 20_000);
    const written = join(tempDir("parley-redraw-"), "pane.bin");
    tmux.record("ana", written);
    const bytes = () => {
      try {
        return readFileSync(written, "latin1");
      } catch {
        return "";
      }
    };

    const bob = await loggedIn(server.port, "bob", ["lobby"], { answerPings: true });
    for (let i = 1; i <= 20; i++)
      await bob.request({ sendMessage: { room: "lobby", text: `line ${i}`, clientMsgId: `b${i}` } });
    await tmux.waitForScreen("ana", /bob │ line 20/);
    await vi.waitFor(() => expect(bytes()).toContain("line 20"));
    expect(bytes()).not.toContain(CLEAR_SCREEN);

    // One key: the input row again, not the 160x45 screen (about 10 KB with its colours).
    const before = bytes().length;
    tmux.type("ana", "q");
    await tmux.waitForScreen("ana", /\[#lobby\] q/);
    await vi.waitFor(() => expect(bytes().slice(before)).toMatch(/\[#lobby\] .*q/));
    expect(bytes().length - before).toBeLessThan(1000);
    expect(bytes()).not.toContain(CLEAR_SCREEN);
  });
});
