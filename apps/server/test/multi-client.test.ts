// Several clients of one account over real sockets: one person in presence and member lists, the same
// room and direct traffic on every client (its own sends included), a bound on clients per account,
// a kick of one session or of the whole account, and the account dropped from one of them.
import { ErrorCode, PresenceKind, type ProtocolClient, ServerError } from "@parley/protocol";
import { describe, expect, it } from "vitest";
import { adminClient } from "./admin-helpers.js";
import {
  barrier,
  closedWithin,
  isKind,
  loggedIn,
  rawClient,
  registerAccount,
  startServer,
  takeMessages,
} from "./helpers.js";

const PASSWORD = "correct horse battery";

/** Logs in to `nick`'s account with the password, joining `rooms`. */
function client(port: number, nick: string, rooms?: string[]): Promise<ProtocolClient> {
  return loggedIn(port, nick, rooms, { password: PASSWORD, answerPings: true });
}

/** Presence events of `kind` queued on `c` after a ping round trip. */
async function presenceOn(c: ProtocolClient, kind: PresenceKind): Promise<string[]> {
  await barrier(c);
  return c.queuedEvents
    .filter((e) => e.body === "presence" && e.presence?.kind === kind)
    .map((e) => e.presence?.nick ?? "");
}

describe("several clients of one account", () => {
  it("shows one person and gives every client the room's and the person's direct traffic", async () => {
    const { port } = await startServer();
    await registerAccount(port, "ana", PASSWORD);
    const bob = await loggedIn(port, "bob", undefined, { answerPings: true });
    const laptop = await client(port, "ana");
    await bob.waitFor((e) => e.presence?.kind === PresenceKind.PRESENCE_KIND_JOIN);
    // The second client joins the rooms the first is in (the default room here), announcing nobody.
    const phone = await loggedIn(port, "ANA", ["dev"], { password: PASSWORD, answerPings: true });
    expect(await presenceOn(bob, PresenceKind.PRESENCE_KIND_JOIN)).toEqual([]);
    await laptop.request({ joinRoom: { room: "dev" } });
    const members = await bob.request({ listMembers: { room: "lobby" } });
    expect(members.memberList?.members?.map((m) => m.nick)).toEqual(["bob", "ana"]);
    const rooms = await bob.request({ listRooms: {} });
    expect(rooms.roomList?.rooms?.find((r) => r.name === "lobby")?.memberCount).toBe(2);

    // Room traffic: bob's message reaches both; the laptop's own message reaches the phone too.
    await bob.request({ sendMessage: { room: "lobby", text: "hi ana" } });
    const own = await laptop.request({ sendMessage: { room: "lobby", text: "from the laptop" } });
    expect(own.message?.text).toBe("from the laptop");
    expect(await takeMessages(laptop)).toEqual(["hi ana"]);
    expect(await takeMessages(phone)).toEqual(["hi ana", "from the laptop"]);
    expect(await takeMessages(bob)).toEqual(["from the laptop"]);

    // Direct traffic: to the account reaches both clients; from one client shows on the other.
    await bob.request({ sendMessage: { toNick: "ana", text: "psst" } });
    await phone.request({ sendMessage: { toNick: "bob", text: "replied from the phone" } });
    expect(await takeMessages(laptop)).toEqual(["psst", "replied from the phone"]);
    expect(await takeMessages(phone)).toEqual(["psst"]);
    expect(await takeMessages(bob)).toEqual(["replied from the phone"]);

    // A client leaving is not the person leaving; the last one is.
    await phone.request({ quit: { reason: "phone off" } });
    expect(await presenceOn(bob, PresenceKind.PRESENCE_KIND_QUIT)).toEqual([]);
    await laptop.request({ quit: { reason: "laptop off" } });
    await bob.waitFor(
      (e) => e.presence?.kind === PresenceKind.PRESENCE_KIND_QUIT && e.presence.nick === "ana",
    );
  });

  it("takes the account's other clients into a room one joins, and out of one it leaves", async () => {
    const { port } = await startServer();
    await registerAccount(port, "gil", PASSWORD);
    const bob = await loggedIn(port, "bob", ["ops"], { answerPings: true });
    const laptop = await client(port, "gil");
    const phone = await client(port, "gil");
    await laptop.request({ joinRoom: { room: "ops" } });
    const joined = await phone.waitFor((e) => e.joined?.room === "ops");
    expect(joined).toMatchObject({ requestId: 0, joined: { room: "ops" } });
    await phone.waitFor((e) => e.body === "history" && e.history?.room === "ops");
    expect(await presenceOn(bob, PresenceKind.PRESENCE_KIND_JOIN)).toEqual(["gil"]);
    await bob.request({ sendMessage: { room: "ops", text: "welcome" } });
    expect(await takeMessages(phone)).toEqual(["welcome"]);
    expect(await takeMessages(laptop)).toEqual(["welcome"]);

    await phone.request({ leaveRoom: { room: "ops" } });
    const left = await laptop.waitFor((e) => e.presence?.kind === PresenceKind.PRESENCE_KIND_LEAVE);
    expect(left.presence).toMatchObject({ room: "ops", nick: "gil" });
    expect(await presenceOn(bob, PresenceKind.PRESENCE_KIND_LEAVE)).toEqual(["gil"]);
    await bob.request({ sendMessage: { room: "ops", text: "gone" } });
    expect(await takeMessages(laptop)).toEqual([]);
  });

  it("gives a later client the nick the account holds, and keeps it while others are logged in", async () => {
    const { port } = await startServer();
    await registerAccount(port, "cy", PASSWORD);
    const first = await client(port, "cy");
    const second = await rawClient(port);
    const result = await second.login({
      clientName: "test",
      clientVersion: "1",
      nick: "cy",
      password: PASSWORD,
    });
    expect(result.loggedIn).toMatchObject({ nick: "cy", account: "cy" });
    const refused = (await first.request({ setNick: { nick: "cy_away" } }).catch((e) => e)) as ServerError;
    expect(refused.code).toBe(ErrorCode.ERROR_CODE_BAD_REQUEST);
    // Guests still cannot take the nick.
    const guest = await rawClient(port);
    const taken = (await guest
      .login({ clientName: "test", clientVersion: "1", nick: "cy" })
      .catch((e) => e)) as ServerError;
    expect(taken.code).toBe(ErrorCode.ERROR_CODE_NICK_REGISTERED);
  });

  it("closes the other clients when one drops the account, and keeps the person in the rooms", async () => {
    const { port } = await startServer();
    await registerAccount(port, "hal", PASSWORD);
    const bob = await loggedIn(port, "bob", undefined, { answerPings: true });
    const desk = await client(port, "hal");
    const tablet = await client(port, "hal");
    await desk.request({ dropAccount: { password: PASSWORD } });
    const closing = await tablet.waitFor(isKind("error"));
    expect(closing.error).toMatchObject({ code: ErrorCode.ERROR_CODE_NO_SUCH_ACCOUNT, fatal: true });
    await closedWithin(tablet);
    expect(await presenceOn(bob, PresenceKind.PRESENCE_KIND_QUIT)).toEqual([]);
    const members = await bob.request({ listMembers: { room: "lobby" } });
    expect(members.memberList?.members?.map((m) => [m.nick, !!m.registered])).toEqual([
      ["bob", false],
      ["hal", false],
    ]);
  });

  it("refuses a client past maxClientsPerAccount and leaves the others alone", async () => {
    const { port } = await startServer({ maxClientsPerAccount: 2 });
    await registerAccount(port, "dee", PASSWORD);
    const one = await client(port, "dee");
    await client(port, "dee");
    const third = await rawClient(port);
    const error = (await third
      .login({ clientName: "test", clientVersion: "1", nick: "dee", password: PASSWORD })
      .catch((e) => e)) as ServerError;
    expect(error).toBeInstanceOf(ServerError);
    expect(error.code).toBe(ErrorCode.ERROR_CODE_TOO_MANY_CLIENTS);
    const pong = await one.request({ sendMessage: { room: "lobby", text: "still here" } });
    expect(pong.message?.text).toBe("still here");
  });

  it("kicks one session by id, or every client of the account by nick", async () => {
    const { server, port } = await startServer();
    await registerAccount(port, "eve", PASSWORD);
    const bob = await loggedIn(port, "bob", undefined, { answerPings: true });
    const desk = await client(port, "eve");
    const tablet = await client(port, "eve");
    const admin = await adminClient(server);
    const sessions = await admin.request({ adminListSessions: {} });
    const eve = sessions.adminSessionList?.sessions?.filter((s) => s.nick === "eve") ?? [];
    expect(eve).toHaveLength(2);
    const one = await admin.request({ adminKick: { sessionId: eve[1]!.id, reason: "one device" } });
    expect(one.adminKickResult?.sessions?.map((s) => Number(s.id))).toEqual([Number(eve[1]!.id)]);
    await tablet.waitFor(isKind("kicked"));
    // The person is still there: no one saw a kick.
    expect(await presenceOn(bob, PresenceKind.PRESENCE_KIND_KICK)).toEqual([]);
    const again = await client(port, "eve");
    const all = await admin.request({ adminKick: { nick: "eve", reason: "everyone" } });
    expect(all.adminKickResult?.sessions).toHaveLength(2);
    await desk.waitFor(isKind("kicked"));
    await again.waitFor(isKind("kicked"));
    await bob.waitFor(
      (e) => e.presence?.kind === PresenceKind.PRESENCE_KIND_KICK && e.presence.nick === "eve",
    );
  });
});
