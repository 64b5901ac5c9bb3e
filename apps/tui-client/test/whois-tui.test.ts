// The real binary in a terminal against a real server: /whois prints who someone is in the current
// buffer, /away marks us away (the status bar says so, others see it, a DM sender is told once), a
// message to an away user shows their away message, and /back ends it.
import { PresenceKind } from "@parley/protocol";
import { barrier, loggedIn, registerAccount } from "@parley/testkit";
import { afterAll, describe, expect, it } from "vitest";
import { startServer } from "./helpers.js";
import { parleyCommand, Tmux } from "./tmux.js";

const tmux = new Tmux();
afterAll(() => tmux.kill());

describe("/whois and /away in parley", () => {
  it("shows whois replies and away state, and tells a DM sender once", { timeout: 60_000 }, async () => {
    const { server } = await startServer();
    await registerAccount(server.port, "bob", "correct horse battery");
    const bob = await loggedIn(server.port, "bob", ["lobby"], {
      password: "correct horse battery",
      answerPings: true,
    });
    const told: string[] = [];
    bob.onEvent((e) => {
      if (e.userAway) told.push(e.userAway.message ?? "");
    });

    tmux.start("ana", parleyCommand(["--port", String(server.port), "--nick", "ana"]), 100, 30);
    await tmux.waitForScreen("ana", /You joined #lobby[\s\S]*\[online\]/, 20_000);
    // bob holds an account; ana is a guest, marked "~" in the nick list.
    await tmux.waitForScreen("ana", /│~ana/);

    tmux.type("ana", "/whois bob");
    tmux.keys("ana", "Enter");
    await tmux.waitForScreen("ana", /bob is logged in to the account bob[\s\S]*rooms you share: #lobby/);

    tmux.type("ana", "/away out for lunch");
    tmux.keys("ana", "Enter");
    await tmux.waitForScreen("ana", /You are away: out for lunch[\s\S]*ana \(away\)/);
    await bob.waitFor((e) => e.presence?.kind === PresenceKind.PRESENCE_KIND_AWAY);
    await bob.request({ sendMessage: { toNick: "ana", text: "lunch where?" } });
    await bob.request({ sendMessage: { toNick: "ana", text: "hello?" } });
    await barrier(bob);
    expect(told).toEqual(["out for lunch"]);

    await bob.request({ setAway: { message: "in a meeting" } });
    tmux.type("ana", "/msg bob see you at two");
    tmux.keys("ana", "Enter");
    await tmux.waitForScreen("ana", /bob is away \(since [^)]+\): in a meeting/);

    tmux.type("ana", "/back");
    tmux.keys("ana", "Enter");
    await tmux.waitForScreen("ana", /You are back\./);
    await bob.waitFor((e) => e.presence?.kind === PresenceKind.PRESENCE_KIND_BACK);
    expect(tmux.screen("ana")).not.toContain("(away)");
    await bob.close();
  });
});
