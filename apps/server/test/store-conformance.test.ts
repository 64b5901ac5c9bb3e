// One conformance suite for every store engine: SQLite and a real PostgreSQL answer the same calls
// the same way (seqs, reads, de-duplication, retention, rooms, bans with their audit, files, accounts
// with their direct history, offline queues, read markers, full-text search). Then what only a shared database has to get right:
// migrations under a lock, seqs across servers, and account changes from servers with older copies.
import type { ChatMessage } from "@parley/protocol";
import { describe, expect, it } from "vitest";
import { AccountExistsError, Accounts } from "../src/accounts/accounts.js";
import { silentLogger } from "../src/logger.js";
import { MessageStore, type PendingMessage } from "../src/store/messages.js";
import { openPostgresStore, type PostgresStore } from "../src/store/postgres/index.js";
import { MIGRATIONS } from "../src/store/postgres/migrations.js";
import type { SearchPage, SearchQuery } from "../src/store/search.js";
import { searchTerms } from "../src/store/search-terms.js";
import { openSqliteStore } from "../src/store/sqlite/index.js";
import {
  type AccountRecord,
  directConversation,
  messageBytes,
  type NewMessage,
  type Store,
} from "../src/store/store.js";
import { onCleanup, postgresForFile, tempDir } from "./helpers.js";

const postgres = postgresForFile();

async function openPostgres(url?: string): Promise<PostgresStore> {
  const store = openPostgresStore(url ?? (await postgres.createDatabase()), silentLogger());
  onCleanup(() => store.close());
  await store.open();
  return store;
}

const ENGINES: Record<string, () => Promise<Store>> = {
  sqlite: async () => {
    const store = openSqliteStore(tempDir());
    onCleanup(() => store.close());
    await store.open();
    return store;
  },
  postgres: () => openPostgres(),
};

let clock = 1_000_000;
function message(conversation: string, text: string, sender = "", clientMsgId = ""): NewMessage {
  return {
    conversation,
    sender,
    message: {
      room: conversation,
      fromNick: sender || "anon",
      text,
      clientMsgId,
      kind: 1,
      sentAtMs: clock++,
    },
  };
}

const seqs = (messages: ChatMessage[]) => messages.map((m) => [m.seq, m.text]);

/** Stores one message from `fromNick` (its own batch, so each is newer than the one before). */
const add = (store: Store, conversation: string, fromNick: string, text: string, extra = {}) =>
  store.messages.append([
    { conversation, sender: "", message: { fromNick, text, sentAtMs: clock++, ...extra } },
  ]);

/** The texts `party`, in `rooms`, finds for `query`, newest first. */
const find = async (
  store: Store,
  query: string,
  rooms: string[],
  party = "ana",
  more: Partial<SearchQuery> = {},
): Promise<SearchPage> =>
  store.search.search({ terms: searchTerms(query), rooms, party, only: null, limit: 50, cursor: 0, ...more });
const texts = (page: SearchPage) => page.matches.map((m) => m.message.text);

function account(name: string, more: Partial<AccountRecord> = {}): AccountRecord {
  return {
    name,
    display: name.toUpperCase(),
    passwordHash: `$argon2id$v=19$m=19456,t=2,p=1$${name}`,
    scram: { salt: "c2FsdA==", iterations: 4096, storedKey: "c3RvcmVk", serverKey: "c2VydmVy" },
    createdAtMs: 1_000,
    lastSeenMs: 0,
    locked: false,
    ...more,
  };
}

