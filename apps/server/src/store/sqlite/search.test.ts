// What only the SQLite search index has: its FTS5 MATCH expression, indexing in bulk (and at start
// for what a crash left), and the index built for a database that held messages before the index existed. What every engine must do alike is in
// test/store-conformance.test.ts.
import { join } from "node:path";
import { tempDir } from "@parley/testkit";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { searchTerms } from "../search-terms.js";
import { MIGRATIONS, openDatabase } from "./db.js";
import { openSqliteStore } from "./index.js";
import {
  matchExpression,
  SEARCH_INDEX_BATCH_ROWS,
  SEARCH_SCHEMA,
  SearchIndexWriter,
  SqliteSearchIndex,
} from "./search.js";

describe("search terms", () => {
  it("splits a query into words, and quotes each so no FTS5 syntax gets through", () => {
    expect(searchTerms('Deploy "prod" OR deploy* NEAR(x)')).toEqual(["deploy", "prod", "or", "near", "x"]);
    expect(searchTerms("!!! ... ")).toEqual([]);
    expect(searchTerms("café 部署")).toEqual(["café", "部署"]);
    expect(matchExpression(["deploy", 'a"b'])).toBe('"deploy"* AND "a""b"*');
  });
});

describe("SQLite search index", () => {
  const lobby = (text: string) => ({
    conversation: "lobby",
    sender: "",
    message: { fromNick: "bob", text, sentAtMs: 1 },
  });
  const query = { rooms: ["lobby"], party: "ana", only: null, limit: 100, cursor: 0 };
  const texts = (page: { matches: { message: { text?: string | null } }[] }) =>
    page.matches.map((m) => m.message.text);

  it("indexes in bulk: a batch of SEARCH_INDEX_BATCH_ROWS at once, fewer by the next search", async () => {
    const store = openSqliteStore(":memory:");
    const indexed = () =>
      store.db.prepare("SELECT count(*) FROM message_search WHERE message_search MATCH 'bulk'").pluck().get();
    store.messages.append(Array.from({ length: SEARCH_INDEX_BATCH_ROWS }, (_, i) => lobby(`bulk ${i}`)));
    expect(indexed()).toBe(SEARCH_INDEX_BATCH_ROWS);
    store.messages.append([lobby("bulk late")]);
    expect(indexed()).toBe(SEARCH_INDEX_BATCH_ROWS);
    expect(texts(await store.search.search({ ...query, terms: ["late"] }))).toEqual(["bulk late"]);
    expect(indexed()).toBe(SEARCH_INDEX_BATCH_ROWS + 1);
    await store.close();
  });

  it("indexes at start what a crash left unindexed, and never what was deleted first", async () => {
    const dir = tempDir();
    const first = openSqliteStore(dir);
    for (const text of ["crash one", "crash two", "crash three"]) first.messages.append([lobby(text)]);
    first.messages.prune(2, 0);
    // No close: the process died with three messages stored, one of them pruned, none indexed.
    const second = openSqliteStore(dir);
    const raw = second.db.prepare("SELECT count(*) FROM message_search WHERE message_search MATCH 'crash'");
    expect(raw.pluck().get()).toBe(2);
    second.messages.append([lobby("crash four")]);
    const page = await second.search.search({ ...query, terms: ["crash"] });
    expect(texts(page)).toEqual(["crash four", "crash three", "crash two"]);
    first.db.close();
    await second.close();
  });

  it("indexes the messages of a database that predates the index", async () => {
    const dir = tempDir();
    // A database as the schema version before the index left it, holding one message.
    const before = MIGRATIONS.indexOf(SEARCH_SCHEMA);
    const first = new Database(join(dir, "parley.db"));
    for (const migration of MIGRATIONS.slice(0, before)) first.exec(migration);
    first.pragma(`user_version = ${before}`);
    first
      .prepare(
        `INSERT INTO messages (conversation, seq, room, from_nick, to_nick, text, client_msg_id, kind, sent_at_ms)
         VALUES ('lobby', 1, 'lobby', 'bob', '', 'stored long ago', '', 0, 1)`,
      )
      .run();
    first.close();
    const reopened = openDatabase(dir);
    const page = await new SqliteSearchIndex(reopened, new SearchIndexWriter(reopened)).search({
      terms: ["long"],
      rooms: ["lobby"],
      party: "ana",
      only: null,
      limit: 10,
      cursor: 0,
    });
    expect(page.matches.map((m) => m.message.text)).toEqual(["stored long ago"]);
    reopened.close();
  });
});
