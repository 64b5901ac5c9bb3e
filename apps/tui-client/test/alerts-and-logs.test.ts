// The real binary in a terminal: a mention or a direct message rings the bell and writes the
// desktop-notification escape the options ask for (read from what the program wrote to the pane),
// and with logging on, conversations land in plain-text files, one per conversation per day.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { loggedIn, tempDir } from "@parley/testkit";
import { afterAll, describe, expect, it, vi } from "vitest";
import { localDate } from "../src/logging.js";
import { startServer } from "./helpers.js";
import { parleyCommand, Tmux } from "./tmux.js";

const tmux = new Tmux();
afterAll(() => tmux.kill());

const read = (path: string) => {
  try {
    return readFileSync(path, "latin1");
  } catch {
    return "";
  }
};

describe("alerts and logs", () => {
  it("notifies on a mention and a direct message, as configured, and logs both conversations", {
    timeout: 60_000,
  }, async () => {
    const { server } = await startServer();
    const home = tempDir();
    const logs = join(tempDir(), "logs");
    mkdirSync(join(home, "parley"));
    writeFileSync(join(home, "parley", "config.json"), JSON.stringify({ log: true, log_dir: logs }));
    const bob = await loggedIn(server.port, "bob", ["lobby"], { answerPings: true });
    tmux.start("ana", parleyCommand(["--port", String(server.port), "--nick", "ana"], [], home));
    await tmux.waitForScreen("ana", /\[online\][\s\S]*\[#lobby\]/, 20_000);
    const written = join(tempDir(), "pane.out");
    tmux.record("ana", written);

    await bob.request({ sendMessage: { room: "lobby", text: "ana: ping", clientMsgId: "b1" } });
    await vi.waitFor(() => expect(read(written)).toContain("\x07\x1b]9;#lobby: bob: ana: ping\x07"), {
      timeout: 10_000,
    });
    await bob.request({ sendMessage: { room: "lobby", text: "nothing to see", clientMsgId: "b2" } });

    tmux.type("ana", "/set notify osc777");
    tmux.keys("ana", "Enter");
    tmux.type("ana", "/set bell off");
    tmux.keys("ana", "Enter");
    await tmux.waitForScreen("ana", /bell = off/);
    await bob.request({ sendMessage: { toNick: "ana", text: "psst", clientMsgId: "b3" } });
    await vi.waitFor(() => expect(read(written)).toContain("\x1b]777;notify;bob;bob: psst\x07"), {
      timeout: 10_000,
    });
    expect(read(written)).not.toContain("\x07\x1b]777");
    expect(read(written)).not.toContain("nothing to see\x07");

    tmux.type("ana", "hello all");
    tmux.keys("ana", "Enter");
    const folder = join(logs, `127.0.0.1_${server.port}`);
    const today = localDate(Date.now());
    await vi.waitFor(
      () => {
        const lobby = read(join(folder, `#lobby.${today}.log`));
        expect(lobby).toMatch(
          /^\[\d\d:\d\d:\d\d\] <bob> ana: ping\n\[\d\d:\d\d:\d\d\] <bob> nothing to see\n/,
        );
        expect(lobby).toMatch(/<ana> hello all\n$/);
        expect(read(join(folder, `bob.${today}.log`))).toMatch(/^\[\d\d:\d\d:\d\d\] <bob> psst\n$/);
      },
      { timeout: 10_000 },
    );
    await bob.close();
  });
});
