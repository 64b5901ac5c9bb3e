// Whois and SetAway over real sockets: an account and a guest as others see them, an unknown nick,
// only shared rooms shown, the away message told once per sender and away period, coming back, and
// the away message's bounds.
import {
  type DecodedEnvelope,
  ErrorCode,
  PresenceKind,
  type ProtocolClient,
  type ServerError,
} from "@parley/protocol";
import { describe, expect, it } from "vitest";
import { ManualClock } from "../src/clock.js";
import { barrier, isKind, loggedIn, rawClient, registerAccount, startServer } from "./helpers.js";

const PASSWORD = "correct horse battery";

/** Every event of `kind` that reaches `client` from now on. */
function collect(client: ProtocolClient, kind: string): DecodedEnvelope[] {
  const seen: DecodedEnvelope[] = [];
  client.onEvent((envelope) => {
    if (envelope.body === kind) seen.push(envelope);
  });
  return seen;
}

async function whois(client: ProtocolClient, nick: string) {
  const reply = await client.request({ whois: { nick } });
  return reply.userInfo!;
}

async function refusal(request: Promise<unknown>): Promise<ErrorCode | undefined> {
  const error = (await request.then(
    () => undefined,
    (e: unknown) => e,
  )) as ServerError | undefined;
  return error?.code;
}

describe("Whois", () => {
  it("shows an account's name, idle time since its last message and when it connected", async () => {
    const clock = new ManualClock();
    // Presence is written at once: a batch would wait for the manual clock.
    const { port } = await startServer({ presenceFlushMs: 0 }, { options: { clock } });
    await registerAccount(port, "Ana", PASSWORD);
    const connectedAt = clock.now();
    const ana = await loggedIn(port, "ana", ["lobby"], { password: PASSWORD });
    const bob = await loggedIn(port, "bob", ["lobby", "later"]);
    await ana.request({ joinRoom: { room: "later" } });
    const join = await bob.waitFor((e) => e.presence?.room === "later");
    expect([join.presence?.registered, !!join.presence?.away]).toEqual([true, false]);
    clock.advance(7000);
    expect((await whois(bob, "ANA")).idleMs).toBe(7000);
    await ana.request({ sendMessage: { room: "lobby", text: "hi" } });
    clock.advance(2500);
    expect(await whois(bob, "ana")).toMatchObject({
      nick: "ana",
      account: "Ana",
      idleMs: 2500,
      sharedRooms: ["later", "lobby"],
      awayMessage: "",
      connectedAtMs: connectedAt,
      clients: 1,
    });
  });

  it("shows a guest as a guest, with no account", async () => {
    const { port } = await startServer();
    const bob = await loggedIn(port, "bob");
    await loggedIn(port, "gus");
    const info = await whois(bob, "gus");
    expect(info.nick).toBe("gus");
    expect(info.account ?? "").toBe("");
    expect(info.clients).toBe(1);
  });

  it("answers NO_SUCH_USER for a nick no one online holds, and INVALID_NICK for none", async () => {
    const { port } = await startServer();
    await registerAccount(port, "offline", PASSWORD);
    const bob = await loggedIn(port, "bob");
    expect(await refusal(bob.request({ whois: { nick: "nobody" } }))).toBe(ErrorCode.ERROR_CODE_NO_SUCH_USER);
    expect(await refusal(bob.request({ whois: { nick: "offline" } }))).toBe(
      ErrorCode.ERROR_CODE_NO_SUCH_USER,
    );
    expect(await refusal(bob.request({ whois: {} }))).toBe(ErrorCode.ERROR_CODE_INVALID_NICK);
  });

  it("names only the rooms the asker shares with the user", async () => {
    const { port } = await startServer();
    const ana = await loggedIn(port, "ana", ["lobby", "secret", "both", "zeta"]);
    const bob = await loggedIn(port, "bob", ["zeta", "both", "mine"]);
    expect((await whois(bob, "ana")).sharedRooms).toEqual(["both", "zeta"]);
    expect((await whois(ana, "bob")).sharedRooms).toEqual(["both", "zeta"]);
    const carol = await loggedIn(port, "carol", ["elsewhere"]);
    expect((await whois(carol, "ana")).sharedRooms ?? []).toEqual([]);
    // Oneself: every room.
    expect((await whois(ana, "ana")).sharedRooms).toEqual(["both", "lobby", "secret", "zeta"]);
  });
});

