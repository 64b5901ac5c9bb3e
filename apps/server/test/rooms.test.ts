// Rooms, topics, member lists, presence, room and direct messages over real sockets.
import { ErrorCode, MessageKind, PROTOCOL_VERSION, PresenceKind, type ServerError } from "@parley/protocol";
import { describe, expect, it } from "vitest";
import { ManualClock } from "../src/clock.js";
import { isKind, loggedIn, rawClient, startServer } from "./helpers.js";

describe("rooms", () => {
  it("creates a room on first join, lists it, and shows members and presence", async () => {
    const { port } = await startServer();
    const alice = await loggedIn(port, "alice");
    const bob = await loggedIn(port, "bob");
    const joined = await alice.request({ joinRoom: { room: "#Dev", historyLimit: 10 } });
    expect(joined.joined).toMatchObject({ room: "dev", topic: "", lastSeq: 0 });
    await alice.waitFor(isKind("history"));
    await bob.request({ joinRoom: { room: "dev" } });
    const presence = await alice.waitFor(
      (e) => e.presence?.kind === PresenceKind.PRESENCE_KIND_JOIN && e.presence.room === "dev",
    );
    expect(presence.presence).toMatchObject({ room: "dev", nick: "bob" });
    const members = await alice.request({ listMembers: { room: "dev" } });
    expect(members.memberList?.members?.map((m) => m.nick)).toEqual(["alice", "bob"]);
    const list = await bob.request({ listRooms: {} });
    expect(list.roomList?.rooms).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: "lobby", memberCount: 2 }),
        expect.objectContaining({ name: "dev", memberCount: 2 }),
      ]),
    );
  });

  it("lists the members as they are now in every Joined, through renames, away and leaves", async () => {
    const { port } = await startServer();
    const names = ["ana", "bob", "cy", "di"];
    const clients = [];
    for (const nick of names) clients.push(await loggedIn(port, nick));
    const [ana, bob, cy] = clients;
    const listed = async (nick: string) => {
      const joined = await (await loggedIn(port, nick)).waitFor(isKind("joined"));
      return joined.joined?.members?.map((m) => `${m.nick}${m.away ? "(away)" : ""}`);
    };
    expect(await listed("e1")).toEqual([...names, "e1"]);
    await bob!.request({ setNick: { nick: "bobby" } });
    await ana!.request({ setAway: { message: "lunch" } });
    await cy!.request({ leaveRoom: { room: "lobby" } });
    expect(await listed("e2")).toEqual(["ana(away)", "bobby", "di", "e1", "e2"]);
    await ana!.request({ setAway: { message: "" } });
    expect(await listed("e3")).toEqual(["ana", "bobby", "di", "e1", "e2", "e3"]);
  });

  it("sets a topic that every member sees and that survives a restart", async () => {
    const first = await startServer();
    const alice = await loggedIn(first.port, "alice");
    const bob = await loggedIn(first.port, "bob");
    await alice.request({ setTopic: { room: "lobby", topic: "release day 🚀" } });
    const changed = await bob.waitFor(isKind("topicChanged"));
    expect(changed.topicChanged).toMatchObject({ room: "lobby", topic: "release day 🚀", byNick: "alice" });
    await first.server.close();
    const second = await startServer({}, { dataDir: first.dataDir });
    const carol = await loggedIn(second.port, "carol", [{ room: "lobby" }]);
    const again = await carol.request({ joinRoom: { room: "lobby" } });
    expect(again.joined?.topic).toBe("release day 🚀");
  });

  it("leaves a room: the others see LEAVE, and room requests then fail with NOT_IN_ROOM", async () => {
    const { port } = await startServer();
    const alice = await loggedIn(port, "alice");
    const bob = await loggedIn(port, "bob");
    // Seen joining first: a join and a leave in one presence batch cancel out for the others.
    await alice.waitFor((e) => e.presence?.kind === PresenceKind.PRESENCE_KIND_JOIN);
    await bob.request({ leaveRoom: { room: "lobby", reason: "lunch" } });
    const left = await alice.waitFor((e) => e.presence?.kind === PresenceKind.PRESENCE_KIND_LEAVE);
    expect(left.presence).toMatchObject({ room: "lobby", nick: "bob", reason: "lunch" });
    const error = (await bob
      .request({ sendMessage: { room: "lobby", text: "hi" } })
      .catch((e) => e)) as ServerError;
    expect(error.code).toBe(ErrorCode.ERROR_CODE_NOT_IN_ROOM);
    const missing = (await bob.request({ listMembers: { room: "nowhere" } }).catch((e) => e)) as ServerError;
    expect(missing.code).toBe(ErrorCode.ERROR_CODE_NO_SUCH_ROOM);
    const invalid = (await bob.request({ joinRoom: { room: "no spaces" } }).catch((e) => e)) as ServerError;
    expect(invalid.code).toBe(ErrorCode.ERROR_CODE_INVALID_ROOM);
  });

  it("tells the rooms when a session quits, with its reason", async () => {
    const { port } = await startServer();
    const alice = await loggedIn(port, "alice");
    const bob = await loggedIn(port, "bob");
    // Seen joining first: a join and a quit in one presence batch cancel out for the others.
    await alice.waitFor((e) => e.presence?.kind === PresenceKind.PRESENCE_KIND_JOIN);
    await bob.request({ quit: { reason: "bye all" } });
    const quit = await alice.waitFor((e) => e.presence?.kind === PresenceKind.PRESENCE_KIND_QUIT);
    expect(quit.presence).toMatchObject({ nick: "bob", reason: "bye all" });
  });
});

