// What only the SQLite message log has: client ids checked from a table in memory, read back at
// start (also from a database that still has the unique index of earlier versions) and forgotten
// with the rows retention deletes. What every engine must do alike is in test/store-conformance.test.ts.
import { join } from "node:path";
import { tempDir } from "@parley/testkit";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import type { NewMessage } from "../store.js";
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
    const version = MIGRATIONS.length - 1;
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
