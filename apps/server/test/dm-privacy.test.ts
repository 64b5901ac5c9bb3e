// Direct messages and direct files belong to accounts, not nicks: a guest's are live only, a later
// holder of a nick reads nothing of its earlier holder's, an account's survive logins and restarts, and
// history stored under nicks before accounts existed is dropped on upgrade.
import { createHash } from "node:crypto";
import { join } from "node:path";
import { ErrorCode, type ProtocolClient, type ServerError } from "@parley/protocol";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { MIGRATIONS } from "../src/store/sqlite/db.js";
import { isKind, loggedIn, registerAccount, startServer, tempDir } from "./helpers.js";

const PASSWORD = "correct horse battery";

/** Sends a small file to `toNick`; resolves with its id. */
async function sendFile(client: ProtocolClient, toNick: string, text: string): Promise<string> {
  const data = Buffer.from(text);
  const sha256 = createHash("sha256").update(data).digest("hex");
  const ready = await client.request({ fileOffer: { toNick, name: "note.txt", size: data.length, sha256 } });
  const id = ready.fileUploadReady!.uploadId!;
  await client.request({ fileChunk: { id, offset: 0, data } });
  await client.request({ fileUploadDone: { uploadId: id } });
  return id;
}

/** The texts SearchHistory finds for `query`, optionally only in the direct conversation with `withNick`. */
async function searched(client: ProtocolClient, query: string, withNick?: string): Promise<string[]> {
  const reply = await client.request({ searchHistory: withNick ? { query, withNick } : { query } });
  return reply.searchResults?.messages?.map((m) => m.text ?? "") ?? [];
}

async function directHistory(client: ProtocolClient, withNick: string): Promise<string[]> {
  const reply = await client.request({ fetchHistory: { withNick, afterSeq: 0 } });
  return reply.history?.messages?.map((m) => m.text ?? "") ?? [];
}

describe("direct message privacy", () => {
  it("gives a later guest holding a nick nothing of its earlier holder's messages or files", async () => {
    const { port } = await startServer();
    await registerAccount(port, "ana", PASSWORD);
    const ana = await loggedIn(port, "ana", undefined, { password: PASSWORD });
    const carol = await loggedIn(port, "carol");
    await carol.request({ sendMessage: { toNick: "ana", text: "my secret" } });
    await ana.request({ sendMessage: { toNick: "carol", text: "your secret is safe" } });
    const fileId = await sendFile(ana, "carol", "for carol only");
    await carol.waitFor(isKind("message"));
    // While carol's session lasts, both sides read the conversation.
    expect(await directHistory(carol, "ana")).toEqual([
      "my secret",
      "your secret is safe",
      "sent a file: note.txt",
    ]);
    await carol.request({ quit: {} });

    const impostor = await loggedIn(port, "carol");
    expect(await directHistory(impostor, "ana")).toEqual([]);
    expect(await searched(impostor, "secret")).toEqual([]);
    expect(await searched(impostor, "secret", "ana")).toEqual([]);
    const refused = (await impostor.request({ fileGet: { fileId } }).catch((e) => e)) as ServerError;
    expect(refused.code).toBe(ErrorCode.ERROR_CODE_NO_SUCH_FILE);
    // Nor does ana see the old conversation under the new carol.
    expect(await directHistory(ana, "carol")).toEqual([]);
    expect(await searched(ana, "secret", "carol")).toEqual([]);
    expect(await searched(ana, "secret")).toEqual(["your secret is safe", "my secret"]);
  });

  it("keeps the direct history of two accounts across logins and a restart", async () => {
    const dataDir = tempDir();
    const first = await startServer({}, { dataDir });
    await registerAccount(first.port, "bea", PASSWORD);
    await registerAccount(first.port, "cy", PASSWORD);
    const bea = await loggedIn(first.port, "bea", undefined, { password: PASSWORD });
    const cy = await loggedIn(first.port, "cy", undefined, { password: PASSWORD });
    await bea.request({ sendMessage: { toNick: "cy", text: "kept" } });
    await cy.request({ quit: {} });
    // cy is offline, but the account's conversation is still bea's to read.
    expect(await directHistory(bea, "cy")).toEqual(["kept"]);
    expect(await searched(bea, "kept", "cy")).toEqual(["kept"]);
    await first.server.close();
    const second = await startServer({}, { dataDir });
    const cyAgain = await loggedIn(second.port, "cy", undefined, { password: PASSWORD });
    expect(await directHistory(cyAgain, "bea")).toEqual(["kept"]);
    // Dropping the account deletes its direct history.
    await cyAgain.request({ dropAccount: { password: PASSWORD } });
    const beaAgain = await loggedIn(second.port, "bea", undefined, { password: PASSWORD });
    expect(await directHistory(beaAgain, "cy")).toEqual([]);
  });

  it("drops the nick-keyed direct history of a data directory from before accounts, and keeps rooms", async () => {
    const dataDir = tempDir();
    // A database as the previous schema version left it.
    const db = new Database(join(dataDir, "parley.db"));
    for (const migration of MIGRATIONS.slice(0, 5)) db.exec(migration);
    db.pragma("user_version = 5");
    const insert = db.prepare(
      `INSERT INTO messages (conversation, seq, room, from_nick, to_nick, text, client_msg_id, kind, sent_at_ms, sender)
       VALUES (?, ?, ?, ?, ?, ?, '', 0, ?, ?)`,
    );
    insert.run("lobby", 1, "lobby", "ana", "", "hello room", Date.now(), "ana");
    insert.run("@ana carol", 1, "", "carol", "ana", "old secret", Date.now(), "carol");
    db.prepare(
      `INSERT INTO files (id, name, size, sha256, owner, from_nick, room, to_nick, created_at_ms, expires_at_ms, complete)
       VALUES (?, 'a.txt', 1, ?, 'ana', 'ana', '', 'carol', ?, ?, 1)`,
    ).run("0".repeat(32), "0".repeat(64), Date.now(), Date.now() + 3_600_000);
    db.close();

    // An upgrade of SQLite's own file: on SQLite whatever store the other tests run on.
    const { port } = await startServer({ store: "sqlite" }, { dataDir });
    const carol = await loggedIn(port, "carol", [{ room: "lobby", historyLimit: 10 }]);
    const room = await carol.request({ fetchHistory: { room: "lobby", afterSeq: 0 } });
    expect(room.history?.messages?.map((m) => m.text)).toEqual(["hello room"]);
    await registerAccount(port, "ana", PASSWORD);
    const ana = await loggedIn(port, "ana", undefined, { password: PASSWORD });
    expect(await directHistory(ana, "carol")).toEqual([]);
    const file = (await carol
      .request({ fileGet: { fileId: "0".repeat(32) } })
      .catch((e) => e)) as ServerError;
    expect(file.code).toBe(ErrorCode.ERROR_CODE_NO_SUCH_FILE);
    const check = new Database(join(dataDir, "parley.db"), { readonly: true });
    expect(
      check.prepare("SELECT COUNT(*) AS n FROM message_batches WHERE conversation LIKE '@%'").get(),
    ).toEqual({
      n: 0,
    });
    check.close();
  });
});
