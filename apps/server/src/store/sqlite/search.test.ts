// The SQLite search index against a real database: matches by word and word start, only what the
// searcher may read, pages by cursor, kept in step with retention, and built for a database that
// held messages before the index existed.
import { join } from "node:path";
import { tempDir } from "@parley/testkit";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import type { SearchPage } from "../search.js";
import { searchTerms } from "../search-terms.js";
import { directConversation } from "../store.js";
import { MIGRATIONS, openDatabase } from "./db.js";
import { openSqliteStore } from "./index.js";
import { matchExpression, SEARCH_SCHEMA, SqliteSearchIndex } from "./search.js";

function setup() {
  const store = openSqliteStore(":memory:");
  const add = (conversation: string, fromNick: string, text: string, extra = {}) =>
    store.messages.append([
      { conversation, sender: "", message: { fromNick, text, sentAtMs: Date.now(), ...extra } },
    ]);
  const find = (query: string, rooms: string[], party = "ana", more = {}) =>
    store.search.search({
      terms: searchTerms(query),
      rooms,
      party,
      only: null,
      limit: 50,
      cursor: 0,
      ...more,
    });
  return { store, add, find };
}

const texts = (page: SearchPage) => page.matches.map((m) => m.message.text);

describe("search terms", () => {
  it("splits a query into words, and quotes each so no FTS5 syntax gets through", () => {
    expect(searchTerms('Deploy "prod" OR deploy* NEAR(x)')).toEqual(["deploy", "prod", "or", "near", "x"]);
    expect(searchTerms("!!! ... ")).toEqual([]);
    expect(searchTerms("café 部署")).toEqual(["café", "部署"]);
    expect(matchExpression(["deploy", 'a"b'])).toBe('"deploy"* AND "a""b"*');
  });
});

describe("SQLite search index", () => {
  it("finds messages holding every word, newest first, by whole word or word start, any case or accent", async () => {
    const { add, find } = setup();
    add("lobby", "bob", "the deploy failed");
    add("lobby", "bob", "Deployment is done");
    add("lobby", "cy", "lunch?");
    add("lobby", "cy", "Café opens at noon");
    expect(texts(await find("deploy", ["lobby"]))).toEqual(["Deployment is done", "the deploy failed"]);
    expect(texts(await find("deploy failed", ["lobby"]))).toEqual(["the deploy failed"]);
    expect(texts(await find("cafe", ["lobby"]))).toEqual(["Café opens at noon"]);
    expect(texts(await find("ploy", ["lobby"]))).toEqual([]);
  });

  it("searches only the rooms given and the searcher's own direct conversations", async () => {
    const { add, find } = setup();
    add("lobby", "bob", "secret plan in lobby");
    add("staff", "bob", "secret plan in staff");
    add(directConversation("ana", "bob"), "bob", "secret plan for ana", { toNick: "ana" });
    add(directConversation("bob", "cy"), "bob", "secret plan for cy", { toNick: "cy" });
    add(directConversation("an", "bob"), "bob", "secret plan for an", { toNick: "an" });
    expect(texts(await find("secret", ["lobby"], "ana"))).toEqual([
      "secret plan for ana",
      "secret plan in lobby",
    ]);
    expect(texts(await find("secret", [], "cy"))).toEqual(["secret plan for cy"]);
    expect(texts(await find("secret", ["lobby"], "ana", { only: "lobby" }))).toEqual([
      "secret plan in lobby",
    ]);
    // A room name the searcher is not in finds nothing, even when asked for alone.
    expect(texts(await find("secret", ["lobby"], "ana", { only: "staff" }))).toEqual([]);
  });

  it("pages by cursor, each message once", async () => {
    const { add, find } = setup();
    for (let i = 1; i <= 7; i++) add("lobby", "bob", `note ${i}`);
    const seen: (string | null | undefined)[] = [];
    let cursor = 0;
    do {
      const page = await find("note", ["lobby"], "ana", { limit: 3, cursor });
      seen.push(...texts(page));
      cursor = page.more ? page.matches.at(-1)!.cursor : 0;
    } while (cursor > 0);
    expect(seen).toEqual(["note 7", "note 6", "note 5", "note 4", "note 3", "note 2", "note 1"]);
  });

  it("forgets messages retention deleted, and finds file announcements by file name", async () => {
    const { store, add, find } = setup();
    for (let i = 1; i <= 5; i++) add("lobby", "bob", `old news ${i}`);
    add("lobby", "bob", "", { file: { id: "f1", name: "quarterly-report.pdf", size: 10 } });
    store.messages.prune(2, 0);
    expect(texts(await find("news", ["lobby"]))).toEqual(["old news 5"]);
    const files = await find("quarterly", ["lobby"]);
    expect(files.matches.map((m) => m.message.file?.name)).toEqual(["quarterly-report.pdf"]);
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
    const page = await new SqliteSearchIndex(reopened).search({
      terms: ["long"],
      rooms: ["lobby"],
      party: "ana",
      only: null,
      limit: 10,
      cursor: 0,
    });
    expect(texts(page)).toEqual(["stored long ago"]);
    reopened.close();
  });
});
