// mapEnvelope as a pure function over envelopes as they come off the wire: what the interface is
// told, and what the reconnect loop is asked to do.
import {
  decodeEnvelope,
  type Envelope,
  ErrorCode,
  encodeEnvelope,
  NoticeKind,
  PresenceKind,
  type ResumeNote,
} from "@parley/protocol";
import { describe, expect, it } from "vitest";
import { historyEvent, mapEnvelope } from "./event-mapper.js";

const map = (envelope: Envelope, note?: ResumeNote) =>
  mapEnvelope(decodeEnvelope(encodeEnvelope(envelope)), note);

describe("mapEnvelope", () => {
  it("reports live messages, presence, topics and notices as they are", () => {
    const message = map({ message: { room: "dev", seq: 4, fromNick: "ana", text: "hi" } });
    expect(message.action).toBeUndefined();
    expect(message.events).toMatchObject([{ type: "message", message: { room: "dev", seq: 4, text: "hi" } }]);
    expect(
      map({ presence: { kind: PresenceKind.PRESENCE_KIND_JOIN, room: "dev", nick: "bob" } }).events,
    ).toMatchObject([
      { type: "presence", presence: { kind: PresenceKind.PRESENCE_KIND_JOIN, room: "dev", nick: "bob" } },
    ]);
    expect(map({ topicChanged: { room: "dev", topic: "t", byNick: "bob", atMs: 9 } }).events).toEqual([
      { type: "topic", room: "dev", topic: "t", byNick: "bob", atMs: 9 },
    ]);
    expect(map({ notice: { kind: NoticeKind.NOTICE_KIND_SHUTDOWN, text: "bye", atMs: 3 } }).events).toEqual([
      { type: "notice", kind: NoticeKind.NOTICE_KIND_SHUTDOWN, text: "bye", atMs: 3 },
    ]);
  });

  it("marks a Joined as resumed only when the resume points say so", () => {
    // Part of a Login's reply: it carries the Login's request id.
    const joined = {
      requestId: 3,
      joined: { room: "dev", topic: "t", lastSeq: 8, members: [{ nick: "ana" }] },
    };
    expect(map(joined).events).toEqual([
      {
        type: "joined",
        room: "dev",
        topic: "t",
        lastSeq: 8,
        members: [expect.objectContaining({ nick: "ana" })],
        resumed: false,
      },
    ]);
    expect(map(joined, { type: "joined", room: "dev", resumed: true }).events[0]).toMatchObject({
      resumed: true,
    });
    // An event (request id 0): another client of our account joined, and brought this one along.
    expect(map({ ...joined, requestId: 0 }).events[0]).toMatchObject({ elsewhere: true });
  });

  it("treats a replay as fresh and asks for the rest when it was cut, a first look as history with older pages", () => {
    const history = {
      history: { room: "dev", hasMore: true, messages: [{ room: "dev", seq: 5, text: "a" }] },
    };
    const replay = map(history, { type: "history", room: "dev", replay: true, continueAfterSeq: 5 });
    expect(replay.events).toMatchObject([{ type: "history", target: { room: "dev" }, fresh: true }]);
    expect(replay.events[0]).toHaveProperty("olderAvailable", undefined);
    expect(replay.action).toEqual({ type: "catchUp", room: "dev", afterSeq: 5 });
    const firstLook = map(history, { type: "history", room: "dev", replay: false });
    expect(firstLook.events).toMatchObject([{ type: "history", fresh: false, olderAvailable: true }]);
    expect(firstLook.action).toBeUndefined();
  });

  it("reports a kick and asks the loop to stay away", () => {
    const kicked = map({ kicked: { reason: "spam", by: "oper", banUntilMs: 1234 } });
    const fields = { reason: "spam", by: "oper", banUntilMs: 1234, banPermanent: false };
    expect(kicked.events).toEqual([{ type: "kicked", ...fields }]);
    expect(kicked.action).toEqual({ type: "kicked", ...fields });
    const forGood = map({ kicked: { reason: "spam", by: "oper", banPermanent: true } });
    expect(forGood.action).toEqual({
      type: "kicked",
      reason: "spam",
      by: "oper",
      banUntilMs: 0,
      banPermanent: true,
    });
  });

  it("turns a ban into an action and other errors into words", () => {
    const banned = map({ error: { code: ErrorCode.ERROR_CODE_BANNED, message: "go away", banUntilMs: 99 } });
    expect(banned).toEqual({ events: [], action: { type: "banned", reason: "go away", banUntilMs: 99 } });
    expect(map({ error: { code: ErrorCode.ERROR_CODE_RATE_LIMITED, retryAfterMs: 2500 } }).events).toEqual([
      { type: "error", text: "You are sending too fast; wait 3s." },
    ]);
    // A fatal one is the reason for the close that follows, told once by the reconnect loop.
    expect(map({ error: { code: ErrorCode.ERROR_CODE_PING_TIMEOUT, fatal: true } })).toEqual({ events: [] });
  });

  it("leaves pings and replies' kinds with no meaning for the interface alone", () => {
    expect(map({ ping: { sentAtMs: 1 } })).toEqual({ events: [] });
    expect(map({ ok: {} })).toEqual({ events: [] });
  });
});

describe("historyEvent", () => {
  it("says whether older messages exist only for a page that is not a replay", () => {
    expect(historyEvent({ nick: "bob" }, { hasMore: true, messages: [] }, false)).toEqual({
      type: "history",
      target: { nick: "bob" },
      messages: [],
      fresh: false,
      olderAvailable: true,
    });
    expect(historyEvent({ nick: "bob" }, { hasMore: true }, true)).toMatchObject({
      fresh: true,
      olderAvailable: undefined,
    });
  });
});
