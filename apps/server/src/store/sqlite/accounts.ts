// Accounts in SQLite: one row per registered nick with its argon2id hash and SCRAM verifier.
import { ACCOUNT_COLUMNS, type AccountRow, accountValues, toAccountRecord } from "../rows.js";
import type { AccountRecord, AccountRecords } from "../store.js";
import type { Db } from "./db.js";

/** AccountRecords in the embedded database (table `accounts`, db.ts migration 5). */
export class SqliteAccountRecords implements AccountRecords {
  private readonly upsert;
  private readonly remove;
  private readonly selectAll;
  private readonly selectOne;

  constructor(db: Db) {
    this.upsert = db.prepare(
      `INSERT OR REPLACE INTO accounts (${ACCOUNT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
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

  put(r: AccountRecord): void {
    this.upsert.run(...accountValues(r));
  }

  delete(name: string): void {
    this.remove.run(name);
  }
}
