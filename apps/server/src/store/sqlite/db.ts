// Opens the embedded SQLite database in the data directory (WAL mode) and applies its versioned
// migrations; the server holds the data directory lock, so no other process migrates it meanwhile.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { privateFile } from "../data-dir.js";
import { PACKED_HISTORY_SCHEMA } from "./batches.js";
import { SEARCH_BY_BATCH, SEARCH_INDEXED_UP_TO, SEARCH_INSERT_BY_LOG, SEARCH_SCHEMA } from "./search.js";

export type Db = Database.Database;

/** Schema versions in order; `PRAGMA user_version` records how many have been applied. */
export const MIGRATIONS: string[] = [
  `CREATE TABLE messages (
     conversation TEXT NOT NULL,      -- room name, or "@a b" for the direct conversation of a and b
     seq INTEGER NOT NULL,
     room TEXT NOT NULL,
     from_nick TEXT NOT NULL,
     to_nick TEXT NOT NULL,
     text TEXT NOT NULL,
     client_msg_id TEXT NOT NULL,
     kind INTEGER NOT NULL,
     sent_at_ms INTEGER NOT NULL,
     file TEXT,                       -- JSON FileInfo for file announcements
     PRIMARY KEY (conversation, seq)
   ) WITHOUT ROWID;
   CREATE INDEX messages_sent_at ON messages (sent_at_ms);
   CREATE TABLE rooms (
     name TEXT PRIMARY KEY,
     topic TEXT NOT NULL DEFAULT '',
     topic_by TEXT NOT NULL DEFAULT '',
     topic_at_ms INTEGER NOT NULL DEFAULT 0,
     created_at_ms INTEGER NOT NULL
   );
   CREATE TABLE bans (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     nick TEXT NOT NULL DEFAULT '',   -- case-folded
     address TEXT NOT NULL DEFAULT '',
     reason TEXT NOT NULL DEFAULT '',
     by TEXT NOT NULL DEFAULT '',
     created_at_ms INTEGER NOT NULL,
     until_ms INTEGER NOT NULL        -- 0: permanent
   );
   CREATE TABLE audit (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     at_ms INTEGER NOT NULL,
     action TEXT NOT NULL,
     target TEXT NOT NULL DEFAULT '',
     result TEXT NOT NULL DEFAULT '',
     by TEXT NOT NULL DEFAULT ''
   );`,
  `CREATE TABLE files (
     id TEXT PRIMARY KEY,             -- random, unguessable; also the file name on disk
     name TEXT NOT NULL,
     size INTEGER NOT NULL,
     sha256 TEXT NOT NULL,
     owner TEXT NOT NULL,             -- uploader's case-folded nick (quota, resume)
     from_nick TEXT NOT NULL,
     room TEXT NOT NULL DEFAULT '',
     to_nick TEXT NOT NULL DEFAULT '',
     created_at_ms INTEGER NOT NULL,
     expires_at_ms INTEGER NOT NULL,
     complete INTEGER NOT NULL DEFAULT 0
   );
   CREATE INDEX files_owner ON files (owner);
   CREATE INDEX files_expires ON files (expires_at_ms);`,
  // De-duplication that survives a restart: one row per (conversation, sender, client id). Rows from
  // before this version have sender '' and stay outside the index (they may hold duplicates).
  `ALTER TABLE messages ADD COLUMN sender TEXT NOT NULL DEFAULT '';  -- sender's case-folded nick
   CREATE UNIQUE INDEX messages_client_msg_id ON messages (conversation, sender, client_msg_id)
     WHERE client_msg_id <> '' AND sender <> '';`,
  // File quotas per address beside per nick: the uploader's address. Rows from before have ''.
  `ALTER TABLE files ADD COLUMN address TEXT NOT NULL DEFAULT '';
   CREATE INDEX files_address ON files (address);`,
  // Full-text search of history, kept in step with the messages table (sqlite/search.ts).
  SEARCH_SCHEMA,
  // Accounts. Direct conversations are keyed by account from here on ("@~ana ~bob"); the history
  // stored under nicks ("@ana bob") cannot tell the owner of a nick from whoever held it later, so it
  // is deleted, and direct files are expired (the next expiry sweep removes their bytes).
  `CREATE TABLE accounts (
     name TEXT PRIMARY KEY,           -- case-folded nick the account owns
     display TEXT NOT NULL,           -- the nick as registered
     password_hash TEXT NOT NULL,     -- argon2id, PHC string
     scram_salt TEXT NOT NULL,        -- SCRAM-SHA-256 verifier: base64 salt,
     scram_iterations INTEGER NOT NULL, -- iteration count,
     scram_stored_key TEXT NOT NULL,  -- base64 StoredKey,
     scram_server_key TEXT NOT NULL,  -- base64 ServerKey
     created_at_ms INTEGER NOT NULL,
     last_seen_ms INTEGER NOT NULL DEFAULT 0,
     locked INTEGER NOT NULL DEFAULT 0
   );
   DELETE FROM messages WHERE conversation LIKE '@%';
   ALTER TABLE files ADD COLUMN from_party TEXT NOT NULL DEFAULT '';  -- sender's party (direct files)
   ALTER TABLE files ADD COLUMN to_party TEXT NOT NULL DEFAULT '';    -- recipient's party (direct files)
   UPDATE files SET expires_at_ms = 0 WHERE to_nick <> '';`,
  // Direct messages waiting for an offline account (pointers into messages), and read markers.
  `CREATE TABLE offline_queue (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     account TEXT NOT NULL,           -- recipient's account (case-folded)
     conversation TEXT NOT NULL,      -- the message's direct conversation key
     seq INTEGER NOT NULL
   );
   CREATE INDEX offline_queue_account ON offline_queue (account, id);
   CREATE TABLE read_markers (
     account TEXT NOT NULL,
     conversation TEXT NOT NULL,      -- room name or direct conversation key
     seq INTEGER NOT NULL,            -- last seq read
     updated_at_ms INTEGER NOT NULL,
     PRIMARY KEY (account, conversation)
   ) WITHOUT ROWID;`,
  // The message log writes the search index itself (sqlite/search.ts SearchIndexWriter).
  SEARCH_INSERT_BY_LOG,
  // ... in bulk, recording how far it got.
  SEARCH_INDEXED_UP_TO,
  // De-duplication by client id from a table in memory (sqlite/messages.ts), read from the rows at
  // start: the unique index wrote a B-tree page per message at a random place, more than the row cost.
  "DROP INDEX messages_client_msg_id;",
  // A committed batch of a conversation as one row (sqlite/batches.ts): three B-tree inserts and an
  // FTS5 entry per message cost more than the relay spends delivering it to a room of 50.
  `${PACKED_HISTORY_SCHEMA}\n${SEARCH_BY_BATCH}`,
  // Rows are stored in time order, so the size cap and retention by age walk them by id: the index
  // on sent_at_ms was a third B-tree page written by every commit, and a third of a lone commit's cost.
  "DROP INDEX message_batches_sent_at;",
];

/** Opens (creating if needed) `<dataDir>/parley.db`. `:memory:` as dataDir gives a throwaway database. */
export function openDatabase(dataDir: string): Db {
  let file = ":memory:";
  if (dataDir !== ":memory:") {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    file = join(dataDir, "parley.db");
    privateFile(file);
  }
  const db = new Database(file);
  // WAL: readers never block the writer, and a commit is one sequential append.
  db.pragma("journal_mode = WAL");
  // NORMAL in WAL mode is crash-safe for the database; a power loss may roll back the last commits.
  // Acknowledgements are sent after commit, so a process crash loses nothing acknowledged.
  db.pragma("synchronous = NORMAL");
  db.pragma("foreign_keys = ON");
  migrate(db);
  return db;
}

function migrate(db: Db): void {
  const version = db.pragma("user_version", { simple: true }) as number;
  for (let v = version; v < MIGRATIONS.length; v++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[v]!);
      db.pragma(`user_version = ${v + 1}`);
    })();
  }
}
