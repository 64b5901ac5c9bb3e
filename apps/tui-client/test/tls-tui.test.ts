// The full-screen client with --tls in a real terminal (tmux): the first-use fingerprint is shown
// before the screen opens, and a changed certificate is refused on the normal screen with exit 4.
import { ExitCode } from "@parley/cli-shell";
import { makeSwappableCertificates } from "@parley/testkit";
import { afterAll, describe, expect, it, vi } from "vitest";
import { startServer, tempDir } from "./helpers.js";
import { parleyCommand, Tmux } from "./tmux.js";

const tmux = new Tmux();
afterAll(() => tmux.kill());

describe("parley --tls", () => {
  it("shows the fingerprint on first use, then refuses a changed certificate before the screen opens", {
    timeout: 60_000,
  }, async () => {
    const { a, b, live, install } = makeSwappableCertificates(tempDir());
    const { server, port } = await startServer({ tlsCert: live.certPath, tlsKey: live.keyPath });
    const config = tempDir();
    const command = (name: string) =>
      `export PARLEY_CLIENT_CONFIG=/nonexistent; ${parleyCommand(["--tls", "--port", String(port), "--nick", name], [], config)}`;

    tmux.start("first", command("ana"), 200, 30);
    // The note stays on the normal screen, under the alternate one the client then opens.
    await vi.waitFor(() => expect(tmux.format("first", "#{alternate_on}")).toBe("1"), { timeout: 20_000 });
    tmux.type("first", "/quit");
    tmux.keys("first", "Enter");
    await vi.waitFor(() => expect(tmux.screen("first")).toMatch(/EXITED/), { timeout: 20_000 });
    expect(tmux.screen("first").replace(/\n/g, "")).toContain(
      `parley: first TLS connection to 127.0.0.1:${port}; its certificate's SHA-256 fingerprint is ${a.fingerprint256}`,
    );

    install(b);
    server.reloadTls();
    tmux.start("changed", command("bob"), 200, 30);
    await vi.waitFor(() => expect(tmux.screen("changed")).toMatch(/EXITED \d+/), { timeout: 20_000 });
    const screen = tmux.screen("changed").replace(/\n/g, "");
    expect(screen).toContain(`known_hosts has ${a.fingerprint256}, the server now shows ${b.fingerprint256}`);
    expect(screen).toContain(`EXITED ${ExitCode.cannotConnect}`);
  });
});
