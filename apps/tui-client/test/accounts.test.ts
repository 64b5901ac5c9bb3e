// Accounts from the person's side, with the real programs: `parley register` (password from
// PARLEY_PASSWORD), `parley send` logging in to a registered nick, and the full-screen client logging
// in with its password and registering with /register (the password drawn as dots), showing at
// login a direct message queued while it was offline, with its unread count, and sharing traffic and
// read markers with another client of the same account.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { loggedIn, registerAccount } from "@parley/testkit";
import { afterAll, describe, expect, it, vi } from "vitest";
import { runParley, startServer, tempDir } from "./helpers.js";
import { parleyCommand, Tmux } from "./tmux.js";

// Each run of the binary takes a second or more under tsx, several on a loaded machine.
vi.setConfig({ testTimeout: 120_000 });

const PASSWORD = "correct horse battery";
const tmux = new Tmux();
afterAll(() => tmux.kill());

describe("parley register", () => {
  it("registers a nick with the password from PARLEY_PASSWORD, once", async () => {
    const { server } = await startServer();
    const args = ["register", "--nick", "ana", "--port", String(server.port)];
    const done = await runParley(args, { PARLEY_PASSWORD: PASSWORD });
    expect(done.stderr).toContain(`registered ana on 127.0.0.1:${server.port}`);
    expect(done.code).toBe(0);
    const again = await runParley(args, { PARLEY_PASSWORD: PASSWORD });
    expect(again.code).toBe(6);
    expect(again.stderr).toMatch(/^parley register: .*registered already\n$/);
    // No password and no terminal to ask on: a usage error that says what to do.
    const none = await runParley(["register", "--nick", "bo", "--port", String(server.port)], {
      PARLEY_PASSWORD: "",
    });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("set PARLEY_PASSWORD");
  });

  it("lets parley send log in to a registered nick with its password only", async () => {
    const { server } = await startServer();
    await registerAccount(server.port, "cy", PASSWORD);
    const file = join(tempDir(), "note.txt");
    writeFileSync(file, "hello");
    const args = ["send", "--nick", "cy", "--to", "#lobby", file, "--port", String(server.port)];
    const refused = await runParley(args, { PARLEY_PASSWORD: "" });
    expect(refused.code).toBe(6);
    expect(refused.stderr).toContain("the nick cy is registered: set PARLEY_PASSWORD");
    const sent = await runParley(args, { PARLEY_PASSWORD: PASSWORD });
    expect(sent.code).toBe(0);
    expect(sent.stdout).toMatch(/^[0-9a-f]{32}\n$/);
  });
});

describe("the full-screen client", () => {
  it("logs in to its account with PARLEY_PASSWORD, and a guest registers with /register", {
    timeout: 120_000,
  }, async () => {
    const { server } = await startServer();
    await registerAccount(server.port, "dee", PASSWORD);
    const port = String(server.port);
    tmux.start(
      "owner",
      `export PARLEY_PASSWORD='${PASSWORD}' && ${parleyCommand(["--port", port, "--nick", "dee"])}`,
      100,
      30,
    );
    const owner = await tmux.waitForScreen("owner", /You joined #lobby[\s\S]*\[online\]/, 30_000);
    expect(owner).not.toContain("dee_");

    // Without the password the registered nick is refused, and the client takes another.
    // Wide enough that the lines checked below are not wrapped.
    tmux.start("guest", parleyCommand(["--port", port, "--nick", "dee"]), 200, 30);
    await tmux.waitForScreen("guest", /The nick dee is registered .*; trying dee_\./, 30_000);
    await tmux.waitForScreen("guest", /You joined #lobby[\s\S]*\[online\]/, 30_000);
    tmux.type("guest", "/register another secret");
    await tmux.waitForScreen("guest", /\/register •{14}/);
    expect(tmux.screen("guest")).not.toContain("another secret");
    tmux.keys("guest", "Enter");
    await tmux.waitForScreen("guest", /Registered dee_: this nick is yours now/);
  });

  it("shows a direct message sent while it was offline, counted unread, at its next login", {
    timeout: 120_000,
  }, async () => {
    const { server } = await startServer();
    await registerAccount(server.port, "eli", PASSWORD);
    const bob = await loggedIn(server.port, "bob", undefined, { answerPings: true });
    const ack = await bob.request({ sendMessage: { toNick: "eli", text: "see you tomorrow" } });
    expect(ack.message?.queued).toBe(true);
    tmux.start(
      "eli",
      `export PARLEY_PASSWORD='${PASSWORD}' && ${parleyCommand(["--port", String(server.port), "--nick", "eli"])}`,
      120,
      30,
    );
    await tmux.waitForScreen("eli", /Act: 3:bob 1!/, 30_000);
    tmux.keys("eli", "M-3");
    await tmux.waitForScreen("eli", /bob │ see you tomorrow/, 30_000);
  });

  it("is one person with another client of its account: the same traffic and the same read markers", {
    timeout: 120_000,
  }, async () => {
    const { server } = await startServer();
    await registerAccount(server.port, "fin", PASSWORD);
    const bob = await loggedIn(server.port, "bob", undefined, { answerPings: true });
    const phone = await loggedIn(server.port, "fin", undefined, { password: PASSWORD, answerPings: true });
    tmux.start(
      "fin",
      `export PARLEY_PASSWORD='${PASSWORD}' && ${parleyCommand(["--port", String(server.port), "--nick", "fin"])}`,
      120,
      30,
    );
    await tmux.waitForScreen("fin", /You joined #lobby[\s\S]*\[online\]/, 30_000);
    // Read on the terminal (the room is on screen at its bottom): the phone hears of it.
    const said = await bob.request({ sendMessage: { room: "lobby", text: "hello fin" } });
    await tmux.waitForScreen("fin", /bob │ hello fin/, 30_000);
    const read = await phone.waitFor((e) => e.readMarker?.room === "lobby", 30_000);
    expect(Number(read.readMarker?.seq)).toBe(Number(said.message?.seq));
    // Sent from the phone: shown on the terminal as its own.
    await phone.request({ sendMessage: { room: "lobby", text: "from the phone" } });
    await tmux.waitForScreen("fin", /fin │ from the phone/, 30_000);
    // A direct message read on the phone is no longer unread on the terminal.
    const dm = await bob.request({ sendMessage: { toNick: "fin", text: "psst" } });
    await tmux.waitForScreen("fin", /Act: 3:bob 1!/, 30_000);
    await phone.request({ setReadMarker: { withNick: "bob", seq: dm.message?.seq ?? 0 } });
    await vi.waitFor(() => expect(tmux.screen("fin")).not.toContain("Act: 3:bob"), { timeout: 30_000 });
  });
});
