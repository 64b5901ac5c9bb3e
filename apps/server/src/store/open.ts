// Picks the store engine from the `store` setting: SQLite in the data directory by default, or the
// PostgreSQL database a postgres:// URL names.
import type { ServerConfig } from "../config.js";
import type { Logger } from "../logger.js";
import { isPostgresUrl, openPostgresStore } from "./postgres/index.js";
import { openSqliteStore } from "./sqlite/index.js";
import type { Store } from "./store.js";

/** Opens the configured store; nothing is read until Store.open (loadContext). */
export function openStore(config: ServerConfig, logger: Logger): Store {
  if (isPostgresUrl(config.store)) return openPostgresStore(config.store, logger);
  return openSqliteStore(config.dataDir, logger);
}
