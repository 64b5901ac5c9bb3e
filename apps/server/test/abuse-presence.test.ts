// Presence storms over real sockets: a member flapping in and out of a large room, and renaming itself,
// reaches the others collapsed (a join and its leave cancel, a join then renames is one join of the final
// nick, a chain of renames is one), while a bystander in the same room keeps its ping under the bound.
// The presence batch window ends when the test moves the injected clock (by the longest a window grows
// to), so what one batch holds is exact.
import { type Presence, PresenceKind, type ProtocolClient } from "@parley/protocol";
import { describe, expect, it } from "vitest";
import { ManualClock } from "../src/clock.js";
import { BYSTANDER_PING_BOUND_MS, barrier, loggedIn, pingMs, startServer } from "./helpers.js";

/** Request limits out of the way: what is measured here is the fan-out, not the throttling. */
const unthrottled = {
  ratePerSecond: 1_000_000,
  rateBurst: 1_000_000,
  framesPerSecond: 1_000_000,
  framesBurst: 1_000_000,
  roomEventsPerSecond: 1_000_000,
  roomEventsBurst: 1_000_000,
};

/** Records the presence events `client` receives from now on. */
function recordPresence(client: ProtocolClient): Presence[] {
  const seen: Presence[] = [];
  client.onEvent((e) => {
    if (e.presence) seen.push(e.presence);
  });
  return seen;
}

describe("presence storms", () => {
  it("a member flapping in a room of 200 reaches the others collapsed; a bystander keeps its ping", async () => {
    const clock = new ManualClock();
    const { port, config, server } = await startServer({ ...unthrottled }, { options: { clock } });
    const crowd = await Promise.all(
      Array.from({ length: 200 }, (_, i) => loggedIn(port, `member${i}`, ["big"])),
    );
    const watcher = await loggedIn(port, "watcher", ["big"]);
    const bystander = await loggedIn(port, "bystander", ["big"]);
    const regular = await loggedIn(port, "regular", ["big"]);
    // The attacker shares no room with the crowd before it joins.
    const attacker = await loggedIn(port, "flapper", ["attic"]);
    clock.advance(config.presenceFlushMaxMs);
    await barrier(watcher, ...crowd);
    const watched = recordPresence(watcher);
    const crowdSaw = recordPresence(crowd[123]!);

    let attacking = true;
    const attack = (async () => {
      for (let i = 0; i < 200; i++) {
        await attacker.request({ joinRoom: { room: "big" } });
        await attacker.request({ leaveRoom: { room: "big" } });
      }
      await attacker.request({ joinRoom: { room: "big" } });
      await attacker.request({ setNick: { nick: "flapper2" } });
      await attacker.request({ setNick: { nick: "flapper3" } });
      // A member the others knew before: its renames shorten to one.
      await regular.request({ setNick: { nick: "regular2" } });
      await regular.request({ setNick: { nick: "regular3" } });
      attacking = false;
    })();
    const pings: number[] = [];
    while (attacking) pings.push(await pingMs(bystander));
    await attack;
    for (const ms of pings) expect(ms).toBeLessThan(BYSTANDER_PING_BOUND_MS);

    // The batch window ends: 405 events in the room reach each member as two.
    clock.advance(config.presenceFlushMaxMs);
    await barrier(watcher, crowd[123]!);
    const attackerId = server.ctx.registry.byNick("flapper3")!.id;
    const expected = [
      expect.objectContaining({ kind: PresenceKind.PRESENCE_KIND_JOIN, room: "big", nick: "flapper3" }),
      expect.objectContaining({
        kind: PresenceKind.PRESENCE_KIND_NICK,
        oldNick: "regular",
        nick: "regular3",
      }),
    ];
    expect(watched).toEqual(expected);
    expect(crowdSaw).toEqual(expected);
    expect(Number(watched[0]!.sessionId)).toBe(attackerId);
  });
});
