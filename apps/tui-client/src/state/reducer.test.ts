// The reducer as a pure function: message ordering and de-duplication, unread counts, presence,
// room switching and scrolling, all without a terminal or a server.
import { timeFormat } from "@parley/cli-shell";
import { MessageKind, NoticeKind, PresenceKind } from "@parley/protocol";
import { describe, expect, it, vi } from "vitest";
import type { ClientEvent } from "../client/events.js";
import { type ChatState, dmKey, initialState, type Line, roomKey, SERVER_BUFFER } from "./model.js";
import { type Action, mentions, PRESENCE_BURST_MS, reducer, type UiAction } from "./reducer.js";

const NOW = 1_700_000_000_000;
const run = (state: ChatState, ...actions: (ClientEvent | UiAction)[]): ChatState =>
  actions.reduce((s, a) => reducer(s, { ...a, nowMs: NOW } as Action), state);

const joined = (room: string, members: string[] = ["ana"], resumed = false): ClientEvent => ({
  type: "joined",
  room,
  topic: "",
  members: members.map((nick) => ({ nick })),
  lastSeq: 0,
  resumed,
});
const msg = (room: string, seq: number, fromNick: string, text: string, extra = {}): ClientEvent => ({
  type: "message",
  message: { room, seq, fromNick, text, sentAtMs: NOW, ...extra },
});
const texts = (state: ChatState, key: string) =>
  state.buffers[key]!.lines.map((l: Line) => (l.type === "message" ? `${l.from}: ${l.text}` : l.text));
const messageSeqs = (state: ChatState, key: string) =>
  state.buffers[key]!.lines.flatMap((l) => (l.type === "message" ? [l.seq] : []));

const start = () =>
  run(
    initialState("ana", "net"),
    { type: "status", status: { type: "online" } },
    joined("lobby", ["ana", "bob"]),
  );

