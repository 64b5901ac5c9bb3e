// The SQLite store: one embedded database file in the data directory, synchronous, for one server.
import type { Store } from "../store.js";
import { SqliteAccountRecords } from "./accounts.js";
import { SqliteAuditRecords } from "./audit.js";
import { SqliteBanRecords } from "./bans.js";
import { type Db, openDatabase } from "./db.js";
import { SqliteFileRecords } from "./files.js";
import { SqliteMessageLog } from "./messages.js";
import { SqliteOfflineQueue } from "./offline-queue.js";
import { SqliteReadMarkers } from "./read-markers.js";
import { SqliteRoomRecords } from "./rooms.js";
import { SearchIndexWriter, SqliteSearchIndex } from "./search.js";

/** A Store on SQLite, with the database handle for tests and tools that read it directly. */
export interface SqliteStore extends Store {
  readonly engine: "sqlite";
  readonly db: Db;
}

/** Opens (creating and migrating if needed) `<dataDir>/parley.db`; ":memory:" gives a throwaway one. */
export function openSqliteStore(dataDir: string): SqliteStore {
  const db = openDatabase(dataDir);
  const audit = new SqliteAuditRecords(db);
  const searchWriter = new SearchIndexWriter(db);
  const messages = new SqliteMessageLog(db, searchWriter);
  return {
    engine: "sqlite",
    db,
    messages,
    rooms: new SqliteRoomRecords(db),
    bans: new SqliteBanRecords(db, audit),
    audit,
    files: new SqliteFileRecords(db),
    search: new SqliteSearchIndex(db, searchWriter),
    accounts: new SqliteAccountRecords(db),
    offlineQueue: new SqliteOfflineQueue(db, (conversation, seq) => messages.messageAt(conversation, seq)),
    readMarkers: new SqliteReadMarkers(db),
    open() {
      // Migrated when opened above: the data directory lock already keeps other servers out.
    },
    async close() {
      if (!db.open) return;
      searchWriter.flush();
      db.close();
    },
  };
}

export type { Db };
