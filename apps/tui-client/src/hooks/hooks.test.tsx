// The hooks on their own: the chat hook feeds connection events through the reducer and starts the
// connection once; the line editor applies a burst of edits in order, none lost between renders.
import { afterEach, describe, expect, it, vi } from "vitest";
import { FakeConnection } from "../../test/fake-connection.js";
import { renderHook } from "../../test/render-hook.js";
import * as edit from "../state/editor.js";
import { initialState, roomKey } from "../state/model.js";
import { useChat } from "./use-chat.js";
import { useEditorState, useLineEditor, useLineEditorStore } from "./use-line-editor.js";

let unmount: (() => void) | undefined;
afterEach(() => unmount?.());

describe("useChat", () => {
  it("starts the connection and turns its events into state", async () => {
    const connection = new FakeConnection();
    const hook = renderHook(() => useChat(connection, initialState("ana", "net")));
    unmount = hook.unmount;
    await vi.waitFor(() => expect(connection.started).toBe(true));
    connection.emit({
      type: "joined",
      room: "lobby",
      topic: "hi",
      members: [{ nick: "ana" }],
      lastSeq: 0,
      resumed: false,
    });
    await vi.waitFor(() => expect(hook.result.current[0].active).toBe(roomKey("lobby")));
    const [, act] = hook.result.current;
    act({ type: "local", tone: "info", text: "from the keyboard" });
    await vi.waitFor(() =>
      expect(hook.result.current[0].buffers[roomKey("lobby")]!.lines.at(-1)).toMatchObject({
        text: "from the keyboard",
      }),
    );
    expect(hook.result.current[0].buffers[roomKey("lobby")]!.lines.at(-1)!.atMs).toBeGreaterThan(0);
  });
});

describe("useChat in a busy room", () => {
  it("applies the events of one frame in one update, in order", async () => {
    const connection = new FakeConnection();
    let renders = 0;
    const hook = renderHook(() => {
      renders++;
      return useChat(connection, initialState("ana", "net"));
    });
    unmount = hook.unmount;
    await vi.waitFor(() => expect(connection.started).toBe(true));
    connection.emit({ type: "joined", room: "lobby", topic: "", members: [], lastSeq: 0, resumed: false });
    await vi.waitFor(() => expect(hook.result.current[0].active).toBe(roomKey("lobby")));
    const before = renders;
    // Fifty messages, each in its own turn of the event loop, as socket reads deliver them.
    for (let seq = 1; seq <= 50; seq++) {
      connection.emit({ type: "message", message: { room: "lobby", seq, fromNick: "bob", text: `m${seq}` } });
      await new Promise((resolve) => setImmediate(resolve));
    }
    await vi.waitFor(() =>
      expect(hook.result.current[0].buffers[roomKey("lobby")]!.lines.at(-1)).toMatchObject({ text: "m50" }),
    );
    const texts = hook.result.current[0].buffers[roomKey("lobby")]!.lines.flatMap((l) =>
      l.type === "message" ? [l.text] : [],
    );
    expect(texts).toEqual(Array.from({ length: 50 }, (_, i) => `m${i + 1}`));
    expect(renders - before).toBeLessThan(10);
  });
});

describe("useChat and the keyboard", () => {
  it("applies the events that came before a key before it, though their frame is not due", async () => {
    const connection = new FakeConnection();
    const hook = renderHook(() => useChat(connection, initialState("ana", "net")));
    unmount = hook.unmount;
    await vi.waitFor(() => expect(connection.started).toBe(true));
    connection.emit({ type: "joined", room: "lobby", topic: "", members: [], lastSeq: 0, resumed: false });
    await vi.waitFor(() => expect(hook.result.current[0].active).toBe(roomKey("lobby")));
    // A message, then at once (within the same frame) a line from the keyboard.
    connection.emit({ type: "message", message: { room: "lobby", seq: 1, fromNick: "bob", text: "first" } });
    hook.result.current[1]({ type: "local", tone: "info", text: "then the key" });
    await vi.waitFor(() =>
      expect(hook.result.current[0].buffers[roomKey("lobby")]!.lines.map((l) => l.text)).toEqual(
        expect.arrayContaining(["first", "then the key"]),
      ),
    );
    const texts = hook.result.current[0].buffers[roomKey("lobby")]!.lines.map((l) => l.text);
    expect(texts.indexOf("first")).toBeLessThan(texts.indexOf("then the key"));
  });
});

describe("useLineEditor", () => {
  it("applies edits made faster than renders, each on the latest state", async () => {
    const hook = renderHook(() => useLineEditor());
    unmount = hook.unmount;
    const { update, current } = hook.result.current;
    for (const char of "hello") update((s) => edit.insert(s, char));
    update(edit.backspace);
    update((s) => edit.insert(s, "p!"));
    expect(current().text).toBe("hellp!");
    await vi.waitFor(() => expect(hook.result.current.editor.text).toBe("hellp!"));
  });
});

describe("useLineEditorStore", () => {
  it("re-renders what reads the line on a key, not the screen that owns the store", async () => {
    let ownerRenders = 0;
    let readerRenders = 0;
    const owner = renderHook(() => {
      ownerRenders++;
      return useLineEditorStore();
    });
    unmount = owner.unmount;
    const store = owner.result.current;
    const reader = renderHook(() => {
      readerRenders++;
      return useEditorState(store);
    });
    const ownerBefore = ownerRenders;
    const readerBefore = readerRenders;
    for (const char of "hi") store.update((s) => edit.insert(s, char));
    await vi.waitFor(() => expect(reader.result.current.text).toBe("hi"));
    expect(readerRenders).toBeGreaterThan(readerBefore);
    expect(ownerRenders).toBe(ownerBefore);
    reader.unmount();
  });
});
