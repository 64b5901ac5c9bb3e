// The chat screen under ink-testing-library with a scripted connection: typing, history,
// completion, room switching, unread counts, scrolling, wide text.
import { render } from "ink-testing-library";
import { afterEach, describe, expect, it, vi } from "vitest";
import { FakeConnection } from "../../test/fake-connection.js";
import { initialState } from "../state/model.js";
import { App } from "./App.js";

let unmount: (() => void) | undefined;
afterEach(() => unmount?.());

function chatMessage(room: string, seq: number, fromNick: string, text: string) {
  return {
    type: "message" as const,
    message: { room, seq, fromNick, text, sentAtMs: Date.UTC(2026, 0, 1, 12, 0) },
  };
}

async function setup() {
  const connection = new FakeConnection();
  const onQuit = vi.fn();
  const app = render(
    <App connection={connection} initialState={initialState("ana", "testnet")} onQuit={onQuit} />,
  );
  unmount = app.unmount;
  await vi.waitFor(() => expect(connection.started).toBe(true));
  connection.emit(
    { type: "status", status: { type: "online" } },
    {
      type: "joined",
      room: "lobby",
      topic: "Welcome all",
      members: [{ nick: "ana" }, { nick: "bob" }, { nick: "bea" }],
      lastSeq: 0,
      resumed: false,
    },
  );
  await vi.waitFor(() => expect(app.lastFrame()).toContain("[#lobby]"));
  const type = async (text: string) => {
    app.stdin.write(text);
    await new Promise((resolve) => setImmediate(resolve));
  };
  return { connection, onQuit, app, type, frame: () => app.lastFrame() ?? "" };
}

