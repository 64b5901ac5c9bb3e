// What a person types reaches the room as they typed it, in a real terminal: lines typed faster
// than the screen redraws are each sent on their own Enter.
import type { ChatMessage } from "@parley/protocol";
import { loggedIn } from "@parley/testkit";
import { afterAll, describe, expect, it, vi } from "vitest";
import { startServer } from "./helpers.js";
import { parleyCommand, Tmux } from "./tmux.js";

const tmux = new Tmux();
afterAll(() => tmux.kill());

describe("typing in parley", () => {
  it("sends each line of a fast burst on its own Enter", { timeout: 60_000 }, async () => {
    const { server } = await startServer();
    const received: ChatMessage[] = [];
    const observer = await loggedIn(server.port, "watcher", ["lobby"], { answerPings: true });
    observer.onEvent((envelope) => {
      if (envelope.message?.text?.startsWith("fast")) received.push(envelope.message);
    });

    tmux.start("ana", parleyCommand(["--port", String(server.port), "--nick", "ana"]));
    await vi.waitFor(() => expect(tmux.screen("ana")).toMatch(/\[online\][\s\S]*\[#lobby\]/), {
      timeout: 20_000,
    });
    // One write to the terminal: the client reads it as one run of input.
    tmux.keys("ana", "fast one", "Enter", "fast two", "Enter", "fast three", "Enter");
    await vi.waitFor(
      () => expect(received.map((m) => m.text)).toEqual(["fast one", "fast two", "fast three"]),
      {
        timeout: 10_000,
      },
    );
    await vi.waitFor(
      () => {
        const screen = tmux.screen("ana");
        for (const text of ["fast one", "fast two", "fast three"]) expect(screen).toContain(`ana │ ${text}`);
      },
      { timeout: 10_000 },
    );
  });
});
