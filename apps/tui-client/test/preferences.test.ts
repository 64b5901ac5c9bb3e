// The real binary in a terminal: options changed with /set are written to the config file and read
// again on the next start, /ignore hides someone and is remembered, and the rooms and conversations
// open at exit come back on the next start.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loggedIn, tempDir } from "@parley/testkit";
import { afterAll, describe, expect, it, vi } from "vitest";
import { startServer } from "./helpers.js";
import { parleyCommand, Tmux } from "./tmux.js";

const tmux = new Tmux();
afterAll(() => tmux.kill());

describe("parley's options and saved state", () => {
  it("writes /set back, remembers /ignore, and restores rooms and conversations", {
    timeout: 90_000,
  }, async () => {
    const { server } = await startServer();
    const port = server.port;
    const home = tempDir();
    const start = () =>
      tmux.start("ana", parleyCommand(["--port", String(port), "--nick", "ana"], [], home), 110, 30);
    const bob = await loggedIn(port, "bob", ["lobby"], { answerPings: true });
    const eve = await loggedIn(port, "eve", ["lobby"], { answerPings: true });
    start();
    await tmux.waitForScreen("ana", /\[online\][\s\S]*\[#lobby\]/, 20_000);

    tmux.type("ana", "/set");
    tmux.keys("ana", "Enter");
    await tmux.waitForScreen("ana", /timestamp_format = locale[\s\S]*mouse = on/);
    tmux.type("ana", '/set timestamp_format "[HH:mm:ss]"');
    tmux.keys("ana", "Enter");
    await tmux.waitForScreen("ana", /\[\d\d:\d\d:\d\d\] .*timestamp_format = \[HH:mm:ss\] \(changed\)/);
    tmux.type("ana", "/set nicklist_width 99");
    tmux.keys("ana", "Enter");
    await tmux.waitForScreen("ana", /nicklist_width is a whole number from 8 to 40, not "99"/);
    tmux.type("ana", "/set highlight_words deploy");
    tmux.keys("ana", "Enter");
    await tmux.waitForScreen("ana", /highlight_words = deploy \(changed\)/);
    const file = JSON.parse(readFileSync(join(home, "parley", "config.json"), "utf8"));
    expect(file).toEqual({ timestamp_format: "[HH:mm:ss]", highlight_words: ["deploy"] });

    tmux.type("ana", "/ignore eve");
    tmux.keys("ana", "Enter");
    await tmux.waitForScreen("ana", /Ignoring eve/);
    await eve.request({ sendMessage: { room: "lobby", text: "buy cheap watches", clientMsgId: "e1" } });
    await bob.request({ sendMessage: { room: "lobby", text: "deploy at noon", clientMsgId: "b1" } });
    await tmux.waitForScreen("ana", /bob │ deploy at noon/);
    expect(tmux.screen("ana")).not.toContain("cheap watches");

    tmux.type("ana", "/join dev");
    tmux.keys("ana", "Enter");
    await tmux.waitForScreen("ana", /You joined #dev/);
    tmux.type("ana", "/msg bob see you");
    tmux.keys("ana", "Enter");
    await tmux.waitForScreen("ana", /ana │ see you/);
    // Saved by an effect after the screen shows the change: wait for the file, not for the screen.
    const statePath = join(home, "parley", "servers", `127.0.0.1_${port}.json`);
    await vi.waitFor(
      () =>
        expect(JSON.parse(readFileSync(statePath, "utf8"))).toEqual({
          rooms: ["lobby", "dev"],
          directs: ["bob"],
          ignore: [{ nick: "eve" }],
        }),
      { timeout: 10_000 },
    );

    tmux.type("ana", "/quit");
    tmux.keys("ana", "Enter");
    await tmux.waitForScreen("ana", /EXITED 0/);
    tmux.kill();

    // The next start: same rooms and conversation, eve still hidden, the time format kept.
    await eve.request({ sendMessage: { room: "lobby", text: "still selling watches", clientMsgId: "e2" } });
    start();
    await tmux.waitForScreen("ana", /\[online\]/, 20_000);
    const screen = await tmux.waitForScreen("ana", /2 #dev[\s\S]*3 #lobby|2 #lobby[\s\S]*3 #dev/);
    expect(screen).toMatch(/4 bob/);
    tmux.keys("ana", "M-2");
    await vi.waitFor(() => expect(tmux.screen("ana")).toMatch(/\[\d\d:\d\d:\d\d\] +bob │ deploy at noon/), {
      timeout: 10_000,
    });
    expect(tmux.screen("ana")).not.toContain("watches");
    await bob.close();
    await eve.close();
  });
});