describe("messages", () => {
  it("relays a room message to every member; the sender's copy is the acknowledgement", async () => {
    const { port } = await startServer();
    const alice = await loggedIn(port, "alice");
    const bob = await loggedIn(port, "bob");
    const carol = await loggedIn(port, "carol");
    const ack = await alice.request({
      sendMessage: { room: "lobby", text: "hello 你好", clientMsgId: "a1" },
    });
    expect(ack.message).toMatchObject({
      room: "lobby",
      fromNick: "alice",
      text: "hello 你好",
      seq: 1,
      clientMsgId: "a1",
    });
    expect(ack.message?.sentAtMs).toBeGreaterThan(0);
    for (const peer of [bob, carol]) {
      const got = await peer.waitFor(isKind("message"));
      expect(got.requestId).toBe(0);
      expect(got.message).toMatchObject({ seq: 1, text: "hello 你好", fromNick: "alice" });
    }
    const action = await bob.request({
      sendMessage: { room: "lobby", text: "waves", kind: MessageKind.MESSAGE_KIND_ACTION },
    });
    expect(action.message).toMatchObject({ seq: 2, kind: MessageKind.MESSAGE_KIND_ACTION });
  });

  it("keeps seq order for every member when several senders share a batch", async () => {
    const { port } = await startServer({ ratePerSecond: 1000, rateBurst: 1000 });
    const alice = await loggedIn(port, "alice");
    const bob = await loggedIn(port, "bob");
    const carol = await loggedIn(port, "carol");
    const seen = new Map<string, number[]>([
      ["alice", []],
      ["bob", []],
      ["carol", []],
    ]);
    for (const [nick, client] of [
      ["alice", alice],
      ["bob", bob],
      ["carol", carol],
    ] as const) {
      client.onEvent((e) => {
        if (e.message) seen.get(nick)!.push(e.message.seq!);
      });
    }
    // Both senders write 20 messages at once, so they commit in shared batches. Request ids the
    // client is not waiting on reach the event listener too, so acks are recorded in arrival order.
    for (let i = 0; i < 20; i++) {
      for (const [nick, client] of [
        ["alice", alice],
        ["bob", bob],
      ] as const) {
        client.send({ requestId: 1000 + i, sendMessage: { room: "lobby", text: `${nick} ${i}` } });
      }
    }
    for (const nick of ["alice", "bob", "carol"]) await expect.poll(() => seen.get(nick)!.length).toBe(40);
    const all = Array.from({ length: 40 }, (_, i) => i + 1);
    // Acknowledgements and others' messages, merged as received: exactly 1..40, in order.
    for (const nick of ["alice", "bob", "carol"]) expect(seen.get(nick), nick).toEqual(all);
  });

  it("stores a resent message once (same client_msg_id) and acknowledges it again", async () => {
    const { port } = await startServer();
    const alice = await loggedIn(port, "alice");
    const bob = await loggedIn(port, "bob");
    const first = await alice.request({ sendMessage: { room: "lobby", text: "once", clientMsgId: "dup" } });
    const again = await alice.request({ sendMessage: { room: "lobby", text: "once", clientMsgId: "dup" } });
    expect(again.message?.seq).toBe(first.message?.seq);
    await bob.waitFor(isKind("message"));
    await bob.request({ ping: {} });
    expect(bob.queuedEvents.filter((e) => e.body === "message")).toHaveLength(0);
  });

  it("delivers direct messages to both sides, and refuses an offline nick", async () => {
    const { port } = await startServer();
    const alice = await loggedIn(port, "alice");
    const bob = await loggedIn(port, "Bob");
    const ack = await alice.request({ sendMessage: { toNick: "bob", text: "psst" } });
    expect(ack.message).toMatchObject({ room: "", toNick: "Bob", fromNick: "alice", seq: 1 });
    const got = await bob.waitFor(isKind("message"));
    expect(got.message).toMatchObject({ toNick: "Bob", fromNick: "alice", text: "psst" });
    const reply = await bob.request({ sendMessage: { toNick: "alice", text: "yes?" } });
    expect(reply.message?.seq).toBe(2);
    const history = await alice.request({ fetchHistory: { withNick: "BOB" } });
    expect(history.history?.messages?.map((m) => m.text)).toEqual(["psst", "yes?"]);
    const error = (await alice
      .request({ sendMessage: { toNick: "ghost", text: "?" } })
      .catch((e) => e)) as ServerError;
    expect(error.code).toBe(ErrorCode.ERROR_CODE_NO_SUCH_USER);
  });

  it("replays recent history on join and pages through history", async () => {
    const { port } = await startServer({ ratePerSecond: 1000, rateBurst: 1000 });
    const alice = await loggedIn(port, "alice");
    for (let i = 1; i <= 30; i++) await alice.request({ sendMessage: { room: "lobby", text: `m${i}` } });
    const bob = await loggedIn(port, "bob", [{ room: "dev" }]);
    await bob.request({ joinRoom: { room: "lobby" } });
    const page = await bob.request({ fetchHistory: { room: "lobby", beforeSeq: 11, limit: 5 } });
    expect(page.history?.messages?.map((m) => m.seq)).toEqual([6, 7, 8, 9, 10]);
    expect(page.history?.hasMore).toBe(true);
    const tail = await bob.request({ fetchHistory: { room: "lobby", afterSeq: 27 } });
    expect(tail.history?.messages?.map((m) => m.text)).toEqual(["m28", "m29", "m30"]);
    expect(tail.history?.hasMore).toBe(false);
  });

  it("sends the last N messages in History right after Joined", async () => {
    const { port } = await startServer({ ratePerSecond: 1000, rateBurst: 1000 });
    const alice = await loggedIn(port, "alice");
    for (let i = 1; i <= 8; i++) await alice.request({ sendMessage: { room: "lobby", text: `m${i}` } });
    const bob = await loggedIn(port, "bob", [{ room: "dev" }]);
    await bob.request({ joinRoom: { room: "lobby", historyLimit: 3 } });
    const history = await bob.waitFor(isKind("history"));
    expect(history.history?.messages?.map((m) => m.text)).toEqual(["m6", "m7", "m8"]);
  });
});

