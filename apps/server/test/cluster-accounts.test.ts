// Accounts and sessions across real nodes on one real PostgreSQL and one real Redis: an account
// registered, changed or deleted on one node is known the same way on the others at once, with no
// restart; a nick is held by one person on all nodes; an account's clients may be on several nodes.
import { fileURLToPath } from "node:url";
import { ErrorCode, PresenceKind, type ProtocolClient, ServerError } from "@parley/protocol";
import { adminClient, runSource, type TestCluster } from "@parley/testkit";
import { describe, expect, it, vi } from "vitest";
import {
  barrier,
  loggedIn,
  loginRefusal,
  postgresForFile,
  rawClient,
  registerAccount,
  spawnCluster,
  tempDir,
} from "./helpers.js";

const postgres = postgresForFile();

const PASSWORD = "correct horse battery";
const adminCliDir = fileURLToPath(new URL("../../admin-cli", import.meta.url));

/** The ServerError a SCRAM login with `password` is refused with (undefined: it was accepted). */
async function passwordRefusal(
  port: number,
  nick: string,
  password: string,
): Promise<ServerError | undefined> {
  try {
    const client = await loggedIn(port, nick, undefined, { password });
    client.conn.destroy();
    return undefined;
  } catch (error) {
    if (error instanceof ServerError) return error;
    throw error;
  }
}

describe("accounts in a cluster of three nodes", () => {
  it("registers on one node, logs in, changes the password and deletes the account on the others", async () => {
    const cluster: TestCluster = await spawnCluster({ nodes: 3, postgres, args: ["--log-level", "warn"] });
    const [one, two, three] = cluster.nodes.map((node) => node.port) as [number, number, number];

    // Registered on node 1: node 2 takes its password at once, node 3 refuses the nick to a guest.
    await registerAccount(one, "ada", PASSWORD);
    expect(await passwordRefusal(two, "ada", PASSWORD)).toBeUndefined();
    expect((await loginRefusal(three, "ada"))?.code).toBe(ErrorCode.ERROR_CODE_NICK_REGISTERED);
    expect((await loginRefusal(three, "ADA"))?.code).toBe(ErrorCode.ERROR_CODE_NICK_REGISTERED);

    // The password changed on node 2: node 3 refuses the old one once told, and takes the new one.
    const ada = await loggedIn(two, "ada", undefined, { password: PASSWORD });
    await ada.request({ changePassword: { currentPassword: PASSWORD, newPassword: "a new secret" } });
    ada.conn.destroy();
    await vi.waitFor(
      async () =>
        expect((await passwordRefusal(three, "ada", PASSWORD))?.code).toBe(ErrorCode.ERROR_CODE_AUTH_FAILED),
      10_000,
    );
    expect(await passwordRefusal(three, "ada", "a new secret")).toBeUndefined();

    // Deleted on node 1 with parley-admin: node 2 refuses the login, and the nick is a guest's again.
    const deleted = await runSource("src/main.ts", ["account", "delete", "ada"], {
      cwd: adminCliDir,
      env: {
        PATH: process.env.PATH ?? "",
        HOME: tempDir(),
        PARLEY_ADMIN_PORT: String(cluster.nodes[0]!.adminPort),
        PARLEY_ADMIN_TOKEN: cluster.adminToken,
      },
    });
    expect(deleted.stdout).toBe("deleted account ada\n");
    await vi.waitFor(
      async () =>
        expect((await passwordRefusal(two, "ada", "a new secret"))?.code).toBe(
          ErrorCode.ERROR_CODE_AUTH_FAILED,
        ),
      10_000,
    );
    expect(await loginRefusal(three, "ada")).toBeUndefined();
  }, 120_000);
});

/** Logs in as guest `nick` and stays connected: the client, or the ServerError that refused it. */
async function tryLogin(port: number, nick: string): Promise<ProtocolClient | ServerError> {
  const client = await rawClient(port);
  try {
    await client.login({ clientName: "test", clientVersion: "1", nick });
    return client;
  } catch (error) {
    client.conn.destroy();
    if (error instanceof ServerError) return error;
    throw error;
  }
}