describe("App", () => {
  it("shows the room, topic, members and status", async () => {
    const { frame } = await setup();
    expect(frame()).toContain("#lobby — Welcome all");
    expect(frame()).toContain("3 here");
    expect(frame()).toContain("bea");
    expect(frame()).toContain("[online]");
    expect(frame()).toContain("ana");
  });

  it("keeps the member count in view above a nick list longer than the screen", async () => {
    const { connection, frame } = await setup();
    const members = Array.from({ length: 200 }, (_, i) => ({ nick: `m${String(i).padStart(3, "0")}` }));
    connection.emit({ type: "joined", room: "big", topic: "", members, lastSeq: 0, resumed: false });
    await vi.waitFor(() => expect(frame()).toContain("[#big]"));
    const rows = frame().split("\n");
    expect(rows[1]).toContain("200 here");
    expect(rows[2]).toContain("m000");
    const more = Number(/\+(\d+) more/.exec(frame())?.[1]);
    const listed = frame().match(/m\d{3}/g) ?? [];
    expect(listed.length + more).toBe(200);
  });

  it("sends typed text on Enter and shows it pending until the server acknowledges it", async () => {
    const { connection, type, frame } = await setup();
    await type("hello world");
    await vi.waitFor(() => expect(frame()).toContain("[#lobby] hello world"));
    await type("\r");
    await vi.waitFor(() => expect(connection.callsOf("send")).toHaveLength(1));
    const sent = connection.callsOf("send")[0]!;
    expect(sent).toMatchObject({ target: { room: "lobby" }, text: "hello world", action: false });
    await vi.waitFor(() => expect(frame()).toMatch(/ana │ hello world/));
    connection.emit({
      type: "message",
      message: { room: "lobby", seq: 1, fromNick: "ana", text: "hello world", clientMsgId: sent.clientMsgId },
    });
    await vi.waitFor(() => expect(frame().match(/hello world/g)).toHaveLength(1));
  });

  it("keeps every key of a fast burst and of a multi-line paste, without carriage returns", async () => {
    const { connection, app, frame } = await setup();
    for (const char of "the quick brown fox") app.stdin.write(char);
    app.stdin.write("\r");
    await vi.waitFor(() => expect(connection.callsOf("send")[0]?.text).toBe("the quick brown fox"));
    app.stdin.write("\x1b[200~first line\r\nsecond line\rthird\x1b[201~");
    await vi.waitFor(() => expect(frame()).toContain("first line↵second line↵third"));
    app.stdin.write("\r");
    await vi.waitFor(() =>
      expect(connection.callsOf("send")[1]?.text).toBe("first line\nsecond line\nthird"),
    );
  });

  it("recalls earlier lines with Up and Down", async () => {
    const { connection, type, frame } = await setup();
    await type("one\r");
    await type("two\r");
    await vi.waitFor(() => expect(connection.callsOf("send")).toHaveLength(2));
    await type("dra");
    await type("\x1b[A");
    await vi.waitFor(() => expect(frame()).toContain("[#lobby] two"));
    await type("\x1b[A");
    await vi.waitFor(() => expect(frame()).toContain("[#lobby] one"));
    await type("\x1b[B");
    await type("\x1b[B");
    await vi.waitFor(() => expect(frame()).toContain("[#lobby] dra"));
  });

  it("completes nicks and commands with Tab, cycling on repeated Tab", async () => {
    const { connection, type, frame } = await setup();
    await type("b\t");
    await vi.waitFor(() => expect(frame()).toContain("[#lobby] bea:"));
    await type("\t");
    await vi.waitFor(() => expect(frame()).toContain("[#lobby] bob:"));
    await type("hi\r");
    await vi.waitFor(() => expect(connection.callsOf("send")[0]?.text).toBe("bob: hi"));
    await type("/jo\t");
    await vi.waitFor(() => expect(frame()).toContain("[#lobby] /join"));
  });

  it("counts unread messages and highlights per room and switches rooms with Ctrl+N, Alt+digit, Alt+A", async () => {
    const { connection, type, frame } = await setup();
    connection.emit({
      type: "joined",
      room: "dev",
      topic: "",
      members: [{ nick: "ana" }],
      lastSeq: 0,
      resumed: false,
    });
    await vi.waitFor(() => expect(frame()).toContain("[#dev]"));
    connection.emit(
      chatMessage("lobby", 1, "bob", "anyone here?"),
      chatMessage("lobby", 2, "bob", "ana: ping"),
    );
    await vi.waitFor(() => expect(frame()).toMatch(/#lobby\s+2!/));
    await type("\x1ba");
    await vi.waitFor(() => expect(frame()).toContain("[#lobby]"));
    expect(frame()).toContain("anyone here?");
    expect(frame()).not.toMatch(/#lobby\s+2!/);
    await type("\x0e");
    await vi.waitFor(() => expect(frame()).toContain("[#dev]"));
    await type("\x1b1");
    await vi.waitFor(() => expect(frame().split("\n").at(-1)).toMatch(/^> ?$/));
    await type("\x1b[1;3D");
    await vi.waitFor(() => expect(frame()).toContain("[#dev]"));
  });

  it("keeps the room shown in the room list when there are more rooms than rows", async () => {
    const { connection, frame } = await setup();
    for (let i = 1; i <= 30; i++)
      connection.emit({
        type: "joined",
        room: `room${i}`,
        topic: "",
        members: [],
        lastSeq: 0,
        resumed: false,
      });
    await vi.waitFor(() => expect(frame()).toContain("[#room30]"));
    // Buffers past the tenth have no Alt+digit number, hence the blank where it would be.
    expect(frame()).toMatch(/^ {2}#room30 +│/m);
    expect(frame()).not.toMatch(/^1 testnet/m);
  });

  it("shows unread rooms the room list has no rows for on the activity line, highlights first", async () => {
    const { connection, frame } = await setup();
    for (let i = 1; i <= 30; i++)
      connection.emit({
        type: "joined",
        room: `room${i}`,
        topic: "",
        members: [],
        lastSeq: 0,
        resumed: false,
      });
    await vi.waitFor(() => expect(frame()).toContain("[#room30]"));
    connection.emit(
      chatMessage("room2", 1, "bob", "one"),
      chatMessage("room2", 2, "bob", "two"),
      chatMessage("room3", 1, "bob", "ana: look"),
    );
    // #room2 and #room3 are 4th and 5th in the list, scrolled out of the room list's rows.
    await vi.waitFor(() => expect(frame()).toContain("Act: 5:#room3 1!, 4:#room2 2"));
    expect(frame()).not.toMatch(/#room2 +2 *│/);
  });

  it("scrolls with PgUp/PgDn and shows -MORE(n)- while scrolled up", async () => {
    const { connection, type, frame } = await setup();
    connection.emit(
      ...Array.from({ length: 60 }, (_, i) => chatMessage("lobby", i + 1, "bob", `line number ${i + 1}`)),
    );
    await vi.waitFor(() => expect(frame()).toContain("line number 60"));
    await type("\x1b[5~");
    await vi.waitFor(() => expect(frame()).toMatch(/-MORE\(\d+\)-/));
    expect(frame()).not.toContain("line number 60");
    connection.emit(chatMessage("lobby", 61, "bob", "newest"));
    await vi.waitFor(() => expect(frame()).toMatch(/-MORE\(\d+\)-/));
    expect(frame()).not.toContain("newest");
    await type("\x1b[6~");
    await type("\x1b[6~");
    await vi.waitFor(() => expect(frame()).toContain("newest"));
    expect(frame()).not.toContain("-MORE(");
  });

  it("asks for older history when PgUp nears the oldest line shown, until there is none", async () => {
    const { connection, app, type, frame } = await setup();
    connection.emit({
      type: "history",
      target: { room: "lobby" },
      messages: Array.from({ length: 30 }, (_, i) => ({
        room: "lobby",
        seq: i + 71,
        fromNick: "bob",
        text: `recent ${i + 71}`,
      })),
      fresh: false,
      olderAvailable: true,
    });
    await vi.waitFor(() => expect(frame()).toContain("recent 100"));
    await type("\x1b[5~");
    await vi.waitFor(() =>
      expect(connection.callsOf("loadOlder")[0]).toEqual({
        method: "loadOlder",
        target: { room: "lobby" },
        beforeSeq: 71,
      }),
    );
    connection.emit({
      type: "history",
      target: { room: "lobby" },
      messages: [{ room: "lobby", seq: 70, fromNick: "bob", text: "older 70" }],
      fresh: false,
      page: "older",
      hasMore: false,
    });
    // The page goes above the oldest row: PgUp (again, once the page is in) brings it into view.
    await vi.waitFor(async () => {
      await type("\x1b[5~");
      expect(frame()).toContain("older 70");
    });
    const asked = connection.callsOf("loadOlder").length;
    // Keys are handled synchronously on write, so a further request would already be recorded.
    app.stdin.write("\x1b[5~");
    expect(connection.callsOf("loadOlder")).toHaveLength(asked);
  });

  it("wraps Chinese text by display width", async () => {
    const { connection, frame } = await setup();
    const text = "你好世界".repeat(20);
    connection.emit(chatMessage("lobby", 1, "bob", text));
    await vi.waitFor(() => expect(frame()).toContain("你好世界"));
    const rows = frame()
      .split("\n")
      .filter((row) => row.includes("你"));
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.join("").replace(/[^你好世界]/g, "")).toBe(text);
  });

  it("runs commands: /msg opens a direct conversation, /me sends an action, /quit quits", async () => {
    const { connection, onQuit, type, frame } = await setup();
    await type("/msg bob psst\r");
    await vi.waitFor(() => expect(frame()).toContain("[bob]"));
    expect(connection.callsOf("openDirect")).toEqual([{ method: "openDirect", nick: "bob" }]);
    expect(connection.callsOf("send")[0]).toMatchObject({ target: { nick: "bob" }, text: "psst" });
    await type("/me waves\r");
    await vi.waitFor(() =>
      expect(connection.callsOf("send")[1]).toMatchObject({ text: "waves", action: true }),
    );
    await type("/frobnicate\r");
    await vi.waitFor(() => expect(frame()).toContain("Unknown command /frobnicate"));
    await type("/quit bye now\r");
    await vi.waitFor(() => expect(onQuit).toHaveBeenCalledWith("bye now"));
  });

  it("runs /whois and /away: the reply in this buffer, away in the status bar, marks in the nick list", async () => {
    const { connection, type, frame } = await setup();
    // Guests are marked "~" in the nick list.
    await vi.waitFor(() => expect(frame()).toMatch(/│~bea/));
    connection.emit({
      type: "members",
      room: "lobby",
      members: [{ nick: "ana", registered: true }, { nick: "bob", registered: true }, { nick: "bea" }],
      quiet: true,
    });
    await vi.waitFor(() => expect(frame()).toMatch(/│bob/));
    await type("/whois bob\r");
    await vi.waitFor(() => expect(connection.callsOf("whois")).toEqual([{ method: "whois", nick: "bob" }]));
    connection.emit({
      type: "whois",
      info: { nick: "bob", account: "Bob", idleMs: 65_000, sharedRooms: ["lobby"], clients: 1 },
    });
    await vi.waitFor(() => expect(frame()).toContain("bob is logged in to the account Bob"));
    expect(frame()).toContain("idle 1m05s");
    expect(frame()).toContain("rooms you share: #lobby");

    await type("/away gone fishing\r");
    await vi.waitFor(() =>
      expect(connection.callsOf("setAway")).toEqual([{ method: "setAway", message: "gone fishing" }]),
    );
    connection.emit({ type: "away", message: "gone fishing" });
    await vi.waitFor(() => expect(frame()).toContain("ana (away)"));
    expect(frame()).toContain("You are away: gone fishing");
    await type("/back\r");
    await vi.waitFor(() => expect(connection.callsOf("setAway")[1]).toMatchObject({ message: "" }));
    connection.emit({ type: "away", message: "" });
    await vi.waitFor(() => expect(frame()).toContain("You are back."));
    expect(frame()).not.toContain("(away)");
  });
});