describe("login with rooms", () => {
  it("answers each requested room on its own: a refused room does not stop the others", async () => {
    const { port } = await startServer();
    const client = await rawClient(port);
    await client.request({
      hello: { protocolVersion: PROTOCOL_VERSION, clientName: "test", clientVersion: "1" },
    });
    const reply = await client.request({
      login: { nick: "alice", rooms: [{ room: "no way" }, { room: "ok" }] },
    });
    expect(reply.loggedIn?.nick).toBe("alice");
    const refused = await client.waitFor(isKind("error"));
    expect(refused.requestId).toBe(reply.requestId);
    expect(refused.error?.code).toBe(ErrorCode.ERROR_CODE_INVALID_ROOM);
    expect(refused.error?.fatal ?? false).toBe(false);
    expect((await client.waitFor(isKind("joined"))).joined?.room).toBe("ok");
    await client.waitFor(isKind("history"));
    expect((await client.request({ listMembers: { room: "ok" } })).memberList?.members?.length).toBe(1);
  });
});

describe("room limits and retention", () => {
  it("maxTopicChars, maxRoomNameChars and maxRoomsPerSession are enforced", async () => {
    const { port } = await startServer({ maxTopicChars: 5, maxRoomNameChars: 5, maxRoomsPerSession: 2 });
    const alice = await loggedIn(port, "alice");
    const long = (await alice
      .request({ setTopic: { room: "lobby", topic: "123456" } })
      .catch((e) => e)) as ServerError;
    expect(long.code).toBe(ErrorCode.ERROR_CODE_MESSAGE_TOO_LONG);
    expect((await alice.request({ setTopic: { room: "lobby", topic: "12345" } })).ok).toBeTruthy();
    const wide = (await alice.request({ joinRoom: { room: "abcdef" } }).catch((e) => e)) as ServerError;
    expect(wide.code).toBe(ErrorCode.ERROR_CODE_INVALID_ROOM);
    await alice.request({ joinRoom: { room: "abcde" } }); // lobby + abcde = 2
    const third = (await alice.request({ joinRoom: { room: "x" } }).catch((e) => e)) as ServerError;
    expect(third.code).toBe(ErrorCode.ERROR_CODE_BAD_REQUEST);
    expect(third.message).toMatch(/at most 2 rooms/);
  });

  it("historyRetentionCount keeps the newest messages of each conversation", async () => {
    const first = await startServer({ ratePerSecond: 1000, rateBurst: 1000 });
    const alice = await loggedIn(first.port, "alice");
    for (let i = 1; i <= 10; i++) await alice.request({ sendMessage: { room: "lobby", text: `m${i}` } });
    await first.server.close();
    const second = await startServer({ historyRetentionCount: 4 }, { dataDir: first.dataDir });
    const bob = await loggedIn(second.port, "bob");
    const history = await bob.request({ fetchHistory: { room: "lobby", afterSeq: 0 } });
    expect(history.history?.messages?.map((m) => m.text)).toEqual(["m7", "m8", "m9", "m10"]);
    // Sequence numbers are not reused after pruning.
    expect((await bob.request({ sendMessage: { room: "lobby", text: "next" } })).message?.seq).toBe(11);
  });
});

