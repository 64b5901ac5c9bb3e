// The one connection the PostgreSQL store talks through: queries in the order they are issued, and
// connection failures turned into StoreUnavailableError so callers can tell "down" from a bug.
import type pg from "pg";
import { StoreUnavailableError } from "../store.js";

/**
 * SQLSTATE classes that mean the database cannot be reached or is not taking work: connection
 * exceptions (08), insufficient resources (53), operator intervention such as a shutdown (57),
 * system errors (58).
 */
const UNAVAILABLE_CLASSES = new Set(["08", "53", "57", "58"]);

/** The columns a message read selects (MessageRow): never the search words, which only search reads. */
export const MESSAGE_COLUMNS =
  "conversation, seq, room, from_nick, to_nick, text, client_msg_id, kind, sent_at_ms, file";

/** MESSAGE_COLUMNS of the messages table under `alias` in a join. */
export const messageColumnsOf = (alias: string): string =>
  MESSAGE_COLUMNS.split(", ")
    .map((column) => `${alias}.${column}`)
    .join(", ");

/**
 * SQL true when `column` is a direct conversation ("@a b", parties sorted: directConversation) with
 * the party in parameter `param` on either side. Whole-side comparisons, not LIKE: nicks may hold _ and %.
 */
export function directWithParty(column: string, param: string): string {
  return `(starts_with(${column}, '@' || ${param} || ' ')
    OR (starts_with(${column}, '@') AND right(${column}, length(${param}) + 1) = ' ' || ${param}))`;
}

/** Longest a request waits for a connection before it is answered STORE_UNAVAILABLE, in ms. */
export const CONNECT_TIMEOUT_MS = 5000;

/** An error as callers should see it: StoreUnavailableError when the database is down or out of reach. */
export function storeError(error: unknown): Error {
  const code = (error as { code?: unknown }).code;
  const sqlState = typeof code === "string" && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
  if (sqlState && !UNAVAILABLE_CLASSES.has(sqlState.slice(0, 2))) return error as Error;
  return new StoreUnavailableError(
    `the PostgreSQL store is unavailable: ${(error as Error).message || String(error)}`,
    { cause: error },
  );
}

/** One statement inside a transaction: its rows. */
// biome-ignore lint/suspicious/noExplicitAny: rows are typed by the caller's cast
export type Query = (sql: string, params?: unknown[]) => Promise<any[]>;

/**
 * A pool of ONE connection. Its queue is first come, first served, so the store's operations reach
 * the database in the order the server issued them, as SQLite's synchronous calls do: a read issued
 * after a write sees it, and a write issued after a read does not overtake it (the de-duplication
 * check in MessageStore.findByClientId relies on this). A broken connection is replaced on the next
 * query, so work resumes once the database is back.
 */
export class Queries {
  private opened: pg.Pool | undefined;

  constructor(
    private readonly url: string,
    private readonly onIdleError: (error: Error) => void,
  ) {}

  /**
   * Loads the driver and makes the pool (no connection yet). The driver is loaded here, not at start:
   * a server on SQLite never pays for it.
   */
  async start(): Promise<pg.Pool> {
    if (this.opened) return this.opened;
    const { default: driver } = await import("pg");
    const pool = new driver.Pool({
      connectionString: this.url,
      max: 1,
      connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
      application_name: "parley-server",
    });
    // A connection the server closes while idle (a restart): logged; the next query reconnects.
    pool.on("error", this.onIdleError);
    this.opened = pool;
    return pool;
  }

  /** The pool; the store's open() has made it before anything else is called. */
  get pool(): pg.Pool {
    if (!this.opened) throw new Error("the PostgreSQL store was used before open()");
    return this.opened;
  }

  /** Runs one statement; its rows. */
  async rows<Row extends object = Record<string, unknown>>(
    sql: string,
    params: unknown[] = [],
  ): Promise<Row[]> {
    try {
      return (await this.pool.query<Row>(sql, params)).rows;
    } catch (error) {
      throw storeError(error);
    }
  }

  /**
   * Runs `work` in one transaction on the connection, giving it `query` (one statement, its rows);
   * rolled back if anything throws. A failing statement throws as `rows` does; whatever else `work`
   * throws is passed on as it is.
   */
  async transaction<T>(work: (query: Query) => Promise<T>): Promise<T> {
    let client: pg.PoolClient;
    try {
      client = await this.pool.connect();
    } catch (error) {
      throw storeError(error);
    }
    const query: Query = async (sql, params = []) => {
      try {
        return (await client.query(sql, params)).rows;
      } catch (error) {
        throw storeError(error);
      }
    };
    let broken = false;
    try {
      await query("BEGIN");
      const result = await work(query);
      await query("COMMIT");
      return result;
    } catch (error) {
      broken = error instanceof StoreUnavailableError;
      if (!broken) await client.query("ROLLBACK").catch(() => {});
      throw error;
    } finally {
      // A connection that failed is dropped rather than handed to the next query.
      client.release(broken);
    }
  }

  async close(): Promise<void> {
    await this.opened?.end();
  }
}
