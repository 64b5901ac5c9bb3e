// Picks the store engine from the `store` setting: SQLite in the data directory by default.
import type { ServerConfig } from "../config.js";
import type { Logger } from "../logger.js";
import { openSqliteStore } from "./sqlite/index.js";
import type { Store } from "./store.js";

/** Opens the configured store; nothing is read until Store.open (loadContext). */
export function openStore(config: ServerConfig, _logger: Logger): Store {
  return openSqliteStore(config.dataDir);
}
