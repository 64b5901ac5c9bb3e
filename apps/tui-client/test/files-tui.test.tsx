// File transfer in the full-screen client: two Apps under ink-testing-library, each with a real
// chat client on a real server. /send shows a progress bar then the outcome; the recipient sees the
// file message and fetches it with /get by the short id it shows.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { render } from "ink-testing-library";
import { describe, expect, it, vi } from "vitest";
import { ChatClient } from "../src/client/chat-client.js";
import { App } from "../src/components/App.js";
import { initialState } from "../src/state/model.js";
import { onCleanup, randomFile, startServer, tempDir } from "./helpers.js";

async function openApp(port: number, nick: string, downloadDir: string) {
  const connection = new ChatClient({ host: "127.0.0.1", port, nick, clientVersion: "test" });
  const app = render(
    <App
      connection={connection}
      initialState={initialState(nick, "test")}
      onQuit={() => {}}
      downloadDir={downloadDir}
    />,
  );
  onCleanup(async () => {
    app.unmount();
    await connection.quit("test over");
  });
  await vi.waitFor(() => expect(app.lastFrame()).toContain("[#lobby]"), { timeout: 10_000 });
  const type = async (text: string) => {
    app.stdin.write(text);
    await new Promise((resolve) => setImmediate(resolve));
  };
  return { app, type, frame: () => app.lastFrame() ?? "" };
}

describe("file transfer in the TUI", () => {
  it("sends with /send and fetches with /get, showing progress on both sides", async () => {
    const { port } = await startServer();
    const dest = tempDir();
    const alice = await openApp(port, "alice", tempDir());
    const bob = await openApp(port, "bob", dest);
    const { path, data } = randomFile(tempDir(), "big.bin", 24 * 1024 * 1024);

    await alice.type(`/send #lobby ${path}`);
    await alice.type("\r");
    await vi.waitFor(() => expect(alice.frame()).toContain("✔ sent (24 MiB)"), { timeout: 20_000 });
    const uploadLines = alice.app.frames
      .join("\n")
      .split("\n")
      .filter((l) => l.includes("↑ big.bin → #lobby"));
    expect(uploadLines.some((l) => /▕.*▏ +\d+%/.test(l) && l.includes("left"))).toBe(true);

    // Both see the file message with a short id to fetch it by.
    await vi.waitFor(() =>
      expect(bob.frame()).toMatch(/sent a file: big\.bin \(24 MiB\) · \/get [0-9a-f]{8}/),
    );
    expect(alice.frame()).toMatch(/sent a file: big\.bin \(24 MiB\)/);
    const shortId = /\/get ([0-9a-f]{8})/.exec(bob.frame())![1]!;

    await bob.type(`/get ${shortId}`);
    await bob.type("\r");
    await vi.waitFor(() => expect(bob.frame()).toContain(`Saved big.bin to ${join(dest, "big.bin")}`), {
      timeout: 20_000,
    });
    expect(bob.app.frames.join("\n")).toMatch(/↓ big\.bin from alice/);
    expect(readFileSync(join(dest, "big.bin")).equals(data)).toBe(true);
  }, 60_000);

  it("reports problems in the conversation and keeps chatting", async () => {
    const { port } = await startServer({ maxFileBytes: 1000 });
    const alice = await openApp(port, "alice", tempDir());
    const { path } = randomFile(tempDir(), "big.bin", 1001);
    await alice.type(`/send ${path}`);
    await alice.type("\r");
    await vi.waitFor(() => expect(alice.frame()).toContain('"big.bin" is too large'));
    await alice.type("/get beef");
    await alice.type("\r");
    await vi.waitFor(() =>
      expect(alice.frame()).toContain("No announced file has an id starting with beef."),
    );
    await alice.type("/send nobody-here /nonexistent/file");
    await alice.type("\r");
    await vi.waitFor(() => expect(alice.frame()).toContain("No such file: /nonexistent/file"));
    await alice.type("/cancel");
    await alice.type("\r");
    await vi.waitFor(() => expect(alice.frame()).toContain("No file transfer is running."));
    await alice.type("still chatting\r");
    await vi.waitFor(() => expect(alice.frame()).toMatch(/alice.*still chatting/));
  });

  it("stops a running transfer with /cancel", async () => {
    const { port } = await startServer();
    const alice = await openApp(port, "alice", tempDir());
    const { path } = randomFile(tempDir(), "huge.bin", 64 * 1024 * 1024);
    await alice.type(`/send ${path}`);
    await alice.type("\r");
    await vi.waitFor(() => expect(alice.frame()).toContain("↑ huge.bin → #lobby"));
    await alice.type("/cancel");
    await alice.type("\r");
    await vi.waitFor(() => expect(alice.frame()).toContain("✘ cancelled: Cancelled."));
    expect(alice.frame()).toContain("Transfer cancelled.");
    expect(alice.frame()).not.toContain("sent a file: huge.bin");
  });
});
