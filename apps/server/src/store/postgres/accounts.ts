// Accounts in PostgreSQL: one row per registered nick with its argon2id hash and SCRAM verifier.
import {
  ACCOUNT_COLUMNS,
  type AccountRow,
  accountChangeColumns,
  accountValues,
  numberedParams,
  toAccountRecord,
} from "../rows.js";
import type { AccountChange, AccountRecord, AccountRecords } from "../store.js";
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

  async insert(r: AccountRecord): Promise<boolean> {
    const values = accountValues(r);
    // Two nodes registering one name at once: the second finds the row and changes nothing.
    const rows = await this.db.rows(
      `INSERT INTO accounts (${ACCOUNT_COLUMNS}) VALUES (${numberedParams(values.length)})
       ON CONFLICT (name) DO NOTHING RETURNING name`,
      values,
    );
    return rows.length === 1;
  }

  async update(name: string, change: AccountChange): Promise<void> {
    const { columns, values } = accountChangeColumns(change);
    if (columns.length === 0) return;
    const set = columns.map((column, i) => `${column} = $${i + 1}`).join(", ");
    await this.db.rows(`UPDATE accounts SET ${set} WHERE name = $${columns.length + 1}`, [...values, name]);
  }

  async delete(name: string): Promise<void> {
    await this.db.rows("DELETE FROM accounts WHERE name = $1", [name]);
  }
}
