// What only the SQLite message log has: a batch packed as one row per conversation (cut by retention,
// migrated from one row per message), client ids checked from a table in memory, read back at start
// and forgotten with what retention deletes. What every engine must do alike is in
// test/store-conformance.test.ts.
import { join } from "node:path";
import { tempDir } from "@parley/testkit";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import type { NewMessage } from "../store.js";
import { MESSAGES_PER_BATCH_ROW } from "./batches.js";
import { MIGRATIONS } from "./db.js";
import { openSqliteStore } from "./index.js";
import { DuplicateClientIdError, type SqliteMessageLog } from "./messages.js";

const message = (
  conversation: string,
  text: string,
  sender = "",
  clientMsgId = "",
  sentAtMs = 1,
): NewMessage => ({
  conversation,
  sender,
  message: { fromNick: sender, text, clientMsgId, sentAtMs },
});

describe("SQLite message log: client ids", () => {
  it("upgrades a database with the unique client-id index, and still knows the ids stored before", () => {
    const dir = tempDir();
    const version = MIGRATIONS.indexOf("DROP INDEX messages_client_msg_id;");
    const first = new Database(join(dir, "parley.db"));
    for (const migration of MIGRATIONS.slice(0, version)) first.exec(migration);
    first.pragma(`user_version = ${version}`);
    first
      .prepare(
        `INSERT INTO messages (conversation, seq, room, from_nick, to_nick, text, client_msg_id, kind, sent_at_ms, sender)
         VALUES ('lobby', 1, 'lobby', 'Ana', '', 'before the upgrade', 'c-1', 0, 1, 'ana')`,
      )
      .run();
    first.close();

    const store = openSqliteStore(dir);
    const index = store.db
      .prepare("SELECT name FROM sqlite_master WHERE name = 'messages_client_msg_id'")
      .get();
    expect(index).toBeUndefined();
    expect(store.messages.byClientId("lobby", "ana", "c-1")).toMatchObject({
      seq: 1,
      text: "before the upgrade",
    });
    expect(store.messages.byClientId("lobby", "bob", "c-1")).toBeUndefined();
    expect(() => store.messages.append([message("lobby", "again", "ana", "c-1")])).toThrow(
      DuplicateClientIdError,
    );
    expect(store.messages.append([message("lobby", "next", "ana", "c-2")])).toEqual([2]);
    store.db.close();
  });

  it("reads the ids back when it opens, and refuses a batch with a copy inside it, remembering none of it", () => {
    const dir = tempDir();
    const first = openSqliteStore(dir);
    first.messages.append([message("lobby", "one", "ana", "c-1"), message("@~ana ~bob", "dm", "ana", "c-1")]);
    expect(() =>
      first.messages.append([
        message("lobby", "two", "ana", "c-2"),
        message("lobby", "two again", "ana", "c-2"),
      ]),
    ).toThrow(DuplicateClientIdError);
    expect(first.messages.byClientId("lobby", "ana", "c-2")).toBeUndefined();
    first.db.close();

    const second = openSqliteStore(dir);
    expect(second.messages.byClientId("lobby", "ana", "c-1")).toMatchObject({ seq: 1, text: "one" });
    expect(second.messages.byClientId("@~ana ~bob", "ana", "c-1")).toMatchObject({ seq: 1, text: "dm" });
    expect(second.messages.append([message("lobby", "two", "ana", "c-2")])).toEqual([2]);
    second.db.close();
  });

  it("forgets the ids of the messages that retention, the size cap and a dropped account delete", () => {
    const store = openSqliteStore(":memory:");
    store.messages.append([
      message("lobby", "old", "ana", "c-old", 1),
      message("lobby", "first", "ana", "c-1", 10),
      message("lobby", "second", "ana", "c-2", 20),
      message("lobby", "third", "ana", "c-3", 30),
      message("@~ana ~bob", "dm", "ana", "c-dm", 40),
    ]);
    store.messages.prune(0, 5);
    expect(store.messages.byClientId("lobby", "ana", "c-old")).toBeUndefined();
    store.messages.prune(2, 0);
    expect(store.messages.byClientId("lobby", "ana", "c-1")).toBeUndefined();
    expect(store.messages.byClientId("lobby", "ana", "c-2")).toMatchObject({ seq: 3 });
    const total = (store.messages as SqliteMessageLog).totalBytes();
    store.messages.trim(total, total - 1, 10);
    expect(store.messages.byClientId("lobby", "ana", "c-2")).toBeUndefined();
    expect(store.messages.byClientId("lobby", "ana", "c-3")).toMatchObject({ seq: 4 });
    store.messages.dropDirect("~ana");
    expect(store.messages.byClientId("@~ana ~bob", "ana", "c-dm")).toBeUndefined();
    // Deleted, so a resend is a new message; the conversation dropped starts again at seq 1.
    expect(store.messages.append([message("lobby", "first again", "ana", "c-1")])).toEqual([5]);
    expect(store.messages.append([message("@~ana ~bob", "dm again", "ana", "c-dm")])).toEqual([1]);
    expect(store.messages.byClientId("@~ana ~bob", "ana", "c-dm")).toMatchObject({ text: "dm again" });
    store.db.close();
  });
});