/** The ErrorCode a request was refused with (undefined: it was answered). */
async function refusal(request: Promise<unknown>): Promise<ErrorCode | undefined> {
  try {
    await request;
    return undefined;
  } catch (error) {
    if (error instanceof ServerError) return error.code;
    throw error;
  }
}

describe("sessions in a cluster of three nodes", () => {
  it("gives a nick to exactly one of two logins on two nodes at once, and frees it on quit", async () => {
    const cluster = await spawnCluster({ nodes: 3, postgres, args: ["--log-level", "warn"] });
    const [one, two] = cluster.nodes.map((node) => node.port) as [number, number];
    for (let round = 0; round < 5; round++) {
      const nick = `racer${round}`;
      const results = await Promise.all([tryLogin(one, nick), tryLogin(two, nick)]);
      const winners = results.filter((result) => !(result instanceof ServerError)) as ProtocolClient[];
      const losers = results.filter((result) => result instanceof ServerError) as ServerError[];
      expect(winners).toHaveLength(1);
      expect(losers.map((error) => error.code)).toEqual([ErrorCode.ERROR_CODE_NICK_IN_USE]);
      // The winner quits: the nick is free on the other node at once.
      const winner = winners[0]!;
      const other = results[0] === winner ? two : one;
      winner.send({ quit: { reason: "done" } });
      await winner.closed;
      const next = await tryLogin(other, nick);
      expect(next).not.toBeInstanceOf(ServerError);
      (next as ProtocolClient).conn.destroy();
    }
  }, 120_000);

  it("lets an account's clients sit on different nodes, with direct messages, Whois and away across them", async () => {
    const cluster = await spawnCluster({ nodes: 3, postgres, args: ["--log-level", "warn"] });
    const [one, two, three] = cluster.nodes.map((node) => node.port) as [number, number, number];
    await registerAccount(one, "ana", PASSWORD);
    await registerAccount(one, "cy", PASSWORD);

    // Ana logs in on node 1 and on node 2: one person, one nick, the rooms of the first client too.
    // Bob, in the room on node 3, sees her arrive once.
    const bob = await loggedIn(three, "bob", ["tea"]);
    const ana1 = await loggedIn(one, "ana", ["tea"], { password: PASSWORD });
    await bob.waitFor(
      (e) => e.presence?.nick === "ana" && e.presence.kind === PresenceKind.PRESENCE_KIND_JOIN,
    );
    const ana2 = await loggedIn(two, "ana", ["lobby"], { password: PASSWORD });
    await ana2.waitFor((e) => e.history?.room === "tea");
    const cyOn3 = await loggedIn(three, "cy", ["tea"], { password: PASSWORD });
    // A guest is refused the nick on every node, and so is a look-alike.
    expect((await loginRefusal(three, "ana"))?.code).toBe(ErrorCode.ERROR_CODE_NICK_REGISTERED);

    // Whois from node 3: both clients, the account, the shared room.
    const who = (await bob.request({ whois: { nick: "ANA" } })).userInfo!;
    expect(who).toMatchObject({
      nick: "ana",
      account: "ana",
      clients: 2,
      sharedRooms: ["tea"],
      awayMessage: "",
    });

    // A direct message from node 3 reaches both of Ana's clients; her reply reaches Bob and is copied
    // to her other client on the other node.
    await bob.request({ sendMessage: { toNick: "ana", text: "hello ana", clientMsgId: "b1" } });
    await ana1.waitFor((e) => e.message?.text === "hello ana");
    await ana2.waitFor((e) => e.message?.text === "hello ana");
    await ana1.request({ sendMessage: { toNick: "bob", text: "hello bob", clientMsgId: "a1" } });
    await bob.waitFor((e) => e.message?.text === "hello bob");
    await ana2.waitFor((e) => e.message?.text === "hello bob");
    // From one account to another: each side's other clients see it too.
    await cyOn3.request({ sendMessage: { toNick: "ana", text: "from cy", clientMsgId: "c1" } });
    await ana1.waitFor((e) => e.message?.text === "from cy");
    await ana2.waitFor((e) => e.message?.text === "from cy");

    // Away only when both clients are: Bob is told once per away period, Whois shows it.
    await ana1.request({ setAway: { message: "lunch" } });
    await bob.request({ sendMessage: { toNick: "ana", text: "still there?", clientMsgId: "b2" } });
    await barrier(bob);
    expect(bob.queuedEvents.some((e) => e.body === "userAway")).toBe(false);
    await ana2.request({ setAway: { message: "gone home" } });
    // Node 3 learns of her second client's away state through Redis, which a busy machine may
    // deliver after Bob's next message: wait until it has.
    await vi.waitFor(async () => {
      const info = (await bob.request({ whois: { nick: "ana" } })).userInfo;
      expect(info?.awayMessage).toBe("gone home");
    }, 10_000);
    await bob.request({ sendMessage: { toNick: "ana", text: "anyone?", clientMsgId: "b3" } });
    const away = await bob.waitFor((e) => e.body === "userAway");
    expect(away.userAway).toMatchObject({ nick: "ana", message: "gone home" });
    await bob.request({ sendMessage: { toNick: "ana", text: "once more", clientMsgId: "b4" } });
    await barrier(bob);
    expect(bob.queuedEvents.some((e) => e.body === "userAway")).toBe(false);
    expect((await bob.request({ whois: { nick: "ana" } })).userInfo).toMatchObject({
      awayMessage: "gone home",
      clients: 2,
    });

    // A nick change from one of two clients is refused, as on one node; once the other logged out,
    // it is allowed, and the old nick is free for others on every node.
    expect(await refusal(ana2.request({ setNick: { nick: "anna" } }))).toBe(ErrorCode.ERROR_CODE_BAD_REQUEST);
    // Once node 1 has seen (by a heartbeat) that her client on node 2 is in the room too, her client on
    // node 1 leaves without the room being told: she is still there.
    const admin = await adminClient({
      adminPort: cluster.nodes[0]!.adminPort,
      adminToken: cluster.adminToken,
    });
    await vi.waitFor(async () => {
      const listed = (await admin.request({ adminListSessions: {} })).adminSessionList?.sessions ?? [];
      // Her client on node 2 is the one in the lobby as well.
      const onTwo = listed.find((info) => info.nick === "ana" && info.rooms?.includes("lobby"));
      expect(onTwo?.rooms).toContain("tea");
    }, 10_000);
    ana1.send({ quit: { reason: "bye" } });
    await ana1.closed;
    await vi.waitFor(async () =>
      expect(await refusal(ana2.request({ setNick: { nick: "anna" } }))).toBeUndefined(),
    );
    // A guest cannot take a nick registered on another node, checked against the store.
    await registerAccount(one, "zed", PASSWORD);
    expect(await refusal(bob.request({ setNick: { nick: "zed" } }))).toBe(
      ErrorCode.ERROR_CODE_NICK_REGISTERED,
    );
    // Nor a nick a guest holds on another node.
    expect(await refusal(bob.request({ setNick: { nick: "anna" } }))).toBe(ErrorCode.ERROR_CODE_NICK_IN_USE);
    // Bob saw Ana join once and never leave: away once both her clients were, then her nick change.
    await barrier(bob);
    const seen = bob.queuedEvents.filter((e) => e.presence?.nick === "ana" || e.presence?.oldNick === "ana");
    expect(seen.map((e) => e.presence!.kind)).toEqual([
      PresenceKind.PRESENCE_KIND_AWAY,
      PresenceKind.PRESENCE_KIND_NICK,
    ]);
    expect(seen[0]!.presence!.reason).toBe("gone home");
    expect((await bob.request({ whois: { nick: "anna" } })).userInfo).toMatchObject({
      account: "ana",
      clients: 1,
    });
  }, 120_000);

  it("counts unread messages at login from the shared store, whichever node stored them", async () => {
    const cluster = await spawnCluster({ nodes: 2, postgres, args: ["--log-level", "warn"] });
    const [one, two] = cluster.nodes.map((node) => node.port) as [number, number];
    await registerAccount(one, "una", PASSWORD);
    await registerAccount(one, "wes", PASSWORD);
    const una = await loggedIn(one, "una", ["tea"], { password: PASSWORD });
    await una.request({ sendMessage: { room: "tea", text: "first" } });
    await una.request({ setReadMarker: { room: "tea", seq: 1 } });
    una.send({ quit: { reason: "later" } });
    await una.closed;
    // Node 1 has no one in the room now: what node 2 stores there meanwhile is news to it.
    const vic = await loggedIn(two, "vic", ["tea"]);
    for (let i = 1; i <= 3; i++) await vic.request({ sendMessage: { room: "tea", text: `tea ${i}` } });
    const wes = await loggedIn(two, "wes", [], { password: PASSWORD });
    await wes.request({ sendMessage: { toNick: "una", text: "while you were out" } });
    const back = await rawClient(one);
    const result = await back.login({
      clientName: "test",
      clientVersion: "1",
      nick: "una",
      password: PASSWORD,
    });
    const unread = Object.fromEntries(
      (result.loggedIn.unread ?? []).map((u) => [u.room ? `#${u.room}` : u.withNick, Number(u.count)]),
    );
    expect(unread).toEqual({ "#tea": 3, wes: 1 });
  }, 120_000);
});

