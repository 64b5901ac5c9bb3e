// Scrollback in a real terminal: a message far longer than the screen is read row by row with PgUp
// up to what came before it, and a refused paste leaves its reason in view.
import { loggedIn } from "@parley/testkit";
import { afterAll, describe, expect, it, vi } from "vitest";
import { startServer } from "./helpers.js";
import { parleyCommand, Tmux } from "./tmux.js";

const tmux = new Tmux();
afterAll(() => tmux.kill());

describe("scrollback in a terminal", () => {
  it("scrolls a wrapped 3,000-character message by rows and shows why a paste was refused", {
    timeout: 90_000,
  }, async () => {
    const { server } = await startServer();
    tmux.start("ana", parleyCommand(["--port", String(server.port), "--nick", "ana"]), 80, 24);
    await tmux.waitForScreen("ana", /\[online\][\s\S]*\[#lobby\]/, 20_000);

    const bob = await loggedIn(server.port, "bob", ["lobby"]);
    await bob.request({ sendMessage: { room: "lobby", text: "the line before", clientMsgId: "b1" } });
    const words = Array.from({ length: 600 }, (_, i) => `w${String(i).padStart(3, "0")}`);
    await bob.request({ sendMessage: { room: "lobby", text: words.join(" "), clientMsgId: "b2" } });
    await bob.close();
    // Fewer messages than rows, but one of them is taller than the screen.
    const seen = new Set<string>();
    let previous = await tmux.waitForNewScreen("ana", "", /w599/);
    for (const word of previous.match(/w\d{3}/g) ?? []) seen.add(word);
    for (let i = 0; i < 40 && !seen.has("the line before"); i++) {
      tmux.keys("ana", "PPage");
      const screen = await tmux.waitForNewScreen("ana", previous, /-MORE\(\d+\)-/);
      previous = screen;
      for (const word of screen.match(/w\d{3}/g) ?? []) seen.add(word);
      if (screen.includes("the line before")) seen.add("the line before");
    }
    expect(seen.has("the line before")).toBe(true);
    expect(words.filter((w) => !seen.has(w))).toEqual([]);
    tmux.keys("ana", "End", "Enter");
    await vi.waitFor(() => expect(tmux.screen("ana")).not.toMatch(/-MORE/));

    // A paste longer than the server accepts: the refusal's reason is on screen at once.
    tmux.paste("ana", "y".repeat(4100));
    tmux.keys("ana", "Enter");
    await tmux.waitForScreen("ana", /Not sent \(That message is too/);
  });
});
