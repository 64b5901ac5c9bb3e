// parley-server on a real PostgreSQL: stopping the database refuses sends with STORE_UNAVAILABLE and
// acknowledges nothing, and work resumes when it is back; a kick or a client's close while a send
// waits for the database still gets its answer, even once the nick's next session has logged in; two
// servers on one database share history (seqs dense across both) and serve each other's files.
import { randomBytes } from "node:crypto";
import { ErrorCode, type ServerError } from "@parley/protocol";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { adminClient } from "./admin-helpers.js";
import { download, upload } from "./file-transfer.js";
import { loggedIn, onCleanup, postgresForFile, startServer, tempDir, wireClient } from "./helpers.js";
import { waitingOnLock } from "./pg-locks.js";

const postgres = postgresForFile();

const refusal = (request: Promise<unknown>) =>
  request.then(
    () => undefined,
    (error: ServerError) => error,
  );

describe("a server on PostgreSQL", () => {
  it("refuses sends while the database is stopped, acknowledges nothing, and resumes once it is back", async () => {
    const { port, server } = await startServer({ store: await postgres.createDatabase() });
    expect(server.ctx.store.engine).toBe("postgres");
    const alice = await loggedIn(port, "alice");
    const bob = await loggedIn(port, "bob");
    const first = await alice.request({ sendMessage: { room: "lobby", text: "before", clientMsgId: "m-1" } });
    expect(first.message?.seq).toBe(1);

    await postgres.stop();
    const refused = await refusal(
      alice.request({ sendMessage: { room: "lobby", text: "during", clientMsgId: "m-2" } }),
    );
    expect(refused?.code).toBe(ErrorCode.ERROR_CODE_STORE_UNAVAILABLE);
    expect(refused?.fatal).toBeFalsy();
    const history = await refusal(bob.request({ fetchHistory: { room: "lobby", afterSeq: 0 } }));
    expect(history?.code).toBe(ErrorCode.ERROR_CODE_STORE_UNAVAILABLE);
    // The server itself is fine: what needs no store is served.
    expect((await alice.request({ listRooms: {} })).roomList?.rooms?.[0]?.lastSeq).toBe(1);

    await postgres.start();
    // The documented recovery: resend with the same client id; the seq has no hole.
    const resent = await alice.request({
      sendMessage: { room: "lobby", text: "during", clientMsgId: "m-2" },
    });
    expect(resent.message?.seq).toBe(2);
    const stored = await bob.request({ fetchHistory: { room: "lobby", afterSeq: 0 } });
    expect(stored.history?.messages?.map((m) => [m.seq, m.text])).toEqual([
      [1, "before"],
      [2, "during"],
    ]);
    // Bob saw the refused message only once it was stored.
    const live = await bob.waitFor((e) => e.message?.text === "during");
    expect(live.message?.seq).toBe(2);
  });

  it("answers a send it was storing when an operator's kick came, before Kicked", async () => {
    const store = await postgres.createDatabase();
    const { port, server } = await startServer({ store });
    const alice = await wireClient(port);
    await alice.logIn("alice");
    const admin = await adminClient(server);
    const watcher = await adminClient(server);
    const bytesIn = async () => {
      const reply = await watcher.request({ adminListSessions: {} });
      return Number(reply.adminSessionList?.sessions?.find((s) => s.nick === "alice")?.bytesIn ?? 0);
    };
    // Another connection holds the audit table: the kick waits for its audit entry, and so does every
    // query the server issues after it (it talks to the database through one connection, in order).
    const blocker = new pg.Client({ connectionString: store });
    await blocker.connect();
    onCleanup(() => blocker.end());
    await blocker.query("BEGIN");
    await blocker.query("LOCK TABLE audit IN EXCLUSIVE MODE");
    const kicked = admin.request({ adminKick: { nick: "alice", reason: "bye" } });
    await expect.poll(() => waitingOnLock(blocker)).toBe(1);
    // The send is read, and waits behind the kick for its de-duplication read.
    const before = await bytesIn();
    alice.write({ requestId: 10, sendMessage: { room: "lobby", text: "last words", clientMsgId: "k-1" } });
    await expect.poll(bytesIn).toBeGreaterThan(before);
    await blocker.query("ROLLBACK");
    const frames = await alice.ended;
    const tail = frames.slice(frames.findIndex((e) => e.requestId === 10));
    expect(tail.map((e) => e.body)).toEqual(["message", "kicked"]);
    expect(tail[0]!.message).toMatchObject({ seq: 1, text: "last words", clientMsgId: "k-1" });
    expect((await kicked).adminKickResult?.sessionsMatched).toBe(1);
  });

  it("stores what a closed connection sent after its nick's next session logged in, which sees it live", async () => {
    const store = await postgres.createDatabase();
    const { port } = await startServer({ store });
    const old = await wireClient(port);
    await old.logIn("alice");
    old.write({ requestId: 10, sendMessage: { room: "lobby", text: "first", clientMsgId: "m-1" } });
    await old.waitFor((e) => e.requestId === 10);
    // Another connection holds the room's counter row: the next commit waits for it.
    const blocker = new pg.Client({ connectionString: store });
    await blocker.connect();
    onCleanup(() => blocker.end());
    await blocker.query("BEGIN");
    await blocker.query("SELECT last_seq FROM conversations WHERE conversation = 'lobby' FOR UPDATE");
    old.write({ requestId: 11, sendMessage: { room: "lobby", text: "second", clientMsgId: "m-2" } });
    await expect.poll(() => waitingOnLock(blocker)).toBe(1);
    // The client is gone, but the server still owes it the outcome: the nick is free meanwhile.
    old.socket.end();
    const next = await wireClient(port);
    const loggingIn = next.logIn("alice");
    await next.waitFor((e) => e.body === "loggedIn");
    await blocker.query("ROLLBACK");
    await loggingIn;
    expect((await old.ended).find((e) => e.requestId === 11)?.message?.seq).toBe(2);
    const joined = await next.waitFor((e) => e.body === "joined");
    expect(Number(joined.joined?.lastSeq)).toBe(1);
    // Stored by the old session: the new one gets it as a member, not as its acknowledgement.
    const live = await next.waitFor((e) => e.body === "message");
    expect([live.requestId, live.message?.seq, live.message?.fromNick]).toEqual([0, 2, "alice"]);
    next.write({ requestId: 20, sendMessage: { room: "lobby", text: "second", clientMsgId: "m-2" } });
    expect((await next.waitFor((e) => e.requestId === 20)).message?.seq).toBe(2);
  });

  it("shares history between two servers on one database, with seqs dense across both", async () => {
    const store = await postgres.createDatabase();
    const a = await startServer({ store });
    const b = await startServer({ store });
    const alice = await loggedIn(a.port, "alice");
    const bob = await loggedIn(b.port, "bob");
    expect((await alice.request({ sendMessage: { room: "lobby", text: "one" } })).message?.seq).toBe(1);
    expect((await alice.request({ sendMessage: { room: "lobby", text: "two" } })).message?.seq).toBe(2);
    expect((await bob.request({ sendMessage: { room: "lobby", text: "three" } })).message?.seq).toBe(3);
    const history = await bob.request({ fetchHistory: { room: "lobby", afterSeq: 0 } });
    expect(history.history?.messages?.map((m) => [m.seq, m.text])).toEqual([
      [1, "one"],
      [2, "two"],
      [3, "three"],
    ]);
    // A server started later finds both servers' messages, and announces the last seq on join.
    const c = await startServer({ store });
    const carol = await loggedIn(c.port, "carol");
    const joined = await carol.request({ joinRoom: { room: "lobby", resume: true, sinceSeq: 1 } });
    expect(joined.joined?.lastSeq).toBe(3);
    const page = await carol.request({ fetchHistory: { room: "lobby", afterSeq: 0 } });
    expect(page.history?.messages?.map((m) => m.text)).toEqual(["one", "two", "three"]);
  });

  it("serves a file uploaded through one server from another sharing the database and file directory", async () => {
    const store = await postgres.createDatabase();
    const fileDir = tempDir("parley-files-");
    const a = await startServer({ store, fileDir });
    const b = await startServer({ store, fileDir });
    const alice = await loggedIn(a.port, "alice");
    const bob = await loggedIn(b.port, "bob");
    const data = randomBytes(300_000);
    const { done } = await upload(alice, { room: "lobby" }, "shared.bin", data);
    const fileId = done.message!.file!.id!;
    const fetched = await download(bob, fileId);
    expect(Buffer.compare(fetched.bytes, data)).toBe(0);
    // Quotas count what every server holds: the record is in the shared database.
    expect(await b.server.ctx.files.usedBy("alice", Date.now())).toEqual({ bytes: data.length, files: 1 });
  });
});
