// One conformance suite for every store engine: SQLite and a real PostgreSQL answer the same calls
// the same way (seqs, reads, de-duplication, retention, rooms, bans with their audit, files). Then
// what only a shared database has to get right: migrations under a lock and seqs across servers.
import type { ChatMessage } from "@parley/protocol";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { silentLogger } from "../src/logger.js";
import { openPostgresStore, type PostgresStore } from "../src/store/postgres/index.js";
import { MIGRATIONS } from "../src/store/postgres/migrations.js";
import { openSqliteStore } from "../src/store/sqlite/index.js";
import { messageBytes, type NewMessage, type Store } from "../src/store/store.js";
import { onCleanup, startPostgres, type TestPostgres, tempDir } from "./helpers.js";

let postgres: TestPostgres;
beforeAll(async () => {
  postgres = await startPostgres();
}, 60_000);
afterAll(() => postgres?.destroy());

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

  it("finds a message by sender and client id, and refuses a whole batch holding a second copy", async () => {
    const store = await open();
    await store.messages.append([message("r", "first", "alice", "c-1")]);
    expect(await store.messages.byClientId("r", "alice", "c-1")).toMatchObject({ seq: 1, text: "first" });
    expect(await store.messages.byClientId("r", "bob", "c-1")).toBeUndefined();
    await expect(
      Promise.resolve().then(() =>
        store.messages.append([message("r", "other"), message("r", "again", "alice", "c-1")]),
      ),
    ).rejects.toThrow();
    // Nothing of the refused batch is stored, and no seq was used up.
    expect(await store.messages.append([message("r", "next")])).toEqual([2]);
    expect(seqs(await store.messages.after("r", 0, 10))).toEqual([
      [1, "first"],
      [2, "next"],
    ]);
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
    const base = { name: "a.bin", sha256: "f".repeat(64), fromNick: "Alice", room: "lobby", toNick: "" };
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

  it("hands out dense, distinct seqs when servers store into one conversation at once", async () => {
    const url = await postgres.createDatabase();
    const servers = await Promise.all([openPostgres(url), openPostgres(url), openPostgres(url)]);
    const batches = await Promise.all(
      servers.flatMap((store, s) =>
        Array.from({ length: 10 }, (_, b) =>
          store.messages.append([
            message("shared", `${s}-${b}-x`),
            message("other", "o"),
            message("shared", `${s}-${b}-y`),
          ]),
        ),
      ),
    );
    const shared = batches.flatMap((seq) => [seq[0]!, seq[2]!]).sort((a, b) => a - b);
    expect(shared).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
    // Each batch's two messages of one conversation are consecutive, in batch order.
    for (const seq of batches) expect(seq[2]).toBe(seq[0]! + 1);
    const stored = await servers[0]!.messages.after("shared", 0, 100);
    expect(stored.map((m) => m.seq)).toEqual(shared);
  });
});
