// The collapsing of one recipient's waiting presence: joins and their leaves or quits cancel, nick chains
// shorten, a join then a nick change is a join of the final nick, and everything else keeps its order;
// and for any burst, a client applying the collapsed events ends where one applying them all does.
import { type Presence, PresenceKind } from "@parley/protocol";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type CollapsedPresence, collapsePresence, type QueuedPresence } from "./presence-collapse.js";

const { PRESENCE_KIND_JOIN: JOIN, PRESENCE_KIND_LEAVE: LEAVE, PRESENCE_KIND_QUIT: QUIT } = PresenceKind;
const { PRESENCE_KIND_NICK: NICK, PRESENCE_KIND_KICK: KICK } = PresenceKind;

/** A queued event; its frame is a distinct array so the output can be matched by identity. */
function event(presence: Presence, firstSight = false): QueuedPresence {
  return { frame: new Uint8Array([1]), presence, firstSight };
}
const join = (id: number, nick: string, room = "big", firstSight = false) =>
  event({ kind: JOIN, sessionId: id, nick, room, atMs: 1 }, firstSight);
const leave = (id: number, nick: string, room = "big") =>
  event({ kind: LEAVE, sessionId: id, nick, room, atMs: 2 });
const quit = (id: number, nick: string) => event({ kind: QUIT, sessionId: id, nick, reason: "bye", atMs: 3 });
const nick = (id: number, oldNick: string, newNick: string, atMs = 4) =>
  event({ kind: NICK, sessionId: id, nick: newNick, oldNick, atMs });
const kick = (id: number, who: string) => event({ kind: KICK, sessionId: id, nick: who, by: "op", atMs: 5 });

/** The output as: the index of the queued event written as is, or the rewritten presence. */
function described(queue: QueuedPresence[], out: CollapsedPresence[]) {
  return out.map((o) =>
    "frame" in o ? queue.indexOf(queue.find((q) => q.frame === o.frame)!) : o.rewritten,
  );
}
const run = (queue: QueuedPresence[]) => described(queue, collapsePresence(queue));

describe("collapsePresence", () => {
  it("writes a queue with nothing to collapse as it came", () => {
    const queue = [join(1, "a"), leave(2, "b"), nick(3, "c", "d"), quit(4, "e"), join(5, "f")];
    expect(run(queue)).toEqual([0, 1, 2, 3, 4]);
  });

  it("cancels a join and the leave of the same room, however often, leaving others in order", () => {
    const queue = [
      join(1, "a"),
      join(9, "x"),
      leave(1, "a"),
      join(1, "a"),
      leave(1, "a"),
      leave(9, "x", "other"),
    ];
    expect(run(queue)).toEqual([1, 5]);
    // A leave of another room does not cancel the join.
    expect(run([join(1, "a", "r1"), leave(1, "a", "r2")])).toEqual([0, 1]);
    // Leave then join (the subject was there before) is what changed, and stays.
    expect(run([leave(1, "a"), join(1, "a")])).toEqual([0, 1]);
  });

  it("cancels a first-sight join and the quit after it; keeps the quit of a subject known before", () => {
    expect(run([join(1, "a", "big", true), join(7, "z"), quit(1, "a")])).toEqual([1]);
    // Known before (a join that is not a first sight): its join goes, the quit stays.
    expect(run([join(1, "a"), join(7, "z"), quit(1, "a")])).toEqual([1, 2]);
    // Known before through a nick change: the nick change stays too.
    expect(run([nick(1, "a", "b"), join(1, "b", "r2"), quit(1, "b")])).toEqual([0, 2]);
  });

  it("shortens a chain of nick changes to one, in the first one's place", () => {
    const queue = [nick(1, "a", "b", 10), join(7, "z"), nick(1, "b", "c", 11), nick(1, "c", "d", 12)];
    expect(run(queue)).toEqual([{ kind: NICK, sessionId: 1, nick: "d", oldNick: "a", atMs: 12 }, 1]);
    // Back where it began: nothing to tell.
    expect(run([nick(1, "a", "b"), nick(1, "b", "a"), join(7, "z")])).toEqual([2]);
    // Case is a change people see.
    expect(run([nick(1, "a", "b"), nick(1, "b", "A")])).toEqual([
      { kind: NICK, sessionId: 1, nick: "A", oldNick: "a", atMs: 4 },
    ]);
  });

  it("renames the subject's events between the links of a chain", () => {
    const queue = [nick(1, "a", "b"), join(1, "b", "r2"), nick(1, "b", "c")];
    expect(run(queue)).toEqual([
      { kind: NICK, sessionId: 1, nick: "c", oldNick: "a", atMs: 4 },
      { kind: JOIN, sessionId: 1, nick: "c", room: "r2", atMs: 1 },
    ]);
  });

  it("folds nick changes into a first-sight join: one join of the final nick", () => {
    const queue = [join(1, "a", "big", true), join(7, "z"), nick(1, "a", "b"), nick(1, "b", "c")];
    expect(run(queue)).toEqual([{ kind: JOIN, sessionId: 1, nick: "c", room: "big", atMs: 1 }, 1]);
    // Joined, renamed, left: nothing at all.
    expect(run([join(1, "a", "big", true), nick(1, "a", "b"), leave(1, "b")])).toEqual([]);
  });

  it("keeps a nick change after a join the recipient may know the subject from elsewhere", () => {
    const queue = [join(1, "a"), nick(1, "a", "b")];
    expect(run(queue)).toEqual([0, 1]);
    // The join and its leave still cancel; the nick change renames the subject elsewhere.
    expect(run([join(1, "a"), nick(1, "a", "b"), leave(1, "b")])).toEqual([1]);
  });

  it("merges nothing across a kick", () => {
    const queue = [join(1, "a", "big", true), kick(1, "a")];
    expect(run(queue)).toEqual([0, 1]);
    expect(run([nick(2, "b", "c"), kick(2, "c"), nick(2, "c", "d")])).toEqual([0, 1, 2]);
  });

  it("passes frames of unknown content through in place", () => {
    const relayed: QueuedPresence = { frame: new Uint8Array([9]), presence: undefined, firstSight: false };
    const queue = [join(1, "a"), relayed, leave(1, "a")];
    expect(run(queue)).toEqual([1]);
  });
});

