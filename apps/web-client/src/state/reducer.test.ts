// The web client's reducer as a pure function: joins and members, message order and de-duplication
// across resume replays and older pages, pending lines and their acknowledgement, unread counts,
// presence, kicks and connection changes — no browser, no server.
import { PresenceKind } from "@parley/protocol/browser";
import { describe, expect, it } from "vitest";
import type { SessionEvent } from "../client/events";
import { dmKey, initialState, roomKey, type WebState } from "./model";
import { type Action, reducer, type UiAction } from "./reducer";

const NOW = 1_700_000_000_000;
const run = (state: WebState, ...actions: (SessionEvent | UiAction)[]): WebState =>
  actions.reduce((s, a) => reducer(s, { ...a, nowMs: NOW } as Action), state);
const joined = (room: string, members = ["ana", "bob"], resumed = false): SessionEvent => ({
  type: "joined",
  room,
  topic: "",
  members,
  resumed,
});
const msg = (room: string, seq: number, fromNick: string, text: string, extra = {}): SessionEvent => ({
  type: "message",
  message: { room, seq, fromNick, text, sentAtMs: NOW, ...extra },
});
const history = (room: string, seqs: number[], fresh: boolean, olderAvailable?: boolean): SessionEvent => ({
  type: "history",
  target: { room },
  messages: seqs.map((seq) => ({ room, seq, fromNick: "bob", text: `m${seq}` })),
  fresh,
  olderAvailable,
});
const texts = (state: WebState, key: string) =>
  state.conversations[key]!.lines.map((l) => (l.kind === "message" ? `${l.from}: ${l.text}` : l.text));
const seqs = (state: WebState, key: string) =>
  state.conversations[key]!.lines.flatMap((l) => (l.kind === "message" ? [l.seq] : []));
const start = () => run(initialState("ana"), { type: "status", status: { type: "online" } }, joined("lobby"));
const lobby = roomKey("lobby");

