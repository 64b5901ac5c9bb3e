// Rooms as a disk and memory cost, over real sockets: creation is rate-limited per address, can be left
// to account holders, a join refused by the per-session cap creates nothing, and rooms with no members
// and no history expire.
import { ErrorCode, type ServerError } from "@parley/protocol";
import { describe, expect, it } from "vitest";
import { ManualClock } from "../src/clock.js";
import {
  BYSTANDER_PING_BOUND_MS,
  closedWithin,
  loggedIn,
  pingMs,
  registerAccount,
  startServer,
} from "./helpers.js";

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (e: ServerError) => e,
  );

type Started = Awaited<ReturnType<typeof startServer>>;
const storedRooms = async ({ server }: Started) =>
  (await server.ctx.store.rooms.load()).map((r) => r.name).sort();
const roomNames = ({ server }: Started) => [...server.ctx.rooms.all()].map((r) => r.name).sort();

describe("room bounds", () => {
  it("maxNewRoomsPerAddressPerMinute: creating rooms is limited per address across connections; joining is not", async () => {
    const clock = new ManualClock();
    const started = await startServer(
      { maxNewRoomsPerAddressPerMinute: 5, addressLimitsExemptLoopback: false },
      { options: { clock } },
    );
    const { port } = started;
    const bystander = await loggedIn(port, "bystander");
    await bystander.request({ joinRoom: { room: "existing" } }); // the 1st creation from 127.0.0.1
    const attacker = await loggedIn(port, "attacker");
    for (let i = 1; i <= 4; i++) await attacker.request({ joinRoom: { room: `spam${i}` } });
    const refused = await refusal(attacker.request({ joinRoom: { room: "spam5" } }));
    expect(refused?.code).toBe(ErrorCode.ERROR_CODE_RATE_LIMITED);
    expect(refused?.retryAfterMs).toBeGreaterThan(0);
    expect(refused?.fatal).toBe(false);
    // Another connection from the same address shares the count.
    const second = await loggedIn(port, "attacker2");
    const again = await refusal(second.request({ joinRoom: { room: "spam6" } }));
    expect(again?.code).toBe(ErrorCode.ERROR_CODE_RATE_LIMITED);
    expect(roomNames(started)).not.toContain("spam5");
    expect(await storedRooms(started)).not.toContain("spam6");
    // Existing rooms can still be joined, and the bystander is served.
    await second.request({ joinRoom: { room: "existing" } });
    expect(await pingMs(bystander)).toBeLessThan(BYSTANDER_PING_BOUND_MS);
    clock.advance(60_000);
    await second.request({ joinRoom: { room: "spam6" } });
    expect(roomNames(started)).toContain("spam6");
  });

  it("guestsCreateRooms off: a guest joins existing rooms but creates none; an account holder creates them", async () => {
    const password = "correct horse battery";
    const started = await startServer({ guestsCreateRooms: false, addressLimitsExemptLoopback: false });
    const { port } = started;
    await registerAccount(port, "owner", password);
    const owner = await loggedIn(port, "owner", undefined, { password });
    await owner.request({ joinRoom: { room: "club" } });
    // The guest still gets the default room on login, and rooms that exist.
    const guest = await loggedIn(port, "visitor");
    await guest.request({ joinRoom: { room: "club" } });
    for (let i = 0; i < 20; i++) {
      const refused = await refusal(guest.request({ joinRoom: { room: `mine${i}` } }));
      expect(refused?.code).toBe(ErrorCode.ERROR_CODE_ACCOUNT_REQUIRED);
      expect(refused?.fatal).toBe(false);
    }
    expect(roomNames(started)).toEqual(["club", "lobby"]);
    expect(await storedRooms(started)).not.toContain("mine0");
    // Refusals cost the address none of its room creations: the account holder's next ones go through.
    for (let i = 0; i < 3; i++) await owner.request({ joinRoom: { room: `owned${i}` } });
    expect(roomNames(started)).toContain("owned2");
    expect(await pingMs(owner)).toBeLessThan(BYSTANDER_PING_BOUND_MS);
  });

  it("a JoinRoom refused by maxRoomsPerSession creates no room", async () => {
    const started = await startServer({ maxRoomsPerSession: 2 });
    const client = await loggedIn(started.port, "joiner");
    await client.request({ joinRoom: { room: "second" } });
    const refused = await refusal(client.request({ joinRoom: { room: "third" } }));
    expect(refused?.code).toBe(ErrorCode.ERROR_CODE_BAD_REQUEST);
    expect(roomNames(started)).toEqual(["lobby", "second"]);
    expect(await storedRooms(started)).toEqual(["lobby", "second"]);
  });

  it("rooms with no members and no history expire; rooms with history and the default room stay", async () => {
    const started = await startServer({ ratePerSecond: 1000, rateBurst: 1000 });
    const { port } = started;
    const bystander = await loggedIn(port, "bystander");
    const attacker = await loggedIn(port, "attacker");
    for (let i = 0; i < 50; i++) {
      await attacker.request({ joinRoom: { room: `junk${i}` } });
      await attacker.request({ leaveRoom: { room: `junk${i}` } });
    }
    await attacker.request({ joinRoom: { room: "talked" } });
    await attacker.request({ sendMessage: { room: "talked", text: "kept" } });
    await attacker.request({ joinRoom: { room: "dropped" } });
    await attacker.request({ leaveRoom: { room: "lobby" } });
    expect(roomNames(started)).toEqual(["dropped", "lobby", "talked"]);
    // Closing the connection leaves "dropped" empty: it goes; "talked" has history and stays.
    attacker.conn.destroy();
    await closedWithin(attacker);
    await expect.poll(() => roomNames(started)).toEqual(["lobby", "talked"]);
    expect(await storedRooms(started)).toEqual(["lobby", "talked"]);
    const list = await bystander.request({ listRooms: {} });
    expect(list.roomList!.rooms!.map((r) => r.name).sort()).toEqual(["lobby", "talked"]);
    expect(await pingMs(bystander)).toBeLessThan(BYSTANDER_PING_BOUND_MS);
  });

  it("a room whose history retention removed expires in the hourly sweep", async () => {
    const clock = new ManualClock();
    const started = await startServer({ historyRetentionDays: 1 }, { options: { clock } });
    const writer = await loggedIn(started.port, "writer", ["lobby", "brief"], { answerPings: true });
    await writer.request({ sendMessage: { room: "brief", text: "soon gone" } });
    await writer.request({ leaveRoom: { room: "brief" } });
    expect(roomNames(started)).toEqual(["brief", "lobby"]);
    clock.advance(86_400_000 + 3_600_000);
    // The sweep runs in the timer's turn on SQLite, and once the store answers on PostgreSQL.
    await expect.poll(() => roomNames(started), { timeout: 10_000 }).toEqual(["lobby"]);
    expect(await storedRooms(started)).toEqual(["lobby"]);
  });
});