describe.each(Object.keys(ENGINES))("the %s store", (engine) => {
  const open = ENGINES[engine]!;

  it("numbers each conversation densely in batch order, and carries on from what is stored", async () => {
    const store = await open();
    expect(await store.messages.append([message("a", "a1"), message("b", "b1"), message("a", "a2")])).toEqual(
      [1, 1, 2],
    );
    expect(await store.messages.append([message("a", "a3")])).toEqual([3]);
    expect(Object.fromEntries(await store.messages.lastSeqs())).toEqual({ a: 3, b: 1 });
    expect(seqs(await store.messages.after("a", 0, 10))).toEqual([
      [1, "a1"],
      [2, "a2"],
      [3, "a3"],
    ]);
  });

  it("reads the newest seqs of named conversations and of every direct conversation of a party", async () => {
    const store = await open();
    const ana = directConversation("~ana", "~bob");
    const cy = directConversation("~cy", "~ana");
    const other = directConversation("~bob", "~cy");
    // A party whose name has LIKE's wildcards in it ("_") matches only itself, not "~ana".
    const wild = directConversation("~a_a", "~bob");
    await store.messages.append([
      message("tea", "t1"),
      message("tea", "t2"),
      message("lobby", "l1"),
      message(ana, "hi"),
      message(cy, "yo"),
      message(cy, "yo again"),
      message(other, "not ana's"),
      message(wild, "not ana's either"),
    ]);
    expect(Object.fromEntries(await store.messages.seqsOf("~ana", ["tea", "nowhere"]))).toEqual({
      tea: 2,
      [ana]: 1,
      [cy]: 2,
    });
    expect(Object.fromEntries(await store.messages.seqsOf("~a_a", []))).toEqual({ [wild]: 1 });
  });

  it("reads after, before and latest, never past the bound it is given", async () => {
    const store = await open();
    await store.messages.append(["m1", "m2", "m3", "m4"].map((text) => message("r", text)));
    expect(seqs(await store.messages.after("r", 1, 2))).toEqual([
      [2, "m2"],
      [3, "m3"],
    ]);
    expect(seqs(await store.messages.after("r", 1, 10, 3))).toEqual([
      [2, "m2"],
      [3, "m3"],
    ]);
    expect(seqs(await store.messages.before("r", 4, 2))).toEqual([
      [2, "m2"],
      [3, "m3"],
    ]);
    expect(seqs(await store.messages.latest("r", 2))).toEqual([
      [3, "m3"],
      [4, "m4"],
    ]);
    expect(seqs(await store.messages.latest("r", 2, 2))).toEqual([
      [1, "m1"],
      [2, "m2"],
    ]);
    expect(await store.messages.latest("r", 0)).toEqual([]);
    expect(await store.messages.hasAny("r")).toBe(true);
    expect(await store.messages.hasAny("elsewhere")).toBe(false);
  });

  it("finds a message by sender and client id, and never stores a second copy", async () => {
    const store = await open();
    await store.messages.append([message("r", "first", "alice", "c-1")]);
    expect(await store.messages.byClientId("r", "alice", "c-1")).toMatchObject({ seq: 1, text: "first" });
    expect(await store.messages.byClientId("r", "bob", "c-1")).toBeUndefined();
    const again = () =>
      Promise.resolve().then(() =>
        store.messages.append([message("r", "other"), message("r", "again", "alice", "c-1")]),
      );
    if (engine === "sqlite") {
      // One server: the caller checked first, so a second copy is a bug, and the batch is refused.
      await expect(again()).rejects.toThrow();
      // Nothing of the refused batch is stored, and no seq was used up.
      expect(await store.messages.append([message("r", "next")])).toEqual([2]);
      expect(seqs(await store.messages.after("r", 0, 10))).toEqual([
        [1, "first"],
        [2, "next"],
      ]);
    } else {
      // Shared by several servers: the rest is stored, the copy answered, and no seq was used up.
      expect(await again()).toEqual([
        2,
        expect.objectContaining({ seq: 1, text: "first", clientMsgId: "c-1" }),
      ]);
      expect(await store.messages.append([message("r", "next")])).toEqual([3]);
      expect(seqs(await store.messages.after("r", 0, 10))).toEqual([
        [1, "first"],
        [2, "other"],
        [3, "next"],
      ]);
    }
  });

  it("counts history bytes as messageBytes does, trims the oldest and prunes by count and age", async () => {
    const store = await open();
    const file = { id: "f", name: "x.txt", size: 3, sha256: "0".repeat(64) };
    const oldest = [message("r", "one"), message("s", "two")];
    const withFile = message("r", "file é");
    withFile.message.file = file;
    await store.messages.append([...oldest, withFile]);
    const total =
      messageBytes("one", null) + messageBytes("two", null) + messageBytes("file é", JSON.stringify(file));
    expect(await store.messages.totalBytes()).toBe(total);
    expect(await store.messages.trim(total, total - 1, 100)).toBe(messageBytes("one", null));
    expect(await store.messages.hasAny("s")).toBe(true);
    await store.messages.append([message("r", "four"), message("r", "five")]);
    const kept = await store.messages.prune(1, 0);
    expect(kept.removed).toBe(2);
    expect(seqs(await store.messages.after("r", 0, 10))).toEqual([[4, "five"]]);
    const aged = await store.messages.prune(0, clock);
    expect(aged.removed).toBe(2);
    expect(await store.messages.totalBytes()).toBe(0);
    // Seqs are never reused, even once a conversation's messages are all gone.
    expect(await store.messages.append([message("r", "six")])).toEqual([5]);
  });

  it("keeps rooms and their topics", async () => {
    const store = await open();
    await store.rooms.create("lobby", 5);
    await store.rooms.create("lobby", 6);
    await store.rooms.setTopic("lobby", "hello", "alice", 7);
    await store.rooms.setTopic("new", "fresh", "bob", 8);
    await store.rooms.create("gone", 9);
    await store.rooms.delete("gone");
    const rooms = (await store.rooms.load()).sort((a, b) => a.name.localeCompare(b.name));
    expect(rooms).toEqual([
      { name: "lobby", topic: "hello", topicBy: "alice", topicAtMs: 7 },
      { name: "new", topic: "fresh", topicBy: "bob", topicAtMs: 8 },
    ]);
  });

  it("stores bans with their audit entry, lists and removes them, and revises audit rows", async () => {
    const store = await open();
    const { bans, entry } = await store.bans.add(
      [
        { nick: "mallory", reason: "spam", by: "ops", untilMs: 0 },
        { address: "10.0.0.0/8", untilMs: 2_000_000 },
      ],
      1_000,
      (stored) => ({ action: "ban", target: "two", result: `banned ${stored.length}`, by: "ops" }),
    );
    expect(bans.map((ban) => [ban.nick, ban.address, ban.permanent, ban.untilMs])).toEqual([
      ["mallory", "", true, 0],
      ["", "10.0.0.0/8", false, 2_000_000],
    ]);
    expect(entry).toMatchObject({ atMs: 1_000, action: "ban", result: "banned 2" });
    expect((await store.bans.load()).map((ban) => ban.id)).toEqual(bans.map((ban) => ban.id));
    await store.bans.remove([Number(bans[0]!.id)]);
    expect((await store.bans.load()).map((ban) => ban.nick)).toEqual([""]);
    const later = await store.audit.record(2_000, {
      action: "auth",
      target: "peer",
      result: "refused",
      by: "",
    });
    await store.audit.update(Number(later.id), 3_000, "refused 2 times");
    expect((await store.audit.newest(10)).map((e) => [e.action, e.atMs, e.result])).toEqual([
      ["auth", 3_000, "refused 2 times"],
      ["ban", 1_000, "banned 2"],
    ]);
    // The page older than an entry.
    expect((await store.audit.newest(10, Number(later.id))).map((e) => e.action)).toEqual(["ban"]);
  });

  it("stores no ban when its audit entry cannot be made", async () => {
    const store = await open();
    await expect(
      Promise.resolve().then(() =>
        store.bans.add([{ nick: "eve", untilMs: 0 }], 1, () => {
          throw new Error("no audit");
        }),
      ),
    ).rejects.toThrow("no audit");
    expect(await store.bans.load()).toEqual([]);
  });

  it("keeps file records: usage by owner and address, completion and expiry", async () => {
    const store = await open();
    const base = {
      name: "a.bin",
      sha256: "f".repeat(64),
      fromNick: "Alice",
      room: "lobby",
      toNick: "",
      fromParty: "",
      toParty: "",
    };
    await store.files.insert({
      ...base,
      id: "1".repeat(32),
      size: 100,
      owner: "alice",
      address: "10.0.0.1",
      createdAtMs: 1,
      expiresAtMs: 1_000,
      complete: false,
    });
    await store.files.insert({
      ...base,
      id: "2".repeat(32),
      size: 50,
      owner: "bob",
      address: "10.0.0.1",
      createdAtMs: 1,
      expiresAtMs: 500,
      complete: false,
    });
    expect(await store.files.usedBy("alice", 10)).toEqual({ bytes: 100, files: 1 });
    expect(await store.files.usedFrom("10.0.0.1", 10)).toEqual({ bytes: 150, files: 2 });
    expect(await store.files.usedInAll(10)).toEqual({ bytes: 150, reserved: 150 });
    await store.files.complete("1".repeat(32), 2_000);
    expect(await store.files.get("1".repeat(32))).toMatchObject({
      complete: true,
      expiresAtMs: 2_000,
      size: 100,
    });
    expect(await store.files.usedInAll(10)).toEqual({ bytes: 150, reserved: 50 });
    expect(await store.files.expired(600)).toEqual(["2".repeat(32)]);
    await store.files.delete("2".repeat(32));
    expect(await store.files.get("2".repeat(32))).toBeUndefined();
    expect(await store.files.usedFrom("10.0.0.1", 10)).toEqual({ bytes: 100, files: 1 });
  });

  it("expires the direct files a party sent or received, and no one else's", async () => {
    const store = await open();
    const direct = (id: string, fromParty: string, toParty: string) =>
      store.files.insert({
        id: id.repeat(32),
        name: "d.bin",
        size: 1,
        sha256: "e".repeat(64),
        owner: fromParty,
        address: "",
        fromNick: fromParty.slice(1),
        room: "",
        toNick: toParty.slice(1),
        fromParty,
        toParty,
        createdAtMs: 1,
        expiresAtMs: 1_000,
        complete: true,
      });
    await direct("a", "~ana", "~bob");
    await direct("b", "~bob", "~ana");
    await direct("c", "~bob", "~anastasia");
    await store.files.expireDirect("~ana");
    expect((await store.files.expired(10)).sort()).toEqual(["a".repeat(32), "b".repeat(32)]);
  });

  it("stores accounts, refuses a second with the same name, changes only the fields given, and deletes one", async () => {
    const store = await open();
    expect(await store.accounts.insert(account("bob"))).toBe(true);
    expect(await store.accounts.insert(account("ana", { createdAtMs: 2_000 }))).toBe(true);
    expect(await store.accounts.insert(account("bob", { passwordHash: "$argon2id$other" }))).toBe(false);
    expect(await store.accounts.loadAll()).toEqual([account("ana", { createdAtMs: 2_000 }), account("bob")]);
    const credentials = {
      passwordHash: "$argon2id$new",
      scram: { salt: "bmV3", iterations: 8192, storedKey: "czI=", serverKey: "czM=" },
    };
    await store.accounts.update("bob", credentials);
    await store.accounts.update("bob", { lastSeenMs: 5_000 });
    await store.accounts.update("bob", { locked: true });
    await store.accounts.update("nobody", { locked: true });
    const changed = account("bob", { ...credentials, lastSeenMs: 5_000, locked: true });
    expect(await store.accounts.get("bob")).toEqual(changed);
    expect(await store.accounts.get("nobody")).toBeUndefined();
    await store.accounts.delete("ana");
    await store.accounts.delete("nobody");
    expect(await store.accounts.get("ana")).toBeUndefined();
    expect(await store.accounts.loadAll()).toEqual([changed]);
  });

  it("queues direct messages for an offline account and hands each out once, oldest first", async () => {
    const store = await open();
    const direct = directConversation("~ana", "~bob");
    await add(store, direct, "bob", "first");
    await add(store, direct, "bob", "second");
    await add(store, directConversation("~bob", "~cy"), "bob", "for cy");
    await store.offlineQueue.add("ana", direct, 2);
    await store.offlineQueue.add("ana", direct, 1);
    await store.offlineQueue.add("cy", directConversation("~bob", "~cy"), 1);
    await store.offlineQueue.add("cy", directConversation("~bob", "~cy"), 7);
    expect(Object.fromEntries(await store.offlineQueue.counts())).toEqual({ ana: 2, cy: 2 });
    expect((await store.offlineQueue.take("ana")).map((m) => [m.seq, m.text])).toEqual([
      [2, "second"],
      [1, "first"],
    ]);
    expect(await store.offlineQueue.take("ana")).toEqual([]);
    // One that history no longer holds is dropped unseen.
    expect((await store.offlineQueue.take("cy")).map((m) => m.text)).toEqual(["for cy"]);
    await store.offlineQueue.add("ana", direct, 1);
    await store.offlineQueue.drop("ana");
    expect(Object.fromEntries(await store.offlineQueue.counts())).toEqual({});
  });

  it("keeps read markers per account, never moving back, at most the newest few", async () => {
    const store = await open();
    await store.readMarkers.set("ana", "lobby", 5, 1, 2);
    await store.readMarkers.set("ana", "lobby", 3, 2, 2);
    await store.readMarkers.set("ana", "staff", 9, 3, 2);
    await store.readMarkers.set("bob", "lobby", 1, 4, 2);
    expect(Object.fromEntries(await store.readMarkers.of("ana"))).toEqual({ lobby: 5, staff: 9 });
    // A third conversation pushes out the one updated longest ago (lobby at 2).
    await store.readMarkers.set("ana", "@~ana ~bob", 4, 5, 2);
    expect(Object.fromEntries(await store.readMarkers.of("ana"))).toEqual({ staff: 9, "@~ana ~bob": 4 });
    await store.readMarkers.drop("ana");
    expect(await store.readMarkers.of("ana")).toEqual(new Map());
    expect(Object.fromEntries(await store.readMarkers.of("bob"))).toEqual({ lobby: 1 });
  });

  it("drops every direct conversation of a party, on either side, and nothing else", async () => {
    const store = await open();
    await add(store, directConversation("~ana", "~bob"), "bob", "to ana");
    await add(store, directConversation("~ana", "~bob"), "ana", "to bob");
    await add(store, directConversation("~al", "~ana"), "al", "al to ana");
    await add(store, directConversation("~anastasia", "~bob"), "bob", "to anastasia");
    await add(store, directConversation("~bob", "~xana"), "bob", "to xana");
    await add(store, "~ana", "ana", "a room-like name");
    const before = await store.messages.totalBytes();
    const dropped = await store.messages.dropDirect("~ana");
    expect(dropped).toEqual({
      removed: 3,
      bytes: messageBytes("to ana", null) + messageBytes("to bob", null) + messageBytes("al to ana", null),
    });
    expect(await store.messages.totalBytes()).toBe(before - dropped.bytes);
    expect(await store.messages.hasAny(directConversation("~ana", "~bob"))).toBe(false);
    expect(await store.messages.hasAny(directConversation("~al", "~ana"))).toBe(false);
    expect(await store.messages.hasAny(directConversation("~anastasia", "~bob"))).toBe(true);
    expect(await store.messages.hasAny(directConversation("~bob", "~xana"))).toBe(true);
    expect(await store.messages.hasAny("~ana")).toBe(true);
    // What is gone is not found either, nor counted as the conversation's last seq.
    expect(texts(await find(store, "to", [], "~ana"))).toEqual([]);
    expect([...(await store.messages.lastSeqs()).keys()].filter((c) => c.includes("~ana "))).toEqual([]);
  });

  it("searches for messages holding every word, newest first, by whole word or word start, any case or accent", async () => {
    const store = await open();
    await add(store, "lobby", "bob", "the deploy failed");
    await add(store, "lobby", "bob", "Deployment is done");
    await add(store, "lobby", "cy", "lunch?");
    await add(store, "lobby", "cy", "Café opens at noon");
    await add(store, "lobby", "cy", "a naïve cafe");
    expect(texts(await find(store, "deploy", ["lobby"]))).toEqual([
      "Deployment is done",
      "the deploy failed",
    ]);
    expect(texts(await find(store, "DEPLOY failed", ["lobby"]))).toEqual(["the deploy failed"]);
    expect(texts(await find(store, "cafe", ["lobby"]))).toEqual(["a naïve cafe", "Café opens at noon"]);
    expect(texts(await find(store, "café", ["lobby"]))).toEqual(["a naïve cafe", "Café opens at noon"]);
    expect(texts(await find(store, "naive", ["lobby"]))).toEqual(["a naïve cafe"]);
    expect(texts(await find(store, "ploy", ["lobby"]))).toEqual([]);
    // What looks like search syntax is only words.
    expect(texts(await find(store, "deploy' & !failed:* | (x", ["lobby"]))).toEqual([]);
    expect(texts(await find(store, '"the" OR deploy*', ["lobby"]))).toEqual([]);
  });

  it("searches only the rooms given and the searcher's own direct conversations", async () => {
    const store = await open();
    await add(store, "lobby", "bob", "secret plan in lobby");
    await add(store, "staff", "bob", "secret plan in staff");
    await add(store, directConversation("~ana", "~bob"), "bob", "secret plan for ana", { toNick: "ana" });
    await add(store, directConversation("~bob", "~cy"), "bob", "secret plan for cy", { toNick: "cy" });
    await add(store, directConversation("~an", "~bob"), "bob", "secret plan for an", { toNick: "an" });
    await add(store, directConversation("~al", "~ana"), "al", "secret plan from al", { toNick: "ana" });
    expect(texts(await find(store, "secret", ["lobby"], "~ana"))).toEqual([
      "secret plan from al",
      "secret plan for ana",
      "secret plan in lobby",
    ]);
    expect(texts(await find(store, "secret", [], "~cy"))).toEqual(["secret plan for cy"]);
    expect(texts(await find(store, "secret", [], "cy"))).toEqual([]);
    expect(texts(await find(store, "secret", ["lobby"], "~ana", { only: "lobby" }))).toEqual([
      "secret plan in lobby",
    ]);
    expect(
      texts(await find(store, "secret", ["lobby"], "~ana", { only: directConversation("~al", "~ana") })),
    ).toEqual(["secret plan from al"]);
    // A conversation the searcher may not read finds nothing, even when asked for alone.
    expect(texts(await find(store, "secret", ["lobby"], "~ana", { only: "staff" }))).toEqual([]);
    expect(
      texts(await find(store, "secret", ["lobby"], "~ana", { only: directConversation("~bob", "~cy") })),
    ).toEqual([]);
  });

  it("pages search results by cursor, each message once", async () => {
    const store = await open();
    for (let i = 1; i <= 7; i++) await add(store, "lobby", "bob", `note ${i}`);
    const seen: (string | null | undefined)[] = [];
    let cursor = 0;
    let pages = 0;
    do {
      const page = await find(store, "note", ["lobby"], "ana", { limit: 3, cursor });
      seen.push(...texts(page));
      cursor = page.more ? page.matches.at(-1)!.cursor : 0;
      pages++;
    } while (cursor > 0);
    expect(pages).toBe(3);
    expect(seen).toEqual(["note 7", "note 6", "note 5", "note 4", "note 3", "note 2", "note 1"]);
  });

  it("forgets in search what retention deleted, and finds file announcements by file name", async () => {
    const store = await open();
    for (let i = 1; i <= 5; i++) await add(store, "lobby", "bob", `old news ${i}`);
    await add(store, "lobby", "bob", "", { file: { id: "f1", name: "quarterly-report.pdf", size: 10 } });
    await store.messages.prune(2, 0);
    expect(texts(await find(store, "news", ["lobby"]))).toEqual(["old news 5"]);
    const files = await find(store, "quarterly", ["lobby"]);
    expect(files.matches.map((m) => m.message.file?.name)).toEqual(["quarterly-report.pdf"]);
    await store.messages.trim(await store.messages.totalBytes(), 0, 100);
    expect(texts(await find(store, "news", ["lobby"]))).toEqual([]);
  });
});

