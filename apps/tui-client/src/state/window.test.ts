// The bounded window of lines, through the reducer: paged back from the newest to the first of
// thousands of messages by the screen's own scrolling, never over its bound, steady under live messages.
import { describe, expect, it } from "vitest";
import type { ClientEvent } from "../client/events.js";
import { rowsAbove, rowsBelow, scrollBy, type ViewGeometry, viewRows } from "../components/scrollback.js";
import { type ChatState, initialState, MAX_LINES_PER_BUFFER, roomKey } from "./model.js";
import { type Action, reducer, type UiAction } from "./reducer.js";
import { newestHeldSeq, oldestHeldSeq } from "./window.js";

const NOW = 1_700_000_000_000;
const run = (state: ChatState, ...actions: (ClientEvent | UiAction)[]) =>
  actions.reduce((s, a) => reducer(s, { ...a, nowMs: NOW } as Action), state);
const TOTAL = 6000;
const PAGE = 100;
const label = (seq: number) => `msg ${String(seq).padStart(5, "0")}`;
const stored = (from: number, to: number) =>
  Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => ({
    room: "lobby",
    seq: from + i,
    fromNick: "bob",
    text: label(from + i),
    sentAtMs: NOW,
  }));
const view: ViewGeometry = { width: 60, height: 20, nickWidth: 6, readMarker: null };
const key = roomKey("lobby");

function joinedRoom(): ChatState {
  let state = run(initialState("ana", "t"), {
    type: "joined",
    room: "lobby",
    topic: "",
    members: [],
    lastSeq: TOTAL,
    resumed: false,
  });
  // A first join's history: the server does not say whether more is stored.
  state = run(state, {
    type: "history",
    target: { room: "lobby" },
    messages: stored(TOTAL - PAGE + 1, TOTAL),
    fresh: false,
    olderAvailable: false,
  });
  return state;
}

/** What the server would answer to a page asked for. */
function olderPage(beforeSeq: number): ClientEvent {
  const from = Math.max(1, beforeSeq - PAGE);
  return {
    type: "history",
    target: { room: "lobby" },
    messages: stored(from, beforeSeq - 1),
    fresh: false,
    page: "older",
    hasMore: from > 1,
  };
}