describe("web reducer", () => {
  it("opens a room on join with its members sorted without regard to case", () => {
    const state = run(initialState("ana"), joined("lobby", ["zed", "Bob", "ana"]));
    expect(state.active).toBe(lobby);
    expect(state.conversations[lobby]!.members).toEqual(["ana", "Bob", "zed"]);
    expect(texts(state, lobby)).toEqual(["You joined #lobby"]);
  });

  it("keeps seq order and drops what a resume replay repeats", () => {
    let state = run(start(), msg("lobby", 1, "bob", "one"), msg("lobby", 3, "bob", "three"));
    state = run(state, msg("lobby", 2, "bob", "two"), history("lobby", [3, 4], true));
    expect(seqs(state, lobby)).toEqual([1, 2, 3, 4]);
  });

  it("puts an older page above what is shown and remembers whether more is stored", () => {
    let state = run(start(), history("lobby", [10, 11], false, true));
    expect(state.conversations[lobby]!.olderAvailable).toBe(true);
    state = run(state, history("lobby", [8, 9], false, false));
    expect(seqs(state, lobby)).toEqual([8, 9, 10, 11]);
    expect(state.conversations[lobby]!.olderAvailable).toBe(false);
  });

  it("shows our line as pending until the acknowledgement replaces it in place", () => {
    let state = run(start(), {
      type: "pending",
      target: { room: "lobby" },
      clientMsgId: "c-1",
      text: "hi 你好 🎉",
      action: false,
      nick: "ana",
    });
    const pending = state.conversations[lobby]!.lines.at(-1)!;
    expect(pending).toMatchObject({ kind: "message", pending: true, seq: 0 });
    state = run(state, msg("lobby", 5, "ana", "hi 你好 🎉", { clientMsgId: "c-1" }));
    const lines = state.conversations[lobby]!.lines;
    expect(lines.at(-1)).toMatchObject({ id: pending.id, pending: false, seq: 5, own: true });
    expect(lines.filter((l) => l.kind === "message")).toHaveLength(1);
  });

  it("moves our acknowledged line below what was stored before it while it waited", () => {
    let state = run(start(), msg("lobby", 1, "bob", "before"), {
      type: "pending",
      target: { room: "lobby" },
      clientMsgId: "c-9",
      text: "typed offline",
      action: false,
      nick: "ana",
    });
    state = run(
      state,
      history("lobby", [2, 3], true),
      msg("lobby", 4, "ana", "typed offline", { clientMsgId: "c-9" }),
    );
    expect(seqs(state, lobby)).toEqual([1, 2, 3, 4]);
  });

  it("takes a refused line out and says why", () => {
    const state = run(
      start(),
      {
        type: "pending",
        target: { room: "lobby" },
        clientMsgId: "c-2",
        text: "x",
        action: false,
        nick: "ana",
      },
      { type: "sendFailed", clientMsgId: "c-2", reason: "too long" },
    );
    expect(texts(state, lobby)).toEqual(["You joined #lobby", "Not sent: too long"]);
  });

  it("counts unread messages in conversations not open, and clears them on opening", () => {
    let state = run(start(), joined("dev"), msg("lobby", 1, "bob", "a"), msg("lobby", 2, "bob", "b"));
    expect(state.active).toBe(roomKey("dev"));
    expect(state.conversations[lobby]!.unread).toBe(2);
    state = run(state, { type: "open", key: lobby });
    expect(state.conversations[lobby]!.unread).toBe(0);
  });

  it("does not count a first look at history as unread, but does count a replay of what was missed", () => {
    let state = run(start(), joined("dev"), history("lobby", [1, 2], false));
    expect(state.conversations[lobby]!.unread).toBe(0);
    state = run(state, history("lobby", [3], true));
    expect(state.conversations[lobby]!.unread).toBe(1);
  });

  it("opens a direct conversation for a message to us and keeps rooms ahead of it", () => {
    const state = run(
      start(),
      { type: "message", message: { seq: 1, fromNick: "Bob", toNick: "ana", text: "psst" } },
      joined("dev"),
    );
    expect(state.order).toEqual([lobby, roomKey("dev"), dmKey("bob")]);
    expect(texts(state, dmKey("BOB"))).toEqual(["Bob: psst"]);
  });

  it("follows presence in the member list", () => {
    const presence = (kind: number, nick: string, extra = {}): SessionEvent => ({
      type: "presence",
      presence: { kind, nick, room: "lobby", ...extra },
    });
    let state = run(start(), presence(PresenceKind.PRESENCE_KIND_JOIN, "cy"));
    expect(state.conversations[lobby]!.members).toEqual(["ana", "bob", "cy"]);
    state = run(state, presence(PresenceKind.PRESENCE_KIND_NICK, "bo", { oldNick: "bob" }));
    expect(state.conversations[lobby]!.members).toEqual(["ana", "bo", "cy"]);
    state = run(state, presence(PresenceKind.PRESENCE_KIND_QUIT, "cy", { reason: "bye" }));
    expect(state.conversations[lobby]!.members).toEqual(["ana", "bo"]);
    expect(texts(state, lobby).slice(-3)).toEqual(["→ cy joined", "bob is now bo", "← cy quit (bye)"]);
  });

  it("shows a kick with its reason, marks rooms parted, and clears it at the next login", () => {
    let state = run(start(), { type: "kicked", reason: "spam", by: "op", banUntilMs: 0 });
    expect(state.kick).toEqual({ reason: "spam", by: "op", banUntilMs: 0 });
    expect(texts(state, lobby).at(-1)).toBe("You were kicked by op: spam");
    expect(state.conversations[lobby]!.joined).toBe(false);
    state = run(state, { type: "loggedIn", nick: "ana" }, joined("lobby", ["ana"], true));
    expect(state.kick).toBeNull();
    expect(state.conversations[lobby]!.joined).toBe(true);
  });

  it("tells a lost connection and the reconnection among the notices", () => {
    const state = run(
      start(),
      {
        type: "status",
        status: { type: "reconnecting", attempt: 1, retryAtMs: NOW + 500, reason: "closed" },
      },
      { type: "status", status: { type: "online" } },
    );
    expect(state.notices.map((l) => l.text)).toEqual([
      "Connection lost (closed); reconnecting…",
      "Reconnected.",
    ]);
    expect(state.conversations[lobby]!.joined).toBe(false);
  });

  it("keeps a transfer's latest progress, once per transfer", () => {
    const transfer = { id: "t1", direction: "upload" as const, name: "a.bin", bytes: 0, totalBytes: 10 };
    const state = run(
      start(),
      { type: "transfer", transfer: { ...transfer, phase: "sending" } },
      { type: "transfer", transfer: { ...transfer, bytes: 10, phase: "done" } },
    );
    expect(state.transfers).toEqual([{ ...transfer, bytes: 10, phase: "done" }]);
  });

  it("switches conversations by offset, wrapping around", () => {
    let state = run(start(), joined("dev"), { type: "openBy", delta: 1 });
    expect(state.active).toBe(lobby);
    state = run(state, { type: "openBy", delta: -1 });
    expect(state.active).toBe(roomKey("dev"));
  });
});