/** What a client knows of the others after applying presence events: each one's nick and rooms it sees. */
type View = Map<number, { nick: string; rooms: Set<string> }>;

function apply(view: View, p: Presence): void {
  const id = Number(p.sessionId);
  const known = view.get(id);
  if (p.kind === JOIN) {
    const entry = known ?? { nick: "", rooms: new Set<string>() };
    entry.nick = p.nick ?? "";
    entry.rooms.add(p.room ?? "");
    view.set(id, entry);
  } else if (p.kind === LEAVE) {
    known?.rooms.delete(p.room ?? "");
    if (known && known.rooms.size === 0) view.delete(id);
  } else if (p.kind === QUIT || p.kind === KICK) view.delete(id);
  else if (p.kind === NICK && known) known.nick = p.nick ?? "";
}

const copy = (view: View): View =>
  new Map([...view].map(([id, v]) => [id, { nick: v.nick, rooms: new Set(v.rooms) }]));

describe("collapsePresence, for any burst (property)", () => {
  const ROOMS = ["a", "b", "c"];
  /** The recipient is in a and b; c it does not see. */
  const SEEN = new Set(["a", "b"]);

  it("leaves the recipient's view of everyone where the whole burst leaves it", () => {
    const action = fc.record({
      subject: fc.integer({ min: 1, max: 3 }),
      kind: fc.constantFrom("join", "leave", "nick", "quit"),
      room: fc.constantFrom(...ROOMS),
      nick: fc.constantFrom("n1", "n2", "n3", "N1"),
    });
    const start = fc.array(fc.subarray(ROOMS), { minLength: 3, maxLength: 3 });
    fc.assert(
      fc.property(start, fc.array(action, { maxLength: 40 }), (initial, actions) => {
        // The server's side: where each subject is, and what it tells the recipient.
        const where = new Map<number, { nick: string; rooms: Set<string> } | undefined>();
        const before: View = new Map();
        initial.forEach((rooms, i) => {
          where.set(i + 1, { nick: `s${i + 1}`, rooms: new Set(rooms) });
          const seen = rooms.filter((r) => SEEN.has(r));
          if (seen.length) before.set(i + 1, { nick: `s${i + 1}`, rooms: new Set(seen) });
        });
        const shares = (rooms: Set<string>) => [...rooms].some((r) => SEEN.has(r));
        const queue: QueuedPresence[] = [];
        for (const a of actions) {
          const s = where.get(a.subject);
          if (!s) continue; // quit
          if (a.kind === "join" && !s.rooms.has(a.room)) {
            const firstSight = !shares(s.rooms);
            s.rooms.add(a.room);
            if (SEEN.has(a.room)) queue.push(join(a.subject, s.nick, a.room, firstSight));
          } else if (a.kind === "leave" && s.rooms.has(a.room)) {
            if (SEEN.has(a.room)) queue.push(leave(a.subject, s.nick, a.room));
            s.rooms.delete(a.room);
          } else if (a.kind === "nick" && a.nick !== s.nick) {
            if (shares(s.rooms)) queue.push(nick(a.subject, s.nick, a.nick));
            s.nick = a.nick;
          } else if (a.kind === "quit") {
            if (shares(s.rooms)) queue.push(quit(a.subject, s.nick));
            where.set(a.subject, undefined);
          }
        }
        const all = copy(before);
        for (const q of queue) apply(all, q.presence!);
        const collapsed = copy(before);
        const out = collapsePresence(queue);
        for (const o of out)
          apply(collapsed, "frame" in o ? queue.find((q) => q.frame === o.frame)!.presence! : o.rewritten);
        expect(collapsed).toEqual(all);
        expect(out.length).toBeLessThanOrEqual(queue.length);
      }),
      { numRuns: 2000 },
    );
  });
});
