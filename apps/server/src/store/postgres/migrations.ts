// PostgreSQL's schema as numbered migrations, applied at start inside one transaction each, under an
// advisory lock so servers starting together on one database migrate it once.
import type { Pool } from "pg";

/** Key of the advisory lock held while migrating ("parley" in ASCII): any server on this database takes the same one. */
export const MIGRATION_LOCK_KEY = 0x7061726c6579;

/**
 * Schema versions in order; `schema_migrations` records which have been applied. Only ever append:
 * a server applies the versions it does not find, in order.
 */
export const MIGRATIONS: string[] = [
  `CREATE TABLE conversations (
     conversation TEXT PRIMARY KEY,   -- room name, or "@a b" for the direct conversation of parties a and b
     last_seq BIGINT NOT NULL         -- newest seq handed out; bumped in the transaction that stores
   );
   CREATE TABLE messages (
     conversation TEXT NOT NULL,
     seq BIGINT NOT NULL,
     room TEXT NOT NULL,
     from_nick TEXT NOT NULL,
     to_nick TEXT NOT NULL,
     text TEXT NOT NULL,
     client_msg_id TEXT NOT NULL,
     kind INTEGER NOT NULL,
     sent_at_ms BIGINT NOT NULL,
     file TEXT,                       -- JSON FileInfo for file announcements
     sender TEXT NOT NULL DEFAULT '', -- sender's case-folded nick
     search_id BIGINT GENERATED ALWAYS AS IDENTITY, -- insert order: the search cursor
     words TSVECTOR NOT NULL,         -- what full-text search finds it by (search.ts)
     PRIMARY KEY (conversation, seq)
   );
   CREATE INDEX messages_sent_at ON messages (sent_at_ms, seq);
   CREATE UNIQUE INDEX messages_search_id ON messages (search_id);
   CREATE INDEX messages_words ON messages USING GIN (words);
   CREATE UNIQUE INDEX messages_client_msg_id ON messages (conversation, sender, client_msg_id)
     WHERE client_msg_id <> '' AND sender <> '';
   CREATE TABLE rooms (
     name TEXT PRIMARY KEY,
     topic TEXT NOT NULL DEFAULT '',
     topic_by TEXT NOT NULL DEFAULT '',
     topic_at_ms BIGINT NOT NULL DEFAULT 0,
     created_at_ms BIGINT NOT NULL
   );
   CREATE TABLE bans (
     id BIGSERIAL PRIMARY KEY,
     nick TEXT NOT NULL DEFAULT '',   -- case-folded
     address TEXT NOT NULL DEFAULT '',
     reason TEXT NOT NULL DEFAULT '',
     by TEXT NOT NULL DEFAULT '',
     created_at_ms BIGINT NOT NULL,
     until_ms BIGINT NOT NULL         -- 0: permanent
   );
   CREATE TABLE audit (
     id BIGSERIAL PRIMARY KEY,
     at_ms BIGINT NOT NULL,
     action TEXT NOT NULL,
     target TEXT NOT NULL DEFAULT '',
     result TEXT NOT NULL DEFAULT '',
     by TEXT NOT NULL DEFAULT ''
   );
   CREATE TABLE files (
     id TEXT PRIMARY KEY,             -- random, unguessable; also the file name in the file directory
     name TEXT NOT NULL,
     size BIGINT NOT NULL,
     sha256 TEXT NOT NULL,
     owner TEXT NOT NULL,             -- "~account", else the uploader's case-folded nick (quota, resume)
     address TEXT NOT NULL DEFAULT '',
     from_nick TEXT NOT NULL,
     room TEXT NOT NULL DEFAULT '',
     to_nick TEXT NOT NULL DEFAULT '',
     from_party TEXT NOT NULL DEFAULT '', -- direct files: the sender's party
     to_party TEXT NOT NULL DEFAULT '',   -- direct files: the recipient's party
     created_at_ms BIGINT NOT NULL,
     expires_at_ms BIGINT NOT NULL,
     complete BOOLEAN NOT NULL DEFAULT false
   );
   CREATE INDEX files_owner ON files (owner);
   CREATE INDEX files_address ON files (address);
   CREATE INDEX files_expires ON files (expires_at_ms);
   CREATE TABLE accounts (
     name TEXT PRIMARY KEY,           -- case-folded nick the account owns
     display TEXT NOT NULL,           -- the nick as registered
     password_hash TEXT NOT NULL,     -- argon2id, PHC string
     scram_salt TEXT NOT NULL,        -- SCRAM-SHA-256 verifier: base64 salt,
     scram_iterations INTEGER NOT NULL, -- iteration count,
     scram_stored_key TEXT NOT NULL,  -- base64 StoredKey,
     scram_server_key TEXT NOT NULL,  -- base64 ServerKey
     created_at_ms BIGINT NOT NULL,
     last_seen_ms BIGINT NOT NULL DEFAULT 0,
     locked BOOLEAN NOT NULL DEFAULT false
   );
   CREATE TABLE offline_queue (       -- direct messages waiting for an offline account (pointers into messages)
     id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
     account TEXT NOT NULL,           -- recipient's account (case-folded)
     conversation TEXT NOT NULL,      -- the message's direct conversation key
     seq BIGINT NOT NULL
   );
   CREATE INDEX offline_queue_account ON offline_queue (account, id);
   CREATE TABLE read_markers (
     account TEXT NOT NULL,
     conversation TEXT NOT NULL,      -- room name or direct conversation key
     seq BIGINT NOT NULL,             -- last seq read
     updated_at_ms BIGINT NOT NULL,
     PRIMARY KEY (account, conversation)
   );`,
];

/** Applies the migrations this database lacks; returns how many. Holds MIGRATION_LOCK_KEY meanwhile. */
export async function migrate(pool: Pool): Promise<number> {
  const client = await pool.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    try {
      await client.query(
        "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())",
      );
      const { rows } = await client.query<{ version: number | null }>(
        "SELECT MAX(version) AS version FROM schema_migrations",
      );
      const from = rows[0]?.version ?? 0;
      for (let v = from; v < MIGRATIONS.length; v++) {
        await client.query("BEGIN");
        try {
          await client.query(MIGRATIONS[v]!);
          await client.query("INSERT INTO schema_migrations (version) VALUES ($1)", [v + 1]);
          await client.query("COMMIT");
        } catch (error) {
          await client.query("ROLLBACK");
          throw error;
        }
      }
      return MIGRATIONS.length - from;
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]);
    }
  } finally {
    client.release();
  }
}
