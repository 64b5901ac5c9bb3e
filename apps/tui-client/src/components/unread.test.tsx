// Unread counts that follow the person: the screen under ink-testing-library shows the counts
// LoggedIn gave, the "new" line where the account stopped reading, moves both when another client
// reads, and sends the marker for the buffer shown at its bottom.
import { render } from "ink-testing-library";
import { afterEach, expect, it, vi } from "vitest";
import { FakeConnection } from "../../test/fake-connection.js";
import { initialState } from "../state/model.js";
import { App } from "./App.js";

let unmount: (() => void) | undefined;
afterEach(() => unmount?.());

const history = (room: string, last: number) => ({
  type: "history" as const,
  target: { room },
  fresh: false,
  messages: Array.from({ length: last }, (_, i) => ({
    room,
    seq: i + 1,
    fromNick: "bob",
    text: `${room} line ${i + 1}`,
    sentAtMs: Date.UTC(2026, 0, 1, 12, i),
  })),
});

it("shows LoggedIn's unread counts and the new line, follows other clients, and marks what is shown", async () => {
  const connection = new FakeConnection();
  const app = render(
    <App connection={connection} initialState={initialState("ana", "testnet")} onQuit={vi.fn()} />,
  );
  unmount = app.unmount;
  const frame = () => app.lastFrame() ?? "";
  await vi.waitFor(() => expect(connection.started).toBe(true));
  connection.emit(
    { type: "status", status: { type: "online" } },
    {
      type: "loggedIn",
      nick: "ana",
      unread: [
        { target: { room: "dev" }, readSeq: 2, count: 3 },
        { target: { room: "lobby" }, readSeq: 4, count: 1 },
      ],
    },
    { type: "joined", room: "dev", topic: "", members: [], lastSeq: 5, resumed: false },
    history("dev", 5),
    { type: "joined", room: "lobby", topic: "", members: [], lastSeq: 5, resumed: false },
    history("lobby", 5),
  );
  await vi.waitFor(() => expect(frame()).toContain("Act: 2:#dev 3"));
  // The room shown is at its bottom: read now, on this client and through the server.
  await vi.waitFor(() =>
    expect(connection.callsOf("markRead")).toEqual([
      { method: "markRead", target: { room: "lobby" }, seq: 5 },
    ]),
  );
  expect(frame()).toMatch(/lobby line 4[\s\S]*── new ─[\s\S]*lobby line 5/);

  // Another client read part of #dev: the count follows.
  connection.emit({ type: "readMarker", target: { room: "dev" }, seq: 4 });
  await vi.waitFor(() => expect(frame()).toContain("Act: 2:#dev 1"));
  app.stdin.write("\x1b2"); // Alt+2: #dev
  await vi.waitFor(() => expect(frame()).toMatch(/dev line 4[\s\S]*── new ─[\s\S]*dev line 5/));
  await vi.waitFor(() =>
    expect(connection.callsOf("markRead").at(-1)).toEqual({
      method: "markRead",
      target: { room: "dev" },
      seq: 5,
    }),
  );
});
