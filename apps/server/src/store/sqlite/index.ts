// The SQLite store: one embedded database file in the data directory, synchronous, for one server.
import { type Logger, silentLogger } from "../../logger.js";
import type { Store } from "../store.js";
import { SqliteAccountRecords } from "./accounts.js";
import { SqliteAuditRecords } from "./audit.js";
import { SqliteBanRecords } from "./bans.js";
import { Checkpointer } from "./checkpointer.js";
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
  /** Checkpoints the WAL off the event loop after message commits (none for ":memory:"). */
  readonly checkpointer: Checkpointer | undefined;
}

/** Opens (creating and migrating if needed) `<dataDir>/parley.db`; ":memory:" gives a throwaway one. */
export function openSqliteStore(dataDir: string, logger: Logger = silentLogger()): SqliteStore {
  const db = openDatabase(dataDir);
  const checkpointer = dataDir === ":memory:" ? undefined : new Checkpointer(db, logger);
  const audit = new SqliteAuditRecords(db);
  const searchWriter = new SearchIndexWriter(db);
  const messages = new SqliteMessageLog(db, searchWriter, () => checkpointer?.committed());
  return {
    engine: "sqlite",
    db,
    checkpointer,
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
      checkpointer?.start();
    },
    async close() {
      const stopping = checkpointer?.stop();
      if (stopping) await stopping;
      if (!db.open) return;
      searchWriter.flush();
      // The last connection: closing checkpoints what is left and removes the WAL.
      db.close();
    },
  };
}

export type { Db };