describe("reducer", () => {
  it("opens and focuses a room on join, with its members sorted", () => {
    const state = start();
    expect(state.active).toBe(roomKey("lobby"));
    expect(state.order).toEqual([SERVER_BUFFER, roomKey("lobby")]);
    expect(state.buffers[roomKey("lobby")]!.members).toEqual(["ana", "bob"]);
    expect(texts(state, roomKey("lobby"))).toContain("You joined #lobby");
  });

  it("repeats the welcome text and nick retries in the room the person lands in, once", () => {
    let state = run(
      initialState("ana", "net"),
      {
        type: "welcome",
        serverName: "net",
        motd: "Welcome to net!",
        defaultRoom: "lobby",
        maxMessageChars: 0,
      },
      { type: "info", text: "The nick ana is in use; trying ana_." },
      { type: "status", status: { type: "online" } },
      joined("lobby", ["ana_"]),
    );
    expect(texts(state, roomKey("lobby"))).toEqual([
      "Welcome to net!",
      "The nick ana is in use; trying ana_.",
      "You joined #lobby",
    ]);
    expect(texts(state, SERVER_BUFFER)).toContain("Welcome to net!");
    state = run(state, { type: "info", text: "later" }, joined("dev"));
    expect(texts(state, roomKey("dev"))).toEqual(["You joined #dev"]);
  });

  it("keeps messages in seq order and drops duplicates from a resume replay", () => {
    let state = run(start(), msg("lobby", 1, "bob", "one"), msg("lobby", 3, "bob", "three"));
    state = run(state, msg("lobby", 2, "bob", "two"), msg("lobby", 3, "bob", "three"));
    state = run(state, {
      type: "history",
      target: { room: "lobby" },
      messages: [
        { room: "lobby", seq: 3, fromNick: "bob", text: "three" },
        { room: "lobby", seq: 4, fromNick: "bob", text: "four" },
      ],
      fresh: true,
    });
    expect(messageSeqs(state, roomKey("lobby"))).toEqual([1, 2, 3, 4]);
    expect(state.buffers[roomKey("lobby")]!.lastSeq).toBe(4);
  });

  it("replaces our pending line with the acknowledged message, in place", () => {
    let state = run(start(), {
      type: "pending",
      target: { room: "lobby" },
      clientMsgId: "m1",
      text: "hi",
      action: false,
    });
    const pending = state.buffers[roomKey("lobby")]!.lines.at(-1)!;
    expect(pending).toMatchObject({ type: "message", pending: true, own: true, text: "hi" });
    state = run(state, msg("lobby", 7, "ana", "hi", { clientMsgId: "m1" }));
    const lines = state.buffers[roomKey("lobby")]!.lines.filter((l) => l.type === "message");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ pending: false, seq: 7, own: true });
  });

  it("turns a refused message into an error line in plain words", () => {
    let state = run(start(), {
      type: "pending",
      target: { room: "lobby" },
      clientMsgId: "m1",
      text: "hi",
      action: false,
    });
    state = run(state, {
      type: "sendFailed",
      clientMsgId: "m1",
      reason: "You are sending too fast; wait 2s.",
    });
    expect(texts(state, roomKey("lobby")).at(-1)).toBe("Not sent (You are sending too fast; wait 2s.): hi");
  });

  it("keeps a refused long message's reason on one short line", () => {
    const text = `${"x".repeat(4100)}\nmore`;
    let state = run(start(), {
      type: "pending",
      target: { room: "lobby" },
      clientMsgId: "m1",
      text,
      action: false,
    });
    state = run(state, { type: "sendFailed", clientMsgId: "m1", reason: "That message is too long" });
    expect(texts(state, roomKey("lobby")).at(-1)).toBe(
      `Not sent (That message is too long): ${"x".repeat(60)}… (Up brings the whole text back)`,
    );
  });

  it("counts unread messages and highlights in buffers not shown, and clears them on switching", () => {
    let state = run(start(), joined("dev"));
    expect(state.active).toBe(roomKey("dev"));
    state = run(
      state,
      msg("lobby", 1, "bob", "hello"),
      msg("lobby", 2, "bob", "ANA, look"),
      msg("dev", 1, "bob", "x"),
    );
    expect(state.buffers[roomKey("lobby")]).toMatchObject({ unread: 2, highlights: 1 });
    expect(state.buffers[roomKey("dev")]).toMatchObject({ unread: 0, highlights: 0 });
    state = run(state, { type: "switchTo", key: roomKey("lobby") });
    expect(state.buffers[roomKey("lobby")]).toMatchObject({ unread: 0, highlights: 0 });
  });

  it("remembers the last line seen when looking away, for the read marker", () => {
    let state = run(start(), msg("lobby", 1, "bob", "seen"));
    const seenId = state.buffers[roomKey("lobby")]!.lines.at(-1)!.id;
    expect(state.buffers[roomKey("lobby")]!.readMarker).toBeNull();
    state = run(state, joined("dev"), msg("lobby", 2, "bob", "unseen"));
    expect(state.buffers[roomKey("lobby")]!.readMarker).toBe(seenId);
    state = run(state, { type: "switchTo", key: roomKey("lobby") });
    expect(state.buffers[roomKey("lobby")]!.readMarker).toBe(seenId);
    state = run(state, { type: "switchTo", key: roomKey("dev") });
    expect(state.buffers[roomKey("lobby")]!.readMarker).toBe(
      state.buffers[roomKey("lobby")]!.lines.at(-1)!.id,
    );
  });

  it("does not count join history as unread, but counts a resume replay", () => {
    let state = run(start(), joined("dev"));
    state = run(state, {
      type: "history",
      target: { room: "lobby" },
      messages: [{ room: "lobby", seq: 1, fromNick: "bob", text: "old" }],
      fresh: false,
    });
    expect(state.buffers[roomKey("lobby")]!.unread).toBe(0);
    state = run(state, {
      type: "history",
      target: { room: "lobby" },
      messages: [{ room: "lobby", seq: 2, fromNick: "bob", text: "missed" }],
      fresh: true,
    });
    expect(state.buffers[roomKey("lobby")]!.unread).toBe(1);
  });

  it("routes direct messages to a conversation per peer, both directions, counted as highlights", () => {
    let state = run(start(), {
      type: "message",
      message: { toNick: "ana", fromNick: "Bob", seq: 1, text: "psst" },
    });
    expect(state.order).toContain(dmKey("bob"));
    expect(state.buffers[dmKey("bob")]).toMatchObject({ kind: "dm", name: "Bob", unread: 1, highlights: 1 });
    state = run(state, {
      type: "message",
      message: { toNick: "bob", fromNick: "ana", seq: 2, text: "yes?" },
    });
    expect(texts(state, dmKey("bob"))).toEqual(["Bob: psst", "ana: yes?"]);
  });

  it("folds nicks as the server does: a composed and a decomposed spelling are one conversation", () => {
    // "Émile" with É as one code point, and as E + combining acute: the server takes them as one nick.
    let state = run(start(), {
      type: "message",
      message: { toNick: "ana", fromNick: "\u00c9mile", seq: 1, text: "salut" },
    });
    state = run(state, {
      type: "message",
      message: { toNick: "E\u0301mile", fromNick: "ana", seq: 2, text: "ça va ?" },
    });
    expect(state.order.filter((key) => key.startsWith("dm:"))).toEqual([dmKey("\u00e9mile")]);
    expect(texts(state, dmKey("E\u0301MILE"))).toEqual(["\u00c9mile: salut", "ana: ça va ?"]);
  });

  it("keeps the member list sorted through a join storm without sorting it again", () => {
    let state = start();
    const nicks = Array.from({ length: 2000 }, (_, i) => `user${String((i * 7919) % 2000).padStart(4, "0")}`);
    const sort = vi.spyOn(Array.prototype, "sort");
    for (const nick of nicks)
      state = run(state, {
        type: "presence",
        presence: { kind: PresenceKind.PRESENCE_KIND_JOIN, room: "lobby", nick },
      });
    expect(sort).not.toHaveBeenCalled();
    sort.mockRestore();
    const members = state.buffers[roomKey("lobby")]!.members;
    expect(members).toEqual([...members].sort((a, b) => a.localeCompare(b)));
    expect(members).toHaveLength(2002);
  });

  it("applies presence: joins, leaves, quits and nick changes across rooms and conversations", () => {
    let state = run(start(), joined("dev", ["ana", "bob"]));
    state = run(state, { type: "openDm", nick: "bob", focus: false });
    state = run(state, {
      type: "presence",
      presence: { kind: PresenceKind.PRESENCE_KIND_JOIN, room: "lobby", nick: "cy" },
    });
    expect(state.buffers[roomKey("lobby")]!.members).toEqual(["ana", "bob", "cy"]);
    state = run(state, {
      type: "presence",
      presence: { kind: PresenceKind.PRESENCE_KIND_NICK, nick: "rob", oldNick: "bob" },
    });
    expect(state.buffers[roomKey("lobby")]!.members).toEqual(["ana", "cy", "rob"]);
    expect(state.buffers[roomKey("dev")]!.members).toEqual(["ana", "rob"]);
    expect(state.buffers[dmKey("rob")]).toBeDefined();
    expect(state.buffers[dmKey("bob")]).toBeUndefined();
    state = run(state, {
      type: "presence",
      presence: { kind: PresenceKind.PRESENCE_KIND_QUIT, nick: "rob", reason: "bye" },
    });
    expect(state.buffers[roomKey("dev")]!.members).toEqual(["ana"]);
    expect(texts(state, roomKey("dev")).at(-1)).toBe("← rob quit (bye)");
    state = run(state, {
      type: "presence",
      presence: { kind: PresenceKind.PRESENCE_KIND_LEAVE, room: "lobby", nick: "cy" },
    });
    expect(state.buffers[roomKey("lobby")]!.members).toEqual(["ana"]);
    const last = state.buffers[roomKey("lobby")]!.lines.at(-1)!;
    expect(last).toMatchObject({ type: "system", tone: "event", text: "← cy left" });
  });

  it("keeps a large member list sorted through a join storm, with no nick twice", () => {
    let state = run(start(), joined("big", ["ana"]));
    const nicks = Array.from({ length: 2000 }, (_, i) => `user${(i * 7919) % 2000}`);
    state = run(
      state,
      ...nicks.map(
        (nick): ClientEvent => ({
          type: "presence",
          presence: { kind: PresenceKind.PRESENCE_KIND_JOIN, room: "big", nick },
        }),
      ),
      { type: "presence", presence: { kind: PresenceKind.PRESENCE_KIND_JOIN, room: "big", nick: "USER5" } },
    );
    const members = state.buffers[roomKey("big")]!.members;
    expect(members).toHaveLength(2001);
    expect(members).toEqual(
      [...members].sort((a, b) => a.localeCompare(b, undefined, { sensitivity: "base" })),
    );
    expect(members.filter((n) => n.toLowerCase() === "user5")).toEqual(["USER5"]);
  });

  it("applies a frame's joins and quits together, as one by one, with one copy of the lists", () => {
    const presence = (kind: PresenceKind, nick: string, atMs: number, room = "lobby"): Action => ({
      type: "presence",
      presence: { kind, room, nick, atMs, registered: nick.length % 2 === 0 },
      nowMs: NOW,
    });
    const join = (nick: string, atMs = NOW, room = "lobby") =>
      presence(PresenceKind.PRESENCE_KIND_JOIN, nick, atMs, room);
    const quit = (nick: string, atMs = NOW) => presence(PresenceKind.PRESENCE_KIND_QUIT, nick, atMs);
    const before = run(start(), joined("dev", ["ana", "bob"]), { type: "openDm", nick: "u3", focus: false });
    const actions: Action[] = [
      ...Array.from({ length: 300 }, (_, i) => join(`u${i}`, NOW + i * 20)),
      join("ana"),
      join("U7"),
      join("nope", NOW, "elsewhere"),
      join("bob", NOW, "dev"),
      msg("lobby", 1, "bob", "hi") as Action,
      ...["u3", "u5", "bob", "zed"].map((nick) => quit(nick, NOW + 7000)),
    ].map((a) => ({ ...a, nowMs: NOW }));
    const oneByOne = actions.reduce(reducer, before);
    const slice = vi.spyOn(Array.prototype, "slice");
    const batched = reducer(before, { type: "batch", actions, nowMs: NOW });
    // One by one copies the member list and the lines for each join: some 600 copies.
    expect(slice.mock.calls.length).toBeLessThan(60);
    slice.mockRestore();
    expect(batched.nickFlags).toEqual(oneByOne.nickFlags);
    for (const key of oneByOne.order) {
      expect(batched.buffers[key]!.members).toEqual(oneByOne.buffers[key]!.members);
      expect(texts(batched, key)).toEqual(texts(oneByOne, key));
    }
    // Joins 5 s apart start a new line; the quits come after a message, on a line of their own.
    expect(texts(batched, roomKey("lobby")).filter((t) => t.endsWith("joined"))).toHaveLength(2);
    expect(texts(batched, roomKey("lobby")).at(-1)).toBe("← u3, u5 and bob quit");
    expect(texts(batched, dmKey("u3")).at(-1)).toBe("← u3 quit");
  });

  it("keeps the same state for a lag measured again unchanged, so no frame is drawn for it", () => {
    const measured = run(initialState("ana", "t"), { type: "lag", lagMs: 3 });
    expect(measured.lagMs).toBe(3);
    expect(run(measured, { type: "lag", lagMs: 3 })).toBe(measured);
    expect(run(measured, { type: "lag", lagMs: 4 }).lagMs).toBe(4);
  });

  it("applies a batch of actions in order, as one update", () => {
    const one = run(start(), msg("lobby", 1, "bob", "one"), msg("lobby", 2, "bob", "two"));
    const batched = reducer(start(), {
      type: "batch",
      nowMs: NOW,
      actions: [
        { ...msg("lobby", 1, "bob", "one"), nowMs: NOW },
        { ...msg("lobby", 2, "bob", "two"), nowMs: NOW },
      ] as Action[],
    });
    expect(texts(batched, roomKey("lobby"))).toEqual(texts(one, roomKey("lobby")));
  });

  it("collapses a burst of joins or quits into one line, as after a restart", () => {
    const join = (nick: string, atMs = NOW): ClientEvent => ({
      type: "presence",
      presence: { kind: PresenceKind.PRESENCE_KIND_JOIN, room: "lobby", nick, atMs },
    });
    const quit = (nick: string): ClientEvent => ({
      type: "presence",
      presence: { kind: PresenceKind.PRESENCE_KIND_QUIT, nick, reason: "server restart", atMs: NOW },
    });
    let state = run(start(), join("cy"), join("dee"), join("eve"));
    expect(texts(state, roomKey("lobby")).at(-1)).toBe("→ cy, dee and eve joined");
    state = run(state, ...Array.from({ length: 9 }, (_, i) => join(`u${i}`)));
    expect(texts(state, roomKey("lobby")).at(-1)).toBe(
      "→ cy, dee, eve, u0, u1, u2, u3, u4 and 4 more joined",
    );
    // A message, or a pause, starts a new line.
    state = run(state, msg("lobby", 1, "bob", "hi"), join("zed"), join("zoe", NOW + PRESENCE_BURST_MS));
    expect(texts(state, roomKey("lobby")).slice(-3)).toEqual(["bob: hi", "→ zed joined", "→ zoe joined"]);
    state = run(state, quit("cy"), quit("dee"));
    expect(texts(state, roomKey("lobby")).at(-1)).toBe("← cy and dee quit");
    expect(state.buffers[roomKey("lobby")]!.members).not.toContain("cy");
  });

  it("says who kicked someone", () => {
    const state = run(start(), {
      type: "presence",
      presence: { kind: PresenceKind.PRESENCE_KIND_KICK, nick: "bob", by: "oper", reason: "spam" },
    });
    expect(texts(state, roomKey("lobby")).at(-1)).toBe("✕ bob was kicked by oper (spam)");
  });

  it("keeps one line, updated, while the server cannot be reached", () => {
    let state = initialState("ana", "net");
    for (let attempt = 1; attempt <= 5; attempt++) {
      state = run(
        state,
        { type: "status", status: { type: "connecting", attempt } },
        {
          type: "status",
          status: {
            type: "reconnecting",
            attempt: attempt + 1,
            retryAtMs: NOW + 1000,
            reason: "connection refused",
          },
        },
      );
    }
    expect(texts(state, SERVER_BUFFER)).toEqual([
      "Cannot reach the server (connection refused); retrying (5 tries so far).",
    ]);
  });

  it("follows our own nick change announced as presence", () => {
    const state = run(start(), {
      type: "presence",
      presence: { kind: PresenceKind.PRESENCE_KIND_NICK, nick: "anna", oldNick: "ana" },
    });
    expect(state.nick).toBe("anna");
    expect(state.buffers[roomKey("lobby")]!.members).toEqual(["anna", "bob"]);
  });

  it("tells of our own nick change once, whether the reply or the presence comes first", () => {
    const presence: ClientEvent = {
      type: "presence",
      presence: { kind: PresenceKind.PRESENCE_KIND_NICK, nick: "anna", oldNick: "ana" },
    };
    for (const order of [
      [{ type: "nickChanged", nick: "anna" } as ClientEvent, presence],
      [presence, { type: "nickChanged", nick: "anna" } as ClientEvent],
    ]) {
      const state = run(start(), ...order);
      const said = texts(state, roomKey("lobby")).filter((t) => t.includes("anna"));
      expect(said).toEqual(["You are now anna"]);
      expect(state.buffers[roomKey("lobby")]!.members).toEqual(["anna", "bob"]);
    }
  });

  it("switches rooms relatively, by number and to the next with activity", () => {
    let state = run(start(), joined("dev"), joined("ops"));
    expect(state.active).toBe(roomKey("ops"));
    state = run(state, { type: "switchBy", delta: 1 });
    expect(state.active).toBe(SERVER_BUFFER);
    state = run(state, { type: "switchBy", delta: -1 }, { type: "switchBy", delta: -1 });
    expect(state.active).toBe(roomKey("dev"));
    state = run(state, { type: "jumpTo", index: 1 });
    expect(state.active).toBe(roomKey("lobby"));
    state = run(state, { type: "jumpTo", index: 8 });
    expect(state.active).toBe(roomKey("lobby"));
    state = run(state, msg("dev", 1, "bob", "plain"), msg("ops", 1, "bob", "ana: urgent"));
    state = run(state, { type: "nextActivity" });
    expect(state.active).toBe(roomKey("ops"));
    state = run(state, { type: "nextActivity" });
    expect(state.active).toBe(roomKey("dev"));
    state = run(state, { type: "nextActivity" });
    expect(state.active).toBe(roomKey("dev"));
  });

  it("keeps a scrolled view's anchor as lines arrive, and returns to the bottom", () => {
    let state = start();
    for (let i = 1; i <= 20; i++) state = run(state, msg("lobby", i, "bob", `m${i}`));
    const anchor = { lineId: state.buffers[roomKey("lobby")]!.lines.at(-5)!.id, row: 0 };
    state = run(state, { type: "scrollTo", scroll: anchor });
    state = run(state, msg("lobby", 21, "bob", "new"));
    expect(state.buffers[roomKey("lobby")]!.scroll).toEqual(anchor);
    state = run(state, { type: "scrollBottom" });
    expect(state.buffers[roomKey("lobby")]!.scroll).toBeNull();
  });

  it("slots a page of older history in before what is shown and remembers whether more exists", () => {
    let state = run(start(), {
      type: "history",
      target: { room: "lobby" },
      messages: [{ room: "lobby", seq: 50, fromNick: "bob", text: "fifty" }],
      fresh: false,
      olderAvailable: true,
    });
    expect(state.buffers[roomKey("lobby")]!.olderAvailable).toBe(true);
    state = run(state, {
      type: "history",
      target: { room: "lobby" },
      messages: [
        { room: "lobby", seq: 48, fromNick: "bob", text: "forty-eight" },
        { room: "lobby", seq: 49, fromNick: "bob", text: "forty-nine" },
      ],
      fresh: false,
      page: "older",
      hasMore: false,
    });
    expect(messageSeqs(state, roomKey("lobby"))).toEqual([48, 49, 50]);
    expect(state.buffers[roomKey("lobby")]).toMatchObject({ olderAvailable: false, unread: 0, lastSeq: 50 });
  });

  it("shows kicks, lost connections and shutdown notices in the current buffer and the server buffer", () => {
    let state = run(start(), {
      type: "notice",
      kind: NoticeKind.NOTICE_KIND_SHUTDOWN,
      text: "restarting",
      atMs: NOW,
    });
    expect(texts(state, roomKey("lobby")).at(-1)).toBe("Server shutting down: restarting");
    state = run(state, {
      type: "status",
      status: { type: "reconnecting", attempt: 1, retryAtMs: NOW + 2000, reason: "connection reset" },
    });
    expect(texts(state, roomKey("lobby")).at(-1)).toBe(
      "Connection lost (connection reset). Reconnecting in 2s.",
    );
    expect(state.buffers[roomKey("lobby")]!.joined).toBe(false);
    state = run(state, { type: "status", status: { type: "online" } }, joined("lobby", ["ana"], true));
    expect(texts(state, roomKey("lobby")).at(-1)).toBe("Reconnected.");
    expect(state.buffers[roomKey("lobby")]!.joined).toBe(true);
    state = run(state, {
      type: "kicked",
      reason: "spamming",
      by: "oper",
      banUntilMs: 0,
      banPermanent: false,
    });
    expect(texts(state, roomKey("lobby")).at(-1)).toBe("You were kicked by oper: spamming.");
    expect(texts(state, SERVER_BUFFER).at(-1)).toBe("You were kicked by oper: spamming.");
  });

  it("says whether a kick's ban is permanent or how long it lasts", () => {
    const kick = (banUntilMs: number, banPermanent: boolean) =>
      texts(
        run(initialState("ana", "parley"), {
          type: "kicked",
          reason: "spam",
          by: "oper",
          banUntilMs,
          banPermanent,
        }),
        SERVER_BUFFER,
      ).at(-1);
    expect(kick(0, true)).toBe("You were kicked by oper: spam. You are banned permanently.");
    expect(kick(NOW + 600_000, false)).toBe(
      `You were kicked by oper: spam. You are banned for 10m00s (until ${timeFormat.dateTime(NOW + 600_000)}).`,
    );
    const refused = (banUntilMs: number) =>
      texts(
        run(initialState("ana", "parley"), {
          type: "status",
          status: { type: "banned", reason: "spam", banUntilMs, retryAtMs: null },
        }),
        SERVER_BUFFER,
      ).at(-1);
    expect(refused(0)).toBe("You are banned permanently: spam");
    expect(refused(NOW + 90_000)).toBe(
      `You are banned for 1m30s (until ${timeFormat.dateTime(NOW + 90_000)}): spam`,
    );
  });

  it("marks /me actions and mentions", () => {
    const state = run(
      start(),
      msg("lobby", 1, "bob", "waves at ana", { kind: MessageKind.MESSAGE_KIND_ACTION }),
    );
    expect(state.buffers[roomKey("lobby")]!.lines.at(-1)).toMatchObject({ action: true, mention: true });
    expect(mentions("hi ana!", "ana")).toBe(true);
    expect(mentions("banana", "ana")).toBe(false);
    expect(mentions("ana_2 is here", "ana")).toBe(false);
    expect(mentions("[x] ping", "[x]")).toBe(true);
  });

  it("closes a conversation and focuses its neighbour; leaving a room removes it", () => {
    let state = run(start(), { type: "openDm", nick: "bob", focus: true });
    expect(state.active).toBe(dmKey("bob"));
    state = run(state, { type: "closeBuffer", key: dmKey("bob") });
    expect(state.active).toBe(roomKey("lobby"));
    state = run(state, { type: "left", room: "lobby" });
    expect(state.order).toEqual([SERVER_BUFFER]);
    expect(state.active).toBe(SERVER_BUFFER);
  });
});

