// A first run in a real terminal, no nick given: a nick the client can tell is invalid is refused
// at the prompt, one the server refuses brings the prompt back with its reason, and the room the
// person lands in shows the welcome text and the nick actually taken.
import { loggedIn } from "@parley/testkit";
import { afterAll, describe, expect, it } from "vitest";
import { startServer } from "./helpers.js";
import { parleyCommand, Tmux } from "./tmux.js";

const tmux = new Tmux();
afterAll(() => tmux.kill());

describe("a first run", () => {
  it("asks again for a refused nick and greets the person in the room they land in", {
    timeout: 90_000,
  }, async () => {
    const { server } = await startServer();
    // "mia" is taken, so the client will try "mia_".
    await loggedIn(server.port, "mia", ["lobby"], { answerPings: true, clientName: "holder" });

    tmux.start("new", parleyCommand(["--port", String(server.port)]), 100, 30);
    await tmux.waitForScreen("new", /Choose a nick/, 20_000);
    tmux.type("new", "bad nick!");
    tmux.keys("new", "Enter");
    await tmux.waitForScreen("new", /A nick may hold letters, digits and _-\[\]\{\}\| only/);

    // Longer than the server allows (32 characters): only the server can tell.
    tmux.keys("new", ...Array.from({ length: 9 }, () => "BSpace"));
    tmux.type("new", "m".repeat(40));
    tmux.keys("new", "Enter");
    await tmux.waitForScreen("new", /is not a valid nick: a nick has at most 32 characters/);
    expect(tmux.screen("new")).toContain("Choose a nick");

    tmux.keys("new", ...Array.from({ length: 40 }, () => "BSpace"));
    tmux.type("new", "mia");
    tmux.keys("new", "Enter");
    const screen = await tmux.waitForScreen("new", /\[online\][\s\S]*\[#lobby\]/);
    expect(screen).toContain("Welcome to Parley. Type /help for commands.");
    expect(screen).toContain("The nick mia is in use; trying mia_.");
    expect(screen).toContain("You joined #lobby");
  });
});
