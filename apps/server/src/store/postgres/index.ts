// The PostgreSQL store: every server on one database shares history and its search index, rooms,
// bans, audit, accounts with their offline queues and read markers, and file metadata; sequence
// numbers come from counter rows updated in the storing transaction.
import type { Logger } from "../../logger.js";
import type { Store } from "../store.js";
import { PostgresAccountRecords } from "./accounts.js";
import { PostgresAuditRecords } from "./audit.js";
import { PostgresBanRecords } from "./bans.js";
import { PostgresFileRecords } from "./files.js";
import { PostgresMessageLog } from "./messages.js";
import { migrate } from "./migrations.js";
import { PostgresOfflineQueue } from "./offline-queue.js";
import { Queries, storeError } from "./queries.js";
import { PostgresReadMarkers } from "./read-markers.js";
import { PostgresRoomRecords } from "./rooms.js";
import { PostgresSearchIndex } from "./search.js";

/** A Store on PostgreSQL, with its pool for tests and tools. */
export interface PostgresStore extends Store {
  readonly engine: "postgres";
  readonly queries: Queries;
}

export { isPostgresUrl } from "./url.js";

/** Opens a store on the database at `url` (postgres://user@host:port/db); nothing connects until open(). */
export function openPostgresStore(url: string, logger: Logger): PostgresStore {
  const queries = new Queries(url, (error) =>
    logger.warn({ err: error.message }, "the PostgreSQL connection dropped; reconnecting on the next query"),
  );
  let closed = false;
  return {
    engine: "postgres",
    queries,
    messages: new PostgresMessageLog(queries),
    rooms: new PostgresRoomRecords(queries),
    bans: new PostgresBanRecords(queries),
    audit: new PostgresAuditRecords(queries),
    files: new PostgresFileRecords(queries),
    search: new PostgresSearchIndex(queries),
    accounts: new PostgresAccountRecords(queries),
    offlineQueue: new PostgresOfflineQueue(queries),
    readMarkers: new PostgresReadMarkers(queries),
    async open() {
      let applied: number;
      try {
        applied = await migrate(await queries.start());
      } catch (error) {
        throw storeError(error);
      }
      if (applied > 0) logger.info({ applied }, "PostgreSQL schema migrated");
    },
    async close() {
      if (closed) return;
      closed = true;
      await queries.close();
    },
  };
}
