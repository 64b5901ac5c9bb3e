// The real binary in a terminal: mouse reporting is on while the client runs (and off after /set
// mouse off and after it exits), a click on the room list switches rooms, and the wheel scrolls.
import { loggedIn } from "@parley/testkit";
import { afterAll, describe, expect, it, vi } from "vitest";
import { startServer } from "./helpers.js";
import { parleyCommand, Tmux } from "./tmux.js";

const tmux = new Tmux();
afterAll(() => tmux.kill());

/** What a terminal in SGR mode sends for a button press (and its release) at a cell. */
const click = (column: number, row: number) => `\x1b[<0;${column};${row}M\x1b[<0;${column};${row}m`;
const wheelUp = (column: number, row: number) => `\x1b[<64;${column};${row}M`;

describe("the mouse in parley", () => {
  it("switches rooms on a click, scrolls with the wheel, and leaves the terminal's mouse mode off", {
    timeout: 60_000,
  }, async () => {
    const { server } = await startServer({ ratePerSecond: 10_000, rateBurst: 10_000 });
    const bob = await loggedIn(server.port, "bob", ["lobby"], { answerPings: true });
    for (let i = 1; i <= 60; i++) await bob.request({ sendMessage: { room: "lobby", text: `line ${i}` } });
    tmux.start("ana", parleyCommand(["--port", String(server.port), "--nick", "ana"]), 100, 24);
    await tmux.waitForScreen("ana", /bob │ line 60[\s\S]*\[online\]/, 20_000);
    await vi.waitFor(() => expect(tmux.format("ana", "#{mouse_sgr_flag}")).toBe("1"), { timeout: 5000 });

    tmux.type("ana", "/join dev");
    tmux.keys("ana", "Enter");
    await tmux.waitForScreen("ana", /You joined #dev[\s\S]*\[#dev\]/);
    // The room list: row 2 is "1 parley", row 3 "2 #lobby", row 4 "3 #dev".
    tmux.type("ana", click(4, 3));
    await tmux.waitForScreen("ana", /\[#lobby\]\s*$/);
    expect(tmux.screen("ana")).toContain("line 60");

    tmux.type("ana", wheelUp(50, 10).repeat(4));
    const scrolled = await tmux.waitForScreen("ana", /-MORE\(\d+\)-/);
    expect(scrolled).not.toContain("line 60 ");

    tmux.type("ana", "/set mouse off");
    tmux.keys("ana", "Enter");
    await vi.waitFor(() => expect(tmux.format("ana", "#{mouse_any_flag}")).toBe("0"), { timeout: 5000 });
    tmux.type("ana", "/set mouse on");
    tmux.keys("ana", "Enter");
    await vi.waitFor(() => expect(tmux.format("ana", "#{mouse_any_flag}")).toBe("1"), { timeout: 5000 });
    tmux.type("ana", "/quit");
    tmux.keys("ana", "Enter");
    await tmux.waitForScreen("ana", /EXITED 0/);
    expect(tmux.format("ana", "#{mouse_any_flag}")).toBe("0");
    await bob.close();
  });
});
