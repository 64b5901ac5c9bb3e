// Reading a long room back to its first message: 20,000 stored messages paged from the server as
// PgUp nears the oldest line held, a bounded window in memory, the reading position kept while live
// messages arrive, and Enter back at the newest. On the screen component and the real binary.
import { fillRoom, loggedIn } from "@parley/testkit";
import { render } from "ink-testing-library";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { ChatClient } from "../src/client/chat-client.js";
import { App } from "../src/components/App.js";
import { initialState } from "../src/state/model.js";
import { startServer } from "./helpers.js";
import { parleyCommand, Tmux } from "./tmux.js";

const MESSAGES = 20_000;
const label = (i: number) => `msg ${String(i).padStart(5, "0")}`;
const PAGE_UP = "\x1b[5~";

/** A server holding MESSAGES messages in #lobby (no rate or retention limit in the way). */
async function longRoom() {
  const started = await startServer({
    ratePerSecond: 1_000_000,
    rateBurst: 1_000_000,
    historyRetentionCount: 0,
  });
  await fillRoom(started.port, "lobby", MESSAGES, label);
  return started;
}

/** The message labels on a screen, top to bottom. */
const labels = (screen: string) => screen.match(/msg \d{5}/g) ?? [];

let unmount: (() => void) | undefined;
afterEach(() => unmount?.());
const tmux = new Tmux();
afterAll(() => tmux.kill());

describe("history paging", () => {
  it("scrolls a room of 20,000 messages from the newest to the first, steady under live messages", {
    timeout: 300_000,
  }, async () => {
    const { port } = await longRoom();
    const client = new ChatClient({ host: "127.0.0.1", port, nick: "ana", clientVersion: "test" });
    const app = render(<App connection={client} initialState={initialState("ana", "t")} onQuit={() => {}} />);
    unmount = () => {
      app.unmount();
      void client.quit("done");
    };
    const frame = () => app.lastFrame() ?? "";
    await vi.waitFor(() => expect(frame()).toContain(label(MESSAGES)), { timeout: 20_000 });
    // Every message label that has been on screen.
    const seen = new Set(labels(frame()));
    const press = async (times: number) => {
      for (let i = 0; i < times; i++) {
        app.stdin.write(PAGE_UP);
        await new Promise((resolve) => setImmediate(resolve));
        for (const l of labels(frame())) seen.add(l);
      }
    };

    // A few pages back, a live message arrives below: the rows in view stay as they were.
    await press(30);
    const before = labels(frame());
    const more = Number(/-MORE\((\d+)\)-/.exec(frame())?.[1]);
    const bob = await loggedIn(port, "bob", ["lobby"]);
    await bob.request({ sendMessage: { room: "lobby", text: "live while reading", clientMsgId: "b1" } });
    await vi.waitFor(() => expect(Number(/-MORE\((\d+)\)-/.exec(frame())?.[1])).toBeGreaterThan(more));
    expect(labels(frame())).toEqual(before);

    // On to the oldest message, every one of them on screen on the way.
    for (let presses = 0; seen.size < MESSAGES && presses < 5 * MESSAGES; presses++) await press(1);
    expect(seen.size).toBe(MESSAGES);
    expect(frame()).not.toMatch(/-MORE\(0\+?\)-/);

    // Enter goes back to the newest, paged in again, with the live message.
    app.stdin.write("\r");
    await vi.waitFor(() => expect(frame()).toContain("live while reading"), { timeout: 10_000 });
    expect(frame()).not.toMatch(/-MORE/);
  });

  it("moves a burst of PgUps that outruns the pages fetched ahead as far as it was asked", {
    timeout: 60_000,
  }, async () => {
    const started = await startServer({ ratePerSecond: 1_000_000, rateBurst: 1_000_000 });
    await fillRoom(started.port, "lobby", 600, label);
    const client = new ChatClient({ host: "127.0.0.1", port: started.port, nick: "ana", clientVersion: "t" });
    const app = render(<App connection={client} initialState={initialState("ana", "t")} onQuit={() => {}} />);
    unmount = () => {
      app.unmount();
      void client.quit("done");
    };
    const frame = () => app.lastFrame() ?? "";
    await vi.waitFor(() => expect(frame()).toContain(label(600)), { timeout: 20_000 });
    // Forty pages in one read, before any page asked for can come: far more than the join's history.
    app.stdin.write(PAGE_UP.repeat(40));
    await vi.waitFor(() => expect(labels(frame())[0]).toBe(label(1)), { timeout: 20_000 });
  });

  it("does the same in the real binary in a terminal", { timeout: 300_000 }, async () => {
    const { port } = await longRoom();
    tmux.start("ana", parleyCommand(["--port", String(port), "--nick", "ana"]), 160, 45);
    await tmux.waitForScreen("ana", new RegExp(label(MESSAGES)), 30_000);
    // The room's first message (the fillers' messages interleave, so it is not label 1).
    const reader = await loggedIn(port, "reader", [{ room: "lobby", historyLimit: 0 }]);
    const first = (await reader.request({ fetchHistory: { room: "lobby", afterSeq: 0, limit: 1 } })).history
      ?.messages?.[0]?.text;
    expect(first).toMatch(/^msg \d{5}$/);
    for (let round = 0; !tmux.screen("ana").includes(first!) && round < MESSAGES / 10; round++) {
      const before = tmux.screen("ana");
      tmux.keys("ana", ...Array<string>(10).fill("PPage"));
      // Every round moves the view, also when its keys outran the pages fetched ahead.
      await vi.waitFor(
        () => {
          // The whole screen in the failure, to see where the view stopped.
          const now = tmux.screen("ana");
          if (now === before) throw new Error(`round ${round}: ten PgUps did not move the view\n${now}`);
        },
        { timeout: 10_000 },
      );
    }
    expect(tmux.screen("ana")).toContain(first);
    expect(tmux.screen("ana")).toMatch(/-MORE\(\d+\+\)-/);
    tmux.keys("ana", "Enter");
    await tmux.waitForScreen("ana", new RegExp(label(MESSAGES)), 15_000);
  });
});