describe("the postgres store shared by several servers", () => {
  it("migrates once when servers start together, and not again later", async () => {
    const url = await postgres.createDatabase();
    await Promise.all([openPostgres(url), openPostgres(url), openPostgres(url)]);
    const again = await openPostgres(url);
    const rows = await again.queries.rows<{ version: number }>(
      "SELECT version FROM schema_migrations ORDER BY version",
    );
    expect(rows.map((row) => row.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });

  it("keeps a password change and a lock made through one server when another, holding the older record, notes a login", async () => {
    const url = await postgres.createDatabase();
    const [first, second] = await Promise.all([openPostgres(url), openPostgres(url)]);
    const settings = {
      maxAuthFailuresPerAccount: 5,
      maxAuthFailuresPerAddress: 5,
      authLockoutMs: 1,
      scramIterations: 4096,
    };
    const failed = (error: unknown) => {
      throw error;
    };
    // Cluster nodes whose announcements are lost on the way (as in a Redis outage).
    const unheard = { announce: () => undefined };
    const one = new Accounts(first.accounts, settings, failed, unheard);
    const two = new Accounts(second.accounts, settings, failed, unheard);
    const registered = account("ada");
    await one.create("ada", "Ada", registered, 1_000);
    const stale = (await two.lookup("ada"))!;
    const credentials = {
      passwordHash: "$argon2id$changed",
      scram: { salt: "bmV3", iterations: 4096, storedKey: "bmV3a2V5", serverKey: "bmV3c2Vy" },
    };
    await one.setCredentials(one.get("ada")!, credentials);
    await one.setLocked(one.get("ada")!, true);
    // The second server has not heard of either change and notes a login with its older copy.
    two.seen(stale, 9_000);
    await second.accounts.get("ada"); // its one connection answers in order: the login is written
    expect(await first.accounts.get("ada")).toMatchObject({
      ...credentials,
      locked: true,
      lastSeenMs: 9_000,
    });
    // Both register one name at once, neither having heard of the other: one of them gets it.
    const outcomes = await Promise.allSettled([
      one.create("bea", "Bea", account("bea", { passwordHash: "$argon2id$one" }), 1_000),
      two.create("bea", "Bea", account("bea", { passwordHash: "$argon2id$two" }), 1_000),
    ]);
    const won = outcomes.findIndex((outcome) => outcome.status === "fulfilled");
    const lost = outcomes[1 - won];
    expect(lost?.status === "rejected" && lost.reason).toBeInstanceOf(AccountExistsError);
    expect((await first.accounts.get("bea"))?.passwordHash).toBe(
      won === 0 ? "$argon2id$one" : "$argon2id$two",
    );
    // The loser forgets the name it reserved, and learns the winner's record from the store.
    expect((await [one, two][1 - won]!.lookup("bea"))?.passwordHash).toBe(
      won === 0 ? "$argon2id$one" : "$argon2id$two",
    );
  });

  it("hands out dense, distinct seqs when servers store into one conversation at once", async () => {
    const url = await postgres.createDatabase();
    const servers = await Promise.all([openPostgres(url), openPostgres(url), openPostgres(url)]);
    // Numbers only: no message here has a client id.
    const batches = (await Promise.all(
      servers.flatMap((store, s) =>
        Array.from({ length: 10 }, (_, b) =>
          store.messages.append([
            message("shared", `${s}-${b}-x`),
            message("other", "o"),
            message("shared", `${s}-${b}-y`),
          ]),
        ),
      ),
    )) as number[][];
    const shared = batches.flatMap((seq) => [seq[0]!, seq[2]!]).sort((a, b) => a - b);
    expect(shared).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
    // Each batch's two messages of one conversation are consecutive, in batch order.
    for (const seq of batches) expect(seq[2]).toBe(seq[0]! + 1);
    const stored = await servers[0]!.messages.after("shared", 0, 100);
    expect(stored.map((m) => m.seq)).toEqual(shared);
  });

  it("stores the rest of a batch and answers with the stored copy when another server stored a resend first", async () => {
    const url = await postgres.createDatabase();
    const [first, second] = await Promise.all([openPostgres(url), openPostgres(url)]);
    type Ticket = { node: string; text: string };
    const committed: { node: string; text: string; seq: number; copy?: ChatMessage; error?: Error }[] = [];
    const handler =
      (node: string) =>
      (batch: PendingMessage<Ticket>[], error?: Error): void => {
        for (const { ticket, message, storedCopy } of batch)
          committed.push({ node, text: ticket.text, seq: message.seq, copy: storedCopy, error });
      };
    const nodes = {
      a: new MessageStore(first.messages, handler("a")),
      b: new MessageStore(second.messages, handler("b")),
    };
    const send = (node: "a" | "b", text: string, sender: string, clientMsgId = "") =>
      nodes[node].append(
        "lobby",
        { room: "lobby", fromNick: sender, text, clientMsgId, kind: 1 },
        clock++,
        { node, text },
        sender,
      );
    // Both nodes checked the store for ana's c-1 and found nothing; each queues it with other people's
    // messages, and both batches are written at once.
    for (let round = 0; round < 5; round++) {
      send("a", `ana ${round}`, "ana", `c-${round}`);
      send("a", `bob ${round}`, "bob", `b-${round}`);
      send("b", `cy ${round}`, "cy", `y-${round}`);
      send("b", `ana ${round} again`, "ana", `c-${round}`);
      send("b", `dee ${round}`, "dee");
      await Promise.all([nodes.a.flushNow(), nodes.b.flushNow()]);
    }
    expect(committed.filter((c) => c.error)).toEqual([]);
    const stored = await first.messages.after("lobby", 0, 100);
    // Every message is stored once, seqs dense; each round's two copies of ana's message as one.
    expect(stored.map((m) => m.seq)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    for (let round = 0; round < 5; round++) {
      const copies = stored.filter((m) => m.clientMsgId === `c-${round}`);
      expect(copies).toHaveLength(1);
      const [kept] = copies;
      for (const text of [`bob ${round}`, `cy ${round}`, `dee ${round}`])
        expect(stored.filter((m) => m.text === text)).toHaveLength(1);
      // The copy that lost is answered with the one stored, and holds no seq of its own.
      const answers = committed.filter((c) => c.text.startsWith(`ana ${round}`));
      expect(answers).toHaveLength(2);
      const winner = answers.find((c) => !c.copy)!;
      const loser = answers.find((c) => c.copy)!;
      expect(winner.seq).toBe(kept!.seq);
      expect(loser.seq).toBe(0);
      expect(loser.copy).toMatchObject({ seq: kept!.seq, text: kept!.text, clientMsgId: `c-${round}` });
    }
    // Every other message was acknowledged with the seq it is stored under.
    for (const c of committed.filter((c) => !c.text.startsWith("ana")))
      expect(stored.find((m) => m.text === c.text)?.seq).toBe(c.seq);
  });
});
