// /whois and /away in the terminal client without a terminal: parsing the commands, the lines a Whois
// reply prints, and the away and guest marks the reducer keeps from member lists and presence.
import { timeFormat } from "@parley/cli-shell";
import { PresenceKind } from "@parley/protocol";
import { describe, expect, it } from "vitest";
import type { ClientEvent } from "../client/events.js";
import { parseInput } from "./commands.js";
import { type ChatState, dmKey, initialState, roomKey } from "./model.js";
import { nickListLabel, whoisLines } from "./presence-details.js";
import { type Action, reducer, type UiAction } from "./reducer.js";

const NOW = 1_700_000_000_000;
const run = (state: ChatState, ...actions: (ClientEvent | UiAction)[]): ChatState =>
  actions.reduce((s, a) => reducer(s, { ...a, nowMs: NOW } as Action), state);
const texts = (state: ChatState, key: string) =>
  state.buffers[key]!.lines.map((l) => (l.type === "message" ? `${l.from}: ${l.text}` : l.text));

const start = () =>
  run(
    initialState("ana", "net"),
    { type: "status", status: { type: "online" } },
    {
      type: "joined",
      room: "lobby",
      topic: "",
      members: [
        { nick: "ana", registered: true },
        { nick: "Bob", registered: true, away: true },
        { nick: "gus" },
      ],
      lastSeq: 0,
      resumed: false,
    },
  );

describe("/whois and /away commands", () => {
  it("parses /whois with one valid nick, /away with or without a message, and /back", () => {
    expect(parseInput("/whois bob")).toEqual({ type: "whois", nick: "bob" });
    expect(parseInput("/wi bob")).toEqual({ type: "whois", nick: "bob" });
    expect(parseInput("/whois")).toEqual({ type: "usage", message: "Usage: /whois <nick>" });
    expect(parseInput("/whois bob eve")).toMatchObject({ type: "usage" });
    expect(parseInput("/away  gone   to lunch ")).toEqual({ type: "away", message: "gone to lunch" });
    expect(parseInput("/away")).toEqual({ type: "away", message: "" });
    expect(parseInput("/back")).toEqual({ type: "away", message: "" });
  });
});

describe("whoisLines", () => {
  it("names the account, idle time, connection, shared rooms, away message and clients", () => {
    const lines = whoisLines(
      {
        nick: "bob",
        account: "Bob",
        idleMs: 192_000,
        sharedRooms: ["lobby", "ops"],
        awayMessage: "lunch",
        awaySinceMs: NOW - 60_000,
        connectedAtMs: NOW - 7_500_000,
        clients: 2,
      },
      NOW,
    );
    expect(lines).toEqual([
      "bob is logged in to the account Bob",
      `  idle 3m12s, connected since ${timeFormat.dateTime(NOW - 7_500_000)} (2h05m ago)`,
      "  rooms you share: #lobby, #ops",
      `  away since ${timeFormat.clock(NOW - 60_000)}: lunch`,
      "  on 2 clients at once",
    ]);
  });

  it("shows a guest as a guest, and no shared rooms as such", () => {
    const lines = whoisLines({ nick: "gus", idleMs: 0, connectedAtMs: NOW, clients: 1 }, NOW);
    expect(lines[0]).toBe("gus is a guest (no account)");
    expect(lines[2]).toBe("  no rooms in common with you");
    expect(lines).toHaveLength(3);
  });
});

describe("reducer: away and guests", () => {
  it("marks guests and away members from the member list, and keeps them through presence", () => {
    let state = start();
    expect(state.nickFlags).toEqual({
      ana: { guest: false, away: false },
      bob: { guest: false, away: true },
      gus: { guest: true, away: false },
    });
    expect(nickListLabel("gus", state.nickFlags.gus)).toBe("~gus");
    expect(nickListLabel("Bob", state.nickFlags.bob)).toBe("Bob");
    const presence = (p: object): ClientEvent => ({ type: "presence", presence: { atMs: NOW, ...p } });
    state = run(
      state,
      presence({ kind: PresenceKind.PRESENCE_KIND_BACK, nick: "Bob" }),
      presence({ kind: PresenceKind.PRESENCE_KIND_JOIN, room: "lobby", nick: "cy", away: true }),
      presence({ kind: PresenceKind.PRESENCE_KIND_NICK, nick: "gustav", oldNick: "gus" }),
      presence({ kind: PresenceKind.PRESENCE_KIND_QUIT, nick: "cy" }),
    );
    expect(state.nickFlags).toEqual({
      ana: { guest: false, away: false },
      bob: { guest: false, away: false },
      gustav: { guest: true, away: false },
    });
    // Rooms stay quiet about away changes.
    expect(texts(state, roomKey("lobby")).some((t) => /away|back/.test(t))).toBe(false);
  });

  it("prints a Whois reply in the current buffer", () => {
    const state = run(start(), {
      type: "whois",
      info: { nick: "gus", idleMs: 5000, connectedAtMs: NOW, clients: 1, sharedRooms: ["lobby"] },
    });
    expect(texts(state, roomKey("lobby")).slice(-3)).toEqual([
      "gus is a guest (no account)",
      `  idle 5s, connected since ${timeFormat.dateTime(NOW)} (0s ago)`,
      "  rooms you share: #lobby",
    ]);
  });

  it("keeps our own away message, and says when we go away and come back", () => {
    let state = run(start(), { type: "away", message: "lunch" });
    expect(state.away).toBe("lunch");
    expect(texts(state, roomKey("lobby")).at(-1)).toBe("You are away: lunch");
    state = run(state, { type: "away", message: "" });
    expect(state.away).toBe("");
    expect(texts(state, roomKey("lobby")).at(-1)).toBe("You are back.");
  });

  it("shows the away notice and away changes in the conversation with that person", () => {
    let state = run(start(), { type: "openDm", nick: "Bob", focus: false });
    state = run(state, { type: "userAway", nick: "Bob", message: "lunch", sinceMs: NOW - 60_000 });
    expect(texts(state, dmKey("bob")).at(-1)).toBe(
      `Bob is away (since ${timeFormat.clock(NOW - 60_000)}): lunch`,
    );
    state = run(state, {
      type: "presence",
      presence: { kind: PresenceKind.PRESENCE_KIND_BACK, nick: "Bob", atMs: NOW },
    });
    expect(texts(state, dmKey("bob")).at(-1)).toBe("Bob is back");
  });
});
