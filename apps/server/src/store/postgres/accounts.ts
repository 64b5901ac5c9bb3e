// Accounts in PostgreSQL: one row per registered nick with its argon2id hash and SCRAM verifier.
import { ACCOUNT_COLUMNS, type AccountRow, accountValues, numberedParams, toAccountRecord } from "../rows.js";
import type { AccountRecord, AccountRecords } from "../store.js";
import type { Queries } from "./queries.js";

export class PostgresAccountRecords implements AccountRecords {
  constructor(private readonly db: Queries) {}

  async loadAll(): Promise<AccountRecord[]> {
    return (await this.db.rows<AccountRow>("SELECT * FROM accounts ORDER BY name")).map(toAccountRecord);
  }

  async get(name: string): Promise<AccountRecord | undefined> {
    const [row] = await this.db.rows<AccountRow>("SELECT * FROM accounts WHERE name = $1", [name]);
    return row && toAccountRecord(row);
  }

  async put(r: AccountRecord): Promise<void> {
    const values = accountValues(r);
    await this.db.rows(
      `INSERT INTO accounts (${ACCOUNT_COLUMNS}) VALUES (${numberedParams(values.length)})
       ON CONFLICT (name) DO UPDATE SET display = EXCLUDED.display, password_hash = EXCLUDED.password_hash,
         scram_salt = EXCLUDED.scram_salt, scram_iterations = EXCLUDED.scram_iterations,
         scram_stored_key = EXCLUDED.scram_stored_key, scram_server_key = EXCLUDED.scram_server_key,
         created_at_ms = EXCLUDED.created_at_ms, last_seen_ms = EXCLUDED.last_seen_ms, locked = EXCLUDED.locked`,
      values,
    );
  }

  async delete(name: string): Promise<void> {
    await this.db.rows("DELETE FROM accounts WHERE name = $1", [name]);
  }
}