describe("ignore, highlight words and restore", () => {
  it("hides an ignored person's messages, now and later, but never our own", () => {
    let state = run(start(), msg("lobby", 1, "eve", "spam"), msg("lobby", 2, "bob", "hi"));
    state = run(state, { type: "setIgnore", rules: [{ nick: "EVE" }] });
    state = run(state, msg("lobby", 3, "eve", "more spam"), msg("lobby", 4, "ana", "mine"));
    const shown = texts(state, roomKey("lobby")).filter((t) => t.includes(": "));
    expect(shown).toEqual(["bob: hi", "ana: mine"]);
    state = run(state, { type: "setIgnore", rules: [] }, msg("lobby", 5, "eve", "back"));
    expect(texts(state, roomKey("lobby"))).toContain("eve: back");
  });

  it("counts a highlight word as a mention", () => {
    let state = run(
      start(),
      { type: "setHighlightWords", words: ["deploy"] },
      { type: "switchTo", key: SERVER_BUFFER },
    );
    state = run(state, msg("lobby", 1, "bob", "Deploy is done"), msg("lobby", 2, "bob", "redeployment"));
    const lines = state.buffers[roomKey("lobby")]!.lines.filter((l) => l.type === "message");
    expect(lines.map((l) => l.type === "message" && l.mention)).toEqual([true, false]);
    expect(state.buffers[roomKey("lobby")]!.highlights).toBe(1);
  });

  it("shows the rooms and conversations of last time before they are joined", () => {
    let state = run(initialState("ana", "net"), {
      type: "restore",
      rooms: ["dev", "lobby"],
      directs: ["bob"],
    });
    expect(state.order).toEqual([SERVER_BUFFER, roomKey("dev"), roomKey("lobby"), dmKey("bob")]);
    expect(state.buffers[roomKey("dev")]!.joined).toBe(false);
    state = run(state, joined("dev"));
    expect(state.buffers[roomKey("dev")]!.joined).toBe(true);
    expect(state.order).toHaveLength(4);
  });
});

describe("another client of the account", () => {
  it("joins a room for us without taking the screen", () => {
    let state = run(initialState("ana", "net"), joined("lobby"));
    state = run(state, { ...joined("ops"), elsewhere: true } as ClientEvent);
    expect(state.active).toBe(roomKey("lobby"));
    expect(state.buffers[roomKey("ops")]!.joined).toBe(true);
    expect(texts(state, roomKey("ops"))).toEqual(["You joined #ops on another client"]);
  });
});
