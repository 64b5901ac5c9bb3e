// Accounts in SQLite: one row per registered nick with its argon2id hash and SCRAM verifier.
import {
  ACCOUNT_COLUMNS,
  type AccountRow,
  accountChangeColumns,
  accountValues,
  toAccountRecord,
} from "../rows.js";
import type { AccountChange, AccountRecord, AccountRecords } from "../store.js";
import type { Db } from "./db.js";

/** AccountRecords in the embedded database (table `accounts`, db.ts migration 5). */
export class SqliteAccountRecords implements AccountRecords {
  private readonly add;
  private readonly remove;
  private readonly selectAll;
  private readonly selectOne;

  constructor(private readonly db: Db) {
    this.add = db.prepare(
      `INSERT INTO accounts (${ACCOUNT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (name) DO NOTHING`,
    );
    this.remove = db.prepare("DELETE FROM accounts WHERE name = ?");
    this.selectAll = db.prepare("SELECT * FROM accounts ORDER BY name");
    this.selectOne = db.prepare("SELECT * FROM accounts WHERE name = ?");
  }

  loadAll(): AccountRecord[] {
    return (this.selectAll.all() as AccountRow[]).map(toAccountRecord);
  }

  get(name: string): AccountRecord | undefined {
    const row = this.selectOne.get(name) as AccountRow | undefined;
    return row && toAccountRecord(row);
  }

  insert(r: AccountRecord): boolean {
    return this.add.run(...accountValues(r)).changes === 1;
  }

  update(name: string, change: AccountChange): void {
    const { columns, values } = accountChangeColumns(change);
    if (columns.length === 0) return;
    // Accounts change rarely (logins, password changes): a statement prepared per call costs nothing here.
    this.db
      .prepare(`UPDATE accounts SET ${columns.map((column) => `${column} = ?`).join(", ")} WHERE name = ?`)
      .run(...values, name);
  }

  delete(name: string): void {
    this.remove.run(name);
  }
}