describe("the window of lines", () => {
  it("pages back from the newest to the first message, holding at most the bound", () => {
    let state = joinedRoom();
    expect(state.buffers[key]!.olderAvailable).toBe(true);
    const seen = new Set<string>();
    const collect = () => {
      const b = state.buffers[key]!;
      for (const row of viewRows(b.lines, b.scroll, view))
        for (const s of row.segments) if (s.text.startsWith("msg ")) seen.add(s.text.trim());
    };
    collect();
    for (let presses = 0; presses < 2 * TOTAL && seen.size < TOTAL; presses++) {
      const buffer = state.buffers[key]!;
      const scroll = scrollBy(buffer.lines, buffer.scroll, view.height - 2, view);
      state = run(state, { type: "scrollTo", scroll });
      // Within the bound once the view has moved; over it by the page fetched ahead at most.
      expect(state.buffers[key]!.lines.length).toBeLessThanOrEqual(MAX_LINES_PER_BUFFER);
      if (buffer.olderAvailable && rowsAbove(buffer.lines, scroll, view, 60) < 60)
        state = run(state, olderPage(oldestHeldSeq(buffer.lines)));
      const after = state.buffers[key]!;
      expect(after.lines.length).toBeLessThanOrEqual(MAX_LINES_PER_BUFFER + PAGE);
      collect();
    }
    expect(seen.size).toBe(TOTAL);
    const buffer = state.buffers[key]!;
    expect(buffer).toMatchObject({ olderAvailable: false, newerAvailable: true });
    expect(oldestHeldSeq(buffer.lines)).toBe(1);
  });

  it("takes a page fetched ahead without changing anything on screen, even past the bound", () => {
    let state = joinedRoom();
    // Back until the window is full and the view is near its oldest line.
    while (state.buffers[key]!.lines.length + PAGE <= MAX_LINES_PER_BUFFER) {
      const buffer = state.buffers[key]!;
      state = run(state, { type: "scrollTo", scroll: scrollBy(buffer.lines, buffer.scroll, 18, view) });
      state = run(state, olderPage(oldestHeldSeq(state.buffers[key]!.lines)));
    }
    // Up to the oldest line held, where the app fetches the page before it.
    const buffer = state.buffers[key]!;
    state = run(state, { type: "scrollTo", scroll: scrollBy(buffer.lines, buffer.scroll, 10_000, view) });
    const before = state.buffers[key]!;
    expect(rowsAbove(before.lines, before.scroll, view, 60)).toBeLessThan(60);
    expect(before.newerAvailable).toBe(false);
    state = run(state, olderPage(oldestHeldSeq(before.lines)));
    const after = state.buffers[key]!;
    expect(after.lines.length).toBeGreaterThan(MAX_LINES_PER_BUFFER);
    // What the screen draws from the buffer: the rows in view and -MORE(n)- below them.
    expect(viewRows(after.lines, after.scroll, view)).toEqual(viewRows(before.lines, before.scroll, view));
    expect(rowsBelow(after.lines, after.scroll, view)).toBe(rowsBelow(before.lines, before.scroll, view));
    expect(after.newerAvailable).toBe(false);
    // The next move trims the newest end, away from the view.
    state = run(state, { type: "scrollTo", scroll: scrollBy(after.lines, after.scroll, 18, view) });
    const moved = state.buffers[key]!;
    expect(moved.lines.length).toBe(MAX_LINES_PER_BUFFER);
    expect(moved.newerAvailable).toBe(true);
    expect(oldestHeldSeq(moved.lines)).toBe(oldestHeldSeq(after.lines));
  });

  it("keeps the rows in view while live messages arrive, and pages forward again", () => {
    let state = joinedRoom();
    // Back past the bound, fetching as the app does: once the oldest line held is near.
    for (let i = 0; i < 1000 && !state.buffers[key]!.newerAvailable; i++) {
      const buffer = state.buffers[key]!;
      const scroll = scrollBy(buffer.lines, buffer.scroll, 18, view);
      state = run(state, { type: "scrollTo", scroll });
      if (buffer.olderAvailable && rowsAbove(buffer.lines, scroll, view, 60) < 60)
        state = run(state, olderPage(oldestHeldSeq(buffer.lines)));
    }
    const held = state.buffers[key]!;
    expect(held.newerAvailable).toBe(true);
    const inView = viewRows(held.lines, held.scroll, view);
    state = run(state, { type: "message", message: stored(TOTAL + 1, TOTAL + 1)[0]! });
    const after = state.buffers[key]!;
    expect(viewRows(after.lines, after.scroll, view)).toEqual(inView);
    expect(after.lastSeq).toBe(TOTAL + 1);
    // Forward: a page after the newest held goes at the end, the oldest end goes past the bound.
    const newest = newestHeldSeq(after.lines);
    state = run(state, {
      type: "history",
      target: { room: "lobby" },
      messages: stored(newest + 1, newest + PAGE),
      fresh: false,
      page: "newer",
      hasMore: true,
    });
    expect(newestHeldSeq(state.buffers[key]!.lines)).toBe(newest + PAGE);
    expect(state.buffers[key]!.lines.length).toBeLessThanOrEqual(MAX_LINES_PER_BUFFER);
    expect(rowsBelow(state.buffers[key]!.lines, state.buffers[key]!.scroll, view)).toBeGreaterThan(0);
    // The newest page replaces the window and the view follows it again.
    state = run(state, {
      type: "history",
      target: { room: "lobby" },
      messages: stored(TOTAL + 1 - PAGE + 1, TOTAL + 1),
      fresh: false,
      page: "latest",
      hasMore: true,
    });
    expect(state.buffers[key]).toMatchObject({ scroll: null, newerAvailable: false, olderAvailable: true });
    expect(newestHeldSeq(state.buffers[key]!.lines)).toBe(TOTAL + 1);
  });

  it("trims the oldest lines while following the newest", () => {
    let state = joinedRoom();
    for (let seq = TOTAL + 1; seq <= TOTAL + MAX_LINES_PER_BUFFER; seq++)
      state = run(state, { type: "message", message: stored(seq, seq)[0]! });
    const buffer = state.buffers[key]!;
    expect(buffer.lines.length).toBe(MAX_LINES_PER_BUFFER);
    expect(newestHeldSeq(buffer.lines)).toBe(TOTAL + MAX_LINES_PER_BUFFER);
    expect(buffer).toMatchObject({ olderAvailable: true, newerAvailable: false, scroll: null });
  });

  it("takes a batch of live messages past the bound as one by one, changing no earlier state", () => {
    const before = joinedRoom();
    const linesBefore = [...before.buffers[key]!.lines];
    const messages = stored(TOTAL + 1, TOTAL + MAX_LINES_PER_BUFFER + 50).map(
      (message): Action => ({ type: "message", message, nowMs: NOW }),
    );
    // Two batches, so the second appends to an array the first made (and handed out).
    const half = Math.floor(messages.length / 2);
    const first = reducer(before, { type: "batch", actions: messages.slice(0, half), nowMs: NOW });
    const firstLines = [...first.buffers[key]!.lines];
    const batched = reducer(first, { type: "batch", actions: messages.slice(half), nowMs: NOW });
    const oneByOne = messages.reduce(reducer, before);
    expect(batched.buffers[key]!.lines).toEqual(oneByOne.buffers[key]!.lines);
    expect(batched.buffers[key]).toMatchObject({ olderAvailable: true, newerAvailable: false });
    expect(before.buffers[key]!.lines).toEqual(linesBefore);
    expect(first.buffers[key]!.lines).toEqual(firstLines);
  });
});