describe("kick", () => {
  it("sends Kicked to the session, KICK presence with who and why to its rooms, then closes", async () => {
    const { port, server } = await startServer();
    const alice = await loggedIn(port, "alice");
    const bob = await loggedIn(port, "bob");
    server.ctx.registry.byNick("bob")!.kick("spamming", "oper", 1234);
    const kicked = await bob.waitFor(isKind("kicked"));
    expect(kicked.kicked).toMatchObject({ reason: "spamming", by: "oper", banUntilMs: 1234 });
    const presence = await alice.waitFor((e) => e.presence?.kind === PresenceKind.PRESENCE_KIND_KICK);
    expect(presence.presence).toMatchObject({ nick: "bob", reason: "spamming", by: "oper" });
    await bob.closed;
    await expect.poll(() => server.ctx.closed.list()[0]?.reason).toBe("kicked by oper: spamming");
  });
});

describe("presence batching", () => {
  it("presenceFlushMs: presence waits to be written with others, but never after a later frame", async () => {
    // The flush timer runs on a clock that stands still, so only another frame can flush.
    const clock = new ManualClock();
    const { port, server } = await startServer({ presenceFlushMs: 2000 }, { options: { clock } });
    const alice = await loggedIn(port, "alice");
    const bob = await loggedIn(port, "bob", [{ room: "dev" }]);
    const carol = await loggedIn(port, "carol", [{ room: "dev" }]);
    const aliceSession = server.ctx.registry.byNick("alice")!;
    const writtenToAlice = aliceSession.bytesOut;
    await bob.request({ joinRoom: { room: "lobby" } });
    await carol.request({ joinRoom: { room: "lobby" } });
    const joinsSeen = () =>
      alice.queuedEvents.filter((e) => e.presence?.kind === PresenceKind.PRESENCE_KIND_JOIN);
    // Still waiting, together: not a byte more has been written to alice's socket. (A ping round
    // trip cannot show this: the Pong is another frame, and would flush them.)
    expect(aliceSession.bytesOut).toBe(writtenToAlice);
    expect(joinsSeen()).toHaveLength(0);
    // A message from bob must not overtake his JOIN: it flushes alice's waiting presence first.
    await bob.request({ sendMessage: { room: "lobby", text: "hi" } });
    const message = await alice.waitFor(isKind("message"));
    expect(message.message?.text).toBe("hi");
    expect(joinsSeen().map((e) => e.presence?.nick)).toEqual(["bob", "carol"]);
  });
});