describe("SetAway", () => {
  it("tells a direct message's sender the away message once per sender and away period", async () => {
    const { port } = await startServer();
    const ana = await loggedIn(port, "ana");
    const bob = await loggedIn(port, "bob");
    const carol = await loggedIn(port, "carol");
    const toBob = collect(bob, "userAway");
    const toCarol = collect(carol, "userAway");
    const toAna = collect(ana, "userAway");
    await ana.request({ setAway: { message: "at lunch" } });
    for (const text of ["one", "two", "three"]) await bob.request({ sendMessage: { toNick: "ana", text } });
    await carol.request({ sendMessage: { toNick: "ana", text: "hello" } });
    // The messages themselves are delivered as usual.
    await ana.waitFor((e) => e.message?.text === "hello");
    await barrier(bob, carol);
    expect(toBob.map((e) => e.userAway)).toEqual([
      expect.objectContaining({ nick: "ana", message: "at lunch" }),
    ]);
    expect(Number(toBob[0]!.userAway!.sinceMs)).toBeGreaterThan(0);
    expect(toBob[0]!.requestId).toBe(0);
    expect(toCarol).toHaveLength(1);
    // A new away message is a new period: bob is told again, once.
    await ana.request({ setAway: { message: "in a meeting" } });
    await bob.request({ sendMessage: { toNick: "ana", text: "four" } });
    await bob.request({ sendMessage: { toNick: "ana", text: "five" } });
    await barrier(bob);
    expect(toBob.map((e) => e.userAway?.message)).toEqual(["at lunch", "in a meeting"]);
    // Ana writing to bob (who is not away) tells her nothing.
    await ana.request({ sendMessage: { toNick: "bob", text: "back soon" } });
    await barrier(ana);
    expect(toAna).toEqual([]);
  });

  it("shows away in Whois, presence and member lists, and clears it when back", async () => {
    const { port } = await startServer();
    const ana = await loggedIn(port, "ana", ["lobby"]);
    const bob = await loggedIn(port, "bob", ["lobby"]);
    const seen = collect(bob, "presence");
    await ana.request({ setAway: { message: "  gone\nfishing " } });
    const info = await whois(bob, "ana");
    expect(info.awayMessage).toBe("gone fishing");
    expect(Number(info.awaySinceMs)).toBeGreaterThan(0);
    await bob.waitFor((e) => e.presence?.kind === PresenceKind.PRESENCE_KIND_AWAY);
    // Setting the same message again changes nothing and tells no one.
    await ana.request({ setAway: { message: "gone fishing" } });
    const members = await bob.request({ listMembers: { room: "lobby" } });
    expect(members.memberList?.members?.map((m) => [m.nick, !!m.away])).toEqual([
      ["ana", true],
      ["bob", false],
    ]);
    const carol = await loggedIn(port, "carol");
    const joined = await carol.request({ joinRoom: { room: "lobby" } });
    expect(joined.joined?.members?.find((m) => m.nick === "ana")?.away).toBe(true);
    // A JOIN says it too, as a guest (registered unset).
    await carol.request({ joinRoom: { room: "cafe" } });
    await ana.request({ joinRoom: { room: "cafe" } });
    const join = await carol.waitFor((e) => e.presence?.room === "cafe");
    expect([join.presence?.away, !!join.presence?.registered]).toEqual([true, false]);

    await ana.request({ setAway: { message: "" } });
    await bob.waitFor((e) => e.presence?.kind === PresenceKind.PRESENCE_KIND_BACK);
    expect(
      seen
        .filter((e) => e.presence?.room !== "cafe")
        .map((e) => [e.presence?.kind, e.presence?.nick, e.presence?.reason ?? ""]),
    ).toEqual([
      [PresenceKind.PRESENCE_KIND_AWAY, "ana", "gone fishing"],
      [PresenceKind.PRESENCE_KIND_JOIN, "carol", ""],
      [PresenceKind.PRESENCE_KIND_BACK, "ana", ""],
    ]);
    expect(await whois(bob, "ana")).toMatchObject({ awayMessage: "", awaySinceMs: 0 });
    const told = collect(bob, "userAway");
    await bob.request({ sendMessage: { toNick: "ana", text: "there?" } });
    await barrier(bob);
    expect(told).toEqual([]);
  });

  it("maxAwayChars: refuses a longer message, and control characters, keeping the state", async () => {
    const { port } = await startServer({ maxAwayChars: 10 });
    const ana = await loggedIn(port, "ana");
    const bob = await loggedIn(port, "bob");
    await ana.request({ setAway: { message: "😀".repeat(10) } });
    expect(await refusal(ana.request({ setAway: { message: "x".repeat(11) } }))).toBe(
      ErrorCode.ERROR_CODE_MESSAGE_TOO_LONG,
    );
    expect(await refusal(ana.request({ setAway: { message: "bad\u202eone" } }))).toBe(
      ErrorCode.ERROR_CODE_BAD_REQUEST,
    );
    expect(await refusal(ana.request({ setAway: { message: "bell\u0007" } }))).toBe(
      ErrorCode.ERROR_CODE_BAD_REQUEST,
    );
    expect((await whois(bob, "ana")).awayMessage).toBe("😀".repeat(10));
    // The session goes on.
    await ana.request({ sendMessage: { toNick: "bob", text: "still here" } });
    await bob.waitFor(isKind("message"));
  });

  it("is refused before login", async () => {
    const { port } = await startServer();
    const client = await rawClient(port);
    await client.hello({ clientName: "test", clientVersion: "1" });
    expect(await refusal(client.request({ setAway: { message: "x" } }))).toBe(
      ErrorCode.ERROR_CODE_NOT_LOGGED_IN,
    );
    expect(await refusal(client.request({ whois: { nick: "x" } }))).toBe(ErrorCode.ERROR_CODE_NOT_LOGGED_IN);
  });

  it("shows an account away only while every one of its clients is away", async () => {
    const { port } = await startServer({ presenceFlushMs: 0 });
    await registerAccount(port, "ana", PASSWORD);
    const phone = await loggedIn(port, "ana", ["lobby"], { password: PASSWORD });
    const laptop = await loggedIn(port, "ana", ["lobby"], { password: PASSWORD });
    const bob = await loggedIn(port, "bob", ["lobby"]);
    const seen = collect(bob, "presence");
    const told = collect(bob, "userAway");
    const awayKinds = () =>
      seen
        .filter((e) => e.presence?.kind !== PresenceKind.PRESENCE_KIND_JOIN)
        .map((e) => [
          e.presence?.kind === PresenceKind.PRESENCE_KIND_AWAY ? "away" : "back",
          e.presence?.reason ?? "",
        ]);

    await phone.request({ setAway: { message: "phone in pocket" } });
    await bob.request({ sendMessage: { toNick: "ana", text: "one" } });
    await barrier(bob);
    expect(await whois(bob, "ana")).toMatchObject({ awayMessage: "", clients: 2 });
    expect(awayKinds()).toEqual([]);
    expect(told).toEqual([]);

    await laptop.request({ setAway: { message: "laptop closed" } });
    await barrier(bob);
    expect(awayKinds()).toEqual([["away", "laptop closed"]]);
    expect(await whois(bob, "ana")).toMatchObject({ awayMessage: "laptop closed", clients: 2 });
    const members = await bob.request({ listMembers: { room: "lobby" } });
    expect(members.memberList?.members?.find((m) => m.nick === "ana")?.away).toBe(true);
    await bob.request({ sendMessage: { toNick: "ana", text: "two" } });
    await bob.request({ sendMessage: { toNick: "ana", text: "three" } });
    await barrier(bob);
    expect(told.map((e) => e.userAway?.message)).toEqual(["laptop closed"]);

    // A third client, not away, makes the person back; when it leaves, away again.
    const desk = await loggedIn(port, "ana", ["lobby"], { password: PASSWORD });
    await barrier(bob);
    expect(awayKinds()).toEqual([
      ["away", "laptop closed"],
      ["back", ""],
    ]);
    await desk.request({ quit: {} });
    await barrier(bob);
    expect(awayKinds().at(-1)).toEqual(["away", "laptop closed"]);
    expect((await whois(bob, "ana")).clients).toBe(2);
  });
});
