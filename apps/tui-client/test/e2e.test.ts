// End to end: a real server and two real `parley` clients in pseudo-terminals (tmux). One types,
// the other sees it; the server restarts while messages are sent, and both resume with no gap and
// no duplicate; then one is kicked and shows who did it and why.
import { adminClient, loggedIn, tempDir } from "@parley/testkit";
import { afterAll, describe, expect, it, vi } from "vitest";
import { startServer as startTestServer } from "./helpers.js";
import { parleyCommand, Tmux } from "./tmux.js";

const tmux = new Tmux();
afterAll(() => tmux.kill());

const count = (screen: string, text: string) => screen.split(text).length - 1;

/** A plain protocol client in the room, to write while the terminal clients are away. */
async function writer(port: number, nick: string, texts: string[]): Promise<void> {
  const client = await loggedIn(port, nick, ["lobby"]);
  for (const [i, text] of texts.entries())
    await client.request({ sendMessage: { room: "lobby", text, clientMsgId: `w${i}` } });
  await client.close();
}

describe("parley in a terminal", () => {
  it("chats, survives a server restart without gaps or duplicates, and shows a kick", {
    timeout: 120_000,
  }, async () => {
    const dataDir = tempDir("parley-e2e-");
    /** A server on the shared data directory; on `port` for a restart (0: a free one). */
    const startServer = async (port = 0) => (await startTestServer({ port }, { dataDir })).server;
    let server = await startServer();
    const port = server.port;
    tmux.start("ana", parleyCommand(["--port", String(port), "--nick", "ana"]));
    tmux.start("bob", parleyCommand(["--port", String(port), "--nick", "bob"]));
    await tmux.waitForScreen("ana", /\[online\]/);
    await tmux.waitForScreen("bob", /\[online\]/);
    await tmux.waitForScreen("ana", /→ bob joined|2 here/);

    // One types, the other sees it, wide characters intact.
    tmux.type("ana", "hello bob, 你好，世界");
    tmux.keys("ana", "Enter");
    await tmux.waitForScreen("bob", /ana │ hello bob, 你好，世界/);

    // A direct message opens a conversation on both sides; the recipient sees it flagged, Alt+A goes there.
    tmux.type("bob", "/msg ana are you free at 3?");
    tmux.keys("bob", "Enter");
    await tmux.waitForScreen("bob", /\[ana\]/);
    await tmux.waitForScreen("ana", /bob\s+1!/);
    tmux.keys("ana", "M-a");
    await tmux.waitForScreen("ana", /bob │ are you free at 3\?/);
    tmux.type("ana", "yes, 3 works");
    tmux.keys("ana", "Enter");
    await tmux.waitForScreen("bob", /ana │ yes, 3 works/);
    tmux.keys("ana", "M-2");
    tmux.keys("bob", "M-2");
    await tmux.waitForScreen("ana", /\[#lobby\]/);
    await tmux.waitForScreen("bob", /\[#lobby\]/);

    // Resizing redraws to the new size: narrower drops the nick list, and long lines re-wrap.
    tmux.type("ana", "一二三四五六七八九十".repeat(8));
    tmux.keys("ana", "Enter");
    await tmux.waitForScreen("bob", /一二三四五六七八九十/);
    tmux.resize("bob", 70, 16);
    const narrow = await vi.waitFor(
      () => {
        const screen = tmux.screen("bob");
        const rows = screen.replace(/\n$/, "").split("\n");
        expect(rows.length).toBeLessThanOrEqual(16);
        expect(screen).not.toContain("2 here");
        expect(rows.some((row) => row.includes("[online]"))).toBe(true);
        return rows;
      },
      { timeout: 10_000 },
    );
    const wideRows = narrow.filter((row) => /[一二三四五六七八九十]/.test(row));
    expect(wideRows.length).toBeGreaterThan(2);
    expect(wideRows.join("").replace(/[^一二三四五六七八九十]/g, "")).toBe("一二三四五六七八九十".repeat(8));
    tmux.resize("bob", 100, 30);
    await tmux.waitForScreen("bob", /2 here/);

    // The server goes away. While it is down, ana writes (queued); in between, a third user writes
    // into the stored history through a server instance on another port, so the terminal clients
    // can only learn of those messages by resuming.
    await server.close();
    await tmux.waitForScreen("ana", /reconnecting in/);
    await tmux.waitForScreen("bob", /reconnecting in/);
    tmux.type("ana", "written while the server was down");
    tmux.keys("ana", "Enter");
    await tmux.waitForScreen("ana", /written while the server was down/);
    const interim = await startServer();
    await writer(interim.port, "cy", ["missed one", "missed two"]);
    await interim.close();
    server = await startServer(port);

    for (const name of ["ana", "bob"]) {
      await tmux.waitForScreen(name, /Reconnected\.[\s\S]*\[online\]/, 30_000);
      // The replay follows the login, so "Reconnected." can be on screen a moment before it.
      const all = await tmux.waitForScreen(
        name,
        /^(?=[\s\S]*missed two)(?=[\s\S]*written while the server was down)/,
      );
      for (const text of [
        "hello bob, 你好，世界",
        "missed one",
        "missed two",
        "written while the server was down",
      ]) {
        expect(count(all, text), `${name} shows "${text}" once`).toBe(1);
      }
      expect(all.indexOf("missed one")).toBeLessThan(all.indexOf("missed two"));
    }

    // After the restart the conversation simply continues.
    tmux.type("bob", "back again");
    tmux.keys("bob", "Enter");
    await tmux.waitForScreen("ana", /bob │ back again/);

    // An operator kicks bob with a ban: bob sees who and why, and stays out.
    const admin = await adminClient(server);
    await admin.request({
      adminKick: { nick: "bob", reason: "testing kicks", banDurationMs: 60_000, banNick: true, by: "oper" },
    });
    await admin.close();
    await tmux.waitForScreen("bob", /You were kicked by oper: testing kicks/);
    await tmux.waitForScreen("bob", /\[kicked by oper, back in \d+s\]/);
    await tmux.waitForScreen("ana", /bob was kicked by oper \(testing kicks\)/);

    // /quit leaves the alternate screen and exits with status 0.
    tmux.type("ana", "/quit see you");
    tmux.keys("ana", "Enter");
    const after = await tmux.waitForScreen("ana", /EXITED 0/);
    expect(after).not.toContain("[online]");
  });
});
