// Search in the reducer: matches listed and numbered in the search buffer, the next page added,
// and a match revealed in its conversation with the view held on it.
import type { ChatMessage } from "@parley/protocol";
import { describe, expect, it } from "vitest";
import type { ClientEvent } from "../client/events.js";
import { parseInput } from "./commands.js";
import { type ChatState, initialState, roomKey, SEARCH_BUFFER } from "./model.js";
import { type Action, reducer } from "./reducer.js";

const NOW = Date.UTC(2026, 11, 2, 12);
const run = (state: ChatState, ...events: ClientEvent[]) =>
  events.reduce((s, e) => reducer(s, { ...e, nowMs: NOW } as Action), state);
const texts = (state: ChatState, key: string) =>
  state.buffers[key]!.lines.map((l) => (l.type === "message" ? `${l.from}: ${l.text}` : l.text));

const results = (messages: ChatMessage[], more = false, nextCursor = 0): ClientEvent => ({
  type: "searchResults",
  query: "deploy",
  scope: { room: "lobby" },
  messages,
  terms: ["deploy"],
  nextCursor,
  more,
});

const start = () =>
  run(initialState("ana", "net"), {
    type: "joined",
    room: "lobby",
    topic: "",
    members: [{ nick: "ana" }],
    lastSeq: 40,
    resumed: false,
  });

describe("search in the reducer", () => {
  it("lists the matches numbered in the search buffer and shows it; the next page continues the numbers", () => {
    let state = run(
      start(),
      results([{ room: "lobby", seq: 30, fromNick: "bob", text: "deploy done" }], false, 7),
    );
    expect(state.active).toBe(SEARCH_BUFFER);
    expect(texts(state, SEARCH_BUFFER)).toEqual([
      'Search for "deploy" in #lobby:',
      "bob: 1. #lobby: deploy done",
      "1 match so far: /goto N shows one in its conversation; /search alone for more.",
    ]);
    state = run(state, results([{ fromNick: "ana", toNick: "bob", seq: 3, text: "deploy?" }], true, 0));
    expect(texts(state, SEARCH_BUFFER).slice(1)).toEqual([
      "bob: 1. #lobby: deploy done",
      "ana: 2. bob: deploy?",
      "2 matches: /goto N shows one in its conversation.",
    ]);
    expect(state.search?.matches.map((m) => m.seq)).toEqual([30, 3]);
    state = run(state, results([], false, 0));
    expect(texts(state, SEARCH_BUFFER)).toEqual(['Search for "deploy" in #lobby:', "No matches."]);
  });

  it("reveals a loaded match in its conversation, marked, with the view held on it", () => {
    let state = run(
      start(),
      results([{ room: "lobby", seq: 12, fromNick: "bob", text: "deploy done" }]),
      {
        type: "history",
        target: { room: "lobby" },
        fresh: false,
        messages: Array.from({ length: 21 }, (_, i) => ({
          room: "lobby",
          seq: i + 2,
          fromNick: "bob",
          text: `m${i + 2}`,
        })),
      },
      { type: "reveal", target: { room: "lobby" }, seq: 12 },
    );
    const lobby = state.buffers[roomKey("lobby")]!;
    expect(state.active).toBe(roomKey("lobby"));
    const found = lobby.lines.filter((l) => l.type === "message" && l.found);
    expect(found.map((l) => l.type === "message" && l.seq)).toEqual([12]);
    const anchor = lobby.lines.find((l) => l.id === lobby.scroll?.lineId);
    expect(anchor?.type === "message" && anchor.seq).toBe(17);
    state = run(state, { type: "reveal", target: { room: "lobby" }, seq: 99 });
    expect(texts(state, roomKey("lobby")).at(-1)).toBe("That message is no longer stored.");
  });

  it("parses /search and /goto", () => {
    expect(parseInput("/search deploy failed")).toEqual({
      type: "search",
      text: "deploy failed",
      all: false,
    });
    expect(parseInput("/search -all deploy")).toEqual({ type: "search", text: "deploy", all: true });
    expect(parseInput("/search")).toEqual({ type: "search", text: "", all: false });
    expect(parseInput("/goto 3")).toEqual({ type: "goto", index: 3 });
    expect(parseInput("/goto x")).toEqual({ type: "usage", message: "Usage: /goto <n>" });
  });
});
