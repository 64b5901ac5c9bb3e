// The real binary in a terminal against a real server: /search finds a message older than anything
// loaded, lists it with the matching word highlighted, /search alone pages on, and /goto shows it in
// its room with the messages around it loaded from the server.
import { loggedIn } from "@parley/testkit";
import { afterAll, describe, expect, it } from "vitest";
import { startServer } from "./helpers.js";
import { parleyCommand, Tmux } from "./tmux.js";

const tmux = new Tmux();
afterAll(() => tmux.kill());

describe("/search in parley", () => {
  it("finds old history on the server, highlights it, pages, and jumps to it in context", {
    timeout: 60_000,
  }, async () => {
    const { server } = await startServer({ ratePerSecond: 10_000, rateBurst: 10_000, searchMaxResults: 1 });
    const bob = await loggedIn(server.port, "bob", ["lobby"], { answerPings: true });
    const say = (text: string) => bob.request({ sendMessage: { room: "lobby", text } });
    for (let i = 1; i <= 5; i++) await say(`warmup ${i}`);
    await say("the deploy failed at three");
    for (let i = 1; i <= 150; i++) await say(`filler ${i}`);
    await say("deploy fixed now");
    await say("redeploy tomorrow");

    tmux.start("ana", parleyCommand(["--port", String(server.port), "--nick", "ana"]), 100, 30);
    await tmux.waitForScreen("ana", /bob │ redeploy tomorrow[\s\S]*\[online\]/, 20_000);

    tmux.type("ana", "/search Deploy");
    tmux.keys("ana", "Enter");
    await tmux.waitForScreen("ana", /1\. #lobby: deploy fixed now[\s\S]*so far: \/goto N/);
    // The matching word is drawn in reverse video; "redeploy" does not start with the term.
    expect(tmux.screen("ana", true)).toMatch(/\x1b\[[0-9;]*7[0-9;]*m\x1b?\[?[0-9;]*m?deploy/i);
    tmux.type("ana", "/search");
    tmux.keys("ana", "Enter");
    await tmux.waitForScreen("ana", /2\. #lobby: the deploy failed at three[\s\S]*2 matches: \/goto N/);

    tmux.type("ana", "/goto 2");
    tmux.keys("ana", "Enter");
    // The ten messages on each side of it come from the server; the view starts at the oldest.
    const screen = await tmux.waitForScreen(
      "ana",
      /bob │ warmup 1 [\s\S]*bob │ the deploy failed at three [\s\S]*bob │ filler 10 /,
    );
    expect(screen).not.toContain("filler 11 ");
    expect(screen).toMatch(/\[#lobby\]/);
    await bob.close();
  });
});