/** The nicks a Joined or MemberList lists, sorted. */
function nicksOf(members: readonly { nick?: string | null }[] | null | undefined): string[] {
  return (members ?? []).map((member) => member.nick ?? "").sort();
}

/** The nicks `client`'s ListMembers of `room` shows. */
async function listed(client: ProtocolClient, room: string): Promise<string[]> {
  return nicksOf((await client.request({ listMembers: { room } })).memberList?.members);
}

describe("a room's members across a cluster of three nodes", () => {
  it("lists the members on every node in Joined, ListMembers and room counts, and follows leaves, quits and a dead node", async () => {
    const cluster = await spawnCluster({ nodes: 3, postgres, args: ["--log-level", "warn"] });
    const [one, two, three] = cluster.nodes.map((node) => node.port) as [number, number, number];
    await registerAccount(one, "ana", PASSWORD);

    const alice = await loggedIn(one, "alice", ["tea"]);
    const bob = await loggedIn(two, "bob");
    expect(nicksOf((await bob.request({ joinRoom: { room: "tea" } })).joined?.members)).toEqual([
      "alice",
      "bob",
    ]);
    const carol = await loggedIn(two, "carol", ["tea"]);
    const ana = await loggedIn(three, "ana", [], { password: PASSWORD });
    expect(nicksOf((await ana.request({ joinRoom: { room: "tea" } })).joined?.members)).toEqual([
      "alice",
      "ana",
      "bob",
      "carol",
    ]);
    // Ana's second client, on node 1, joins her rooms: she is still one person on every node.
    const ana2 = await loggedIn(one, "ana", [], { password: PASSWORD });
    await ana2.waitFor((e) => e.history?.room === "tea");
    for (const client of [alice, bob, carol, ana, ana2])
      await vi.waitFor(async () =>
        expect(await listed(client, "tea")).toEqual(["alice", "ana", "bob", "carol"]),
      );
    const count = async (client: ProtocolClient) =>
      (await client.request({ listRooms: {} })).roomList?.rooms?.find((room) => room.name === "tea")
        ?.memberCount;
    expect(await count(ana)).toBe(4);

    // Bob leaves, Alice quits: every node's lists follow.
    await bob.request({ leaveRoom: { room: "tea" } });
    for (const client of [alice, carol, ana, ana2])
      await vi.waitFor(async () => expect(await listed(client, "tea")).toEqual(["alice", "ana", "carol"]));
    alice.send({ quit: { reason: "bye" } });
    await alice.closed;
    for (const client of [carol, ana, ana2])
      await vi.waitFor(async () => expect(await listed(client, "tea")).toEqual(["ana", "carol"]));
    expect(await count(ana2)).toBe(2);

    // Node 2 dies with Carol on it: once it is declared dead she is gone from the others' lists.
    await cluster.nodes[1]!.kill();
    for (const client of [ana, ana2])
      await vi.waitFor(async () => expect(await listed(client, "tea")).toEqual(["ana"]), 10_000);
    expect(await count(ana)).toBe(1);
  }, 120_000);
});