describe("SQLite message log: a committed batch as one row", () => {
  const rowsOf = (store: ReturnType<typeof openSqliteStore>) =>
    store.db.prepare("SELECT conversation, base_seq, last_seq FROM message_batches ORDER BY id").all() as {
      conversation: string;
      base_seq: number;
      last_seq: number;
    }[];
  /** The SQLite log itself: its reads answer at once. */
  const log = (store: ReturnType<typeof openSqliteStore>) => store.messages as SqliteMessageLog;
  const texts = (messages: { text?: string | null }[]) => messages.map((m) => m.text);

  it("stores each conversation's messages of a batch as one row, split past MESSAGES_PER_BATCH_ROW", () => {
    const store = openSqliteStore(":memory:");
    const big = Array.from({ length: MESSAGES_PER_BATCH_ROW + 3 }, (_, i) => message("lobby", `m${i + 1}`));
    log(store).append([message("lobby", "a"), message("@~ana ~bob", "dm"), message("lobby", "b")]);
    log(store).append(big);
    expect(rowsOf(store)).toEqual([
      { conversation: "lobby", base_seq: 1, last_seq: 2 },
      { conversation: "@~ana ~bob", base_seq: 1, last_seq: 1 },
      { conversation: "lobby", base_seq: 3, last_seq: MESSAGES_PER_BATCH_ROW + 2 },
      { conversation: "lobby", base_seq: MESSAGES_PER_BATCH_ROW + 3, last_seq: MESSAGES_PER_BATCH_ROW + 5 },
    ]);
    const last = MESSAGES_PER_BATCH_ROW + 5;
    // Reads across row boundaries, both ways, bounded above and by the limit.
    expect(texts(log(store).after("lobby", 1, 3) as { text?: string }[])).toEqual(["b", "m1", "m2"]);
    expect(
      log(store)
        .after("lobby", last - 2, 10)
        .map((m) => m.seq),
    ).toEqual([last - 1, last]);
    expect(
      log(store)
        .after("lobby", 0, 10, 2)
        .map((m) => m.seq),
    ).toEqual([1, 2]);
    expect(
      log(store)
        .before("lobby", MESSAGES_PER_BATCH_ROW + 4, 3)
        .map((m) => m.seq),
    ).toEqual([MESSAGES_PER_BATCH_ROW + 1, MESSAGES_PER_BATCH_ROW + 2, MESSAGES_PER_BATCH_ROW + 3]);
    expect(
      log(store)
        .before("lobby", 4, 10)
        .map((m) => m.seq),
    ).toEqual([1, 2, 3]);
    expect(
      log(store)
        .latest("lobby", 2)
        .map((m) => m.seq),
    ).toEqual([last - 1, last]);
    expect(
      log(store)
        .latest("lobby", 2, 3)
        .map((m) => m.seq),
    ).toEqual([2, 3]);
    expect(
      log(store)
        .after("@~ana ~bob", 0, 10)
        .map((m) => m.text),
    ).toEqual(["dm"]);
    store.db.close();
  });

  it("cuts a row partly past retention, and search forgets the cut messages and finds the rest", async () => {
    const store = openSqliteStore(":memory:");
    log(store).append([
      message("lobby", "deploy one", "", "", 10),
      message("lobby", "deploy two", "", "", 20),
      message("lobby", "deploy three", "", "", 30),
      message("lobby", "deploy four", "", "", 40),
    ]);
    const query = { terms: ["deploy"], rooms: ["lobby"], party: "ana", only: null, limit: 10, cursor: 0 };
    expect((await store.search.search(query)).matches).toHaveLength(4);
    const total = log(store).totalBytes();
    expect(log(store).prune(0, 15)).toMatchObject({ removed: 1 });
    expect(log(store).prune(2, 0)).toMatchObject({ removed: 1 });
    expect(rowsOf(store)).toEqual([{ conversation: "lobby", base_seq: 1, last_seq: 4 }]);
    expect(
      log(store)
        .after("lobby", 0, 10)
        .map((m) => m.text),
    ).toEqual(["deploy three", "deploy four"]);
    expect((await store.search.search(query)).matches.map((m) => m.message.text)).toEqual([
      "deploy four",
      "deploy three",
    ]);
    const left = log(store).totalBytes();
    expect(left).toBeLessThan(total);
    // The size cap cuts the oldest message of the row and keeps the other.
    expect(log(store).trim(left, left - 1, 10)).toBe(left - log(store).totalBytes());
    expect(
      log(store)
        .after("lobby", 0, 10)
        .map((m) => m.text),
    ).toEqual(["deploy four"]);
    expect((await store.search.search(query)).matches.map((m) => m.message.text)).toEqual(["deploy four"]);
    // Deleted whole, the row leaves the index by the trigger.
    log(store).prune(0, 100);
    expect(rowsOf(store)).toEqual([]);
    expect((await store.search.search(query)).matches).toEqual([]);
    store.db.close();
  });

  it("prunes by age and trims by size in the order rows were stored, over many rounds of rows", () => {
    const store = openSqliteStore(":memory:");
    // 150 commits of one message each, a second apart, alternating between two rooms: 150 rows.
    for (let i = 1; i <= 150; i++)
      log(store).append([message(i % 2 ? "odd" : "even", `m${i}`, "ana", `c-${i}`, i * 1000)]);
    expect(log(store).prune(0, 100_500)).toMatchObject({ removed: 100 });
    expect(log(store).after("odd", 0, 1)).toMatchObject([{ text: "m101", sentAtMs: 101_000 }]);
    expect(log(store).after("even", 0, 1)).toMatchObject([{ text: "m102" }]);
    expect(log(store).byClientId("odd", "ana", "c-99")).toBeUndefined();
    expect(log(store).prune(0, 100_500)).toMatchObject({ removed: 0 });
    // The size cap takes the oldest stored first, whichever room they are in.
    const total = log(store).totalBytes();
    const each = total / 50;
    expect(log(store).trim(total, total - 3 * each, 1000)).toBe(3 * each);
    expect(log(store).after("odd", 0, 1)).toMatchObject([{ text: "m105" }]);
    expect(log(store).after("even", 0, 1)).toMatchObject([{ text: "m104" }]);
    store.db.close();
  });

  it("keeps the history, client ids, sizes and search of a database stored one row per message", async () => {
    const dir = tempDir();
    const version = MIGRATIONS.findIndex((m) => m.includes("CREATE TABLE message_batches"));
    const first = new Database(join(dir, "parley.db"));
    for (const migration of MIGRATIONS.slice(0, version)) first.exec(migration);
    first.pragma(`user_version = ${version}`);
    const insert = first.prepare(
      `INSERT INTO messages (conversation, seq, room, from_nick, to_nick, text, client_msg_id, kind, sent_at_ms, file, sender)
       VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)`,
    );
    const file = JSON.stringify({ id: "f".repeat(32), name: "report.pdf", size: 3, sha256: "0".repeat(64) });
    insert.run("lobby", 1, "lobby", "Ana", "", "before the upgrade", "c-1", 100, null, "ana");
    insert.run("lobby", 2, "lobby", "Bob", "", "a file", "", 200, file, "bob");
    insert.run("@~ana ~bob", 1, "", "Ana", "Bob", "secret plans", "c-1", 150, null, "ana");
    // Indexed as the old log did: a search id per message, then bulk.
    first
      .prepare("INSERT INTO message_search_ids (conversation, seq) SELECT conversation, seq FROM messages")
      .run();
    const bytesBefore = first
      .prepare(
        "SELECT SUM(LENGTH(CAST(text AS BLOB)) + COALESCE(LENGTH(CAST(file AS BLOB)), 0) + 64) FROM messages",
      )
      .pluck()
      .get();
    first.close();

    const store = openSqliteStore(dir);
    expect(store.db.prepare("SELECT name FROM sqlite_master WHERE name = 'messages'").get()).toBeUndefined();
    // Only the index history reads follow is written by each commit.
    expect(
      store.db
        .prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'message_batches'")
        .pluck()
        .all(),
    ).toEqual(["message_batches_last_seq"]);
    expect(log(store).totalBytes()).toBe(bytesBefore);
    expect(log(store).after("lobby", 0, 10)).toMatchObject([
      { seq: 1, text: "before the upgrade", fromNick: "Ana", clientMsgId: "c-1", sentAtMs: 100 },
      { seq: 2, text: "a file", file: { name: "report.pdf" } },
    ]);
    expect(log(store).lastSeqs()).toEqual(
      new Map([
        ["lobby", 2],
        ["@~ana ~bob", 1],
      ]),
    );
    expect(log(store).byClientId("@~ana ~bob", "ana", "c-1")).toMatchObject({ text: "secret plans" });
    expect(() => log(store).append([message("lobby", "again", "ana", "c-1")])).toThrow(
      DuplicateClientIdError,
    );
    expect(log(store).append([message("lobby", "after", "ana", "c-2")])).toEqual([3]);
    const found = async (term: string) =>
      (
        await store.search.search({
          terms: [term],
          rooms: ["lobby"],
          party: "~ana",
          only: null,
          limit: 10,
          cursor: 0,
        })
      ).matches.map((m) => m.message.text);
    expect(await found("report")).toEqual(["a file"]);
    expect(await found("plans")).toEqual(["secret plans"]);
    expect(await found("after")).toEqual(["after"]);
    store.db.close();
  });
});
