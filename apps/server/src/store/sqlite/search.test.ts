// What only the SQLite search index has: its FTS5 MATCH expression, and the index built for a
// database that held messages before the index existed. What every engine must do alike is in
// test/store-conformance.test.ts.
import { join } from "node:path";
import { tempDir } from "@parley/testkit";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { searchTerms } from "../search-terms.js";
import { MIGRATIONS, openDatabase } from "./db.js";
import { matchExpression, SEARCH_SCHEMA, SqliteSearchIndex } from "./search.js";

describe("search terms", () => {
  it("splits a query into words, and quotes each so no FTS5 syntax gets through", () => {
    expect(searchTerms('Deploy "prod" OR deploy* NEAR(x)')).toEqual(["deploy", "prod", "or", "near", "x"]);
    expect(searchTerms("!!! ... ")).toEqual([]);
    expect(searchTerms("café 部署")).toEqual(["café", "部署"]);
    expect(matchExpression(["deploy", 'a"b'])).toBe('"deploy"* AND "a""b"*');
  });
});

describe("SQLite search index", () => {
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
    expect(page.matches.map((m) => m.message.text)).toEqual(["stored long ago"]);
    reopened.close();
  });
});
