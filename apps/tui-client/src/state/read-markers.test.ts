// The read-marker reducer on its own: LoggedIn's counts applied once history is in, markers from
// the account's other clients, and where the "new" line goes.
import { describe, expect, it } from "vitest";
import type { ClientEvent } from "../client/events.js";
import { type ChatState, dmKey, initialState, roomKey } from "./model.js";
import { reducer } from "./reducer.js";

const apply = (state: ChatState, ...events: ClientEvent[]) =>
  events.reduce((s, event) => reducer(s, { ...event, nowMs: 1000 }), state);

const messages = (room: string, from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => ({
    room,
    seq: from + i,
    fromNick: "bob",
    text: `m${from + i}`,
  }));

function joinedWithHistory(state: ChatState, room: string, last: number): ChatState {
  return apply(
    state,
    { type: "joined", room, topic: "", members: [], lastSeq: last, resumed: false },
    { type: "history", target: { room }, messages: messages(room, 1, last), fresh: false },
  );
}

describe("read markers in the UI state", () => {
  it("counts LoggedIn's unread once a room's history is in, and marks where the new lines begin", () => {
    let state = apply(initialState("ana", "net"), {
      type: "loggedIn",
      nick: "ana",
      unread: [
        { target: { room: "dev" }, readSeq: 7, count: 3 },
        { target: { room: "lobby" }, readSeq: 2, count: 2 },
      ],
    });
    state = joinedWithHistory(state, "dev", 10);
    state = joinedWithHistory(state, "lobby", 4);
    const dev = state.buffers[roomKey("dev")]!;
    expect([dev.unread, dev.readSeq]).toEqual([3, 7]);
    const marked = dev.lines.find((l) => l.id === dev.readMarker);
    expect(marked).toMatchObject({ type: "message", seq: 7 });
    // The room shown counts its unread too, and its line stays when the person looks away.
    const lobby = state.buffers[roomKey("lobby")]!;
    expect([state.active, lobby.unread]).toEqual([roomKey("lobby"), 2]);
    state = reducer(state, { type: "switchTo", key: roomKey("dev"), nowMs: 1000 });
    const after = state.buffers[roomKey("lobby")]!;
    expect(after.lines.find((l) => l.id === after.readMarker)).toMatchObject({ seq: 2 });
    expect(state.unreadAtLogin).toEqual({});
  });

  it("moves a buffer's marker and count when another client of the account reads it", () => {
    let state = joinedWithHistory(initialState("ana", "net"), "dev", 3);
    state = joinedWithHistory(state, "lobby", 1);
    state = apply(state, ...messages("dev", 4, 8).map((message) => ({ type: "message" as const, message })));
    expect(state.buffers[roomKey("dev")]!.unread).toBe(5);
    state = apply(state, { type: "readMarker", target: { room: "dev" }, seq: 6 });
    const dev = state.buffers[roomKey("dev")]!;
    expect([dev.unread, dev.readSeq]).toEqual([2, 6]);
    expect(dev.lines.find((l) => l.id === dev.readMarker)).toMatchObject({ seq: 6 });
    // Never back.
    state = apply(state, { type: "readMarker", target: { room: "dev" }, seq: 2 });
    expect(state.buffers[roomKey("dev")]!.readSeq).toBe(6);
    state = apply(state, { type: "readMarker", target: { room: "dev" }, seq: 8 });
    expect(state.buffers[roomKey("dev")]!.unread).toBe(0);
  });

  it("counts unread direct messages from LoggedIn as highlights, and says when ours was queued", () => {
    let state = apply(
      joinedWithHistory(initialState("ana", "net"), "lobby", 1),
      { type: "loggedIn", nick: "ana", unread: [{ target: { nick: "cy" }, readSeq: 0, count: 2 }] },
      {
        type: "history",
        target: { nick: "cy" },
        messages: [1, 2].map((seq) => ({ toNick: "ana", fromNick: "cy", seq, text: `d${seq}` })),
        fresh: false,
      },
    );
    const dm = state.buffers[dmKey("cy")]!;
    expect([dm.unread, dm.highlights]).toEqual([2, 2]);
    state = apply(state, {
      type: "message",
      message: { toNick: "dee", fromNick: "ana", seq: 1, text: "later", queued: true },
    });
    const queued = state.buffers[dmKey("dee")]!.lines.at(-1);
    expect(queued).toMatchObject({
      type: "system",
      text: "dee is offline: they get this message when they next log in.",
    });
  });
});
