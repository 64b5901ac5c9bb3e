// Accounts in SQLite: one row per registered nick with its argon2id hash and SCRAM verifier.
import type { AccountRecord, AccountRecords } from "../store.js";
import type { Db } from "./db.js";

type Row = {
  name: string;
  display: string;
  password_hash: string;
  scram_salt: string;
  scram_iterations: number;
  scram_stored_key: string;
  scram_server_key: string;
  created_at_ms: number;
  last_seen_ms: number;
  locked: number;
};

function toRecord(row: Row): AccountRecord {
  return {
    name: row.name,
    display: row.display,
    passwordHash: row.password_hash,
    scram: {
      salt: row.scram_salt,
      iterations: row.scram_iterations,
      storedKey: row.scram_stored_key,
      serverKey: row.scram_server_key,
    },
    createdAtMs: row.created_at_ms,
    lastSeenMs: row.last_seen_ms,
    locked: row.locked !== 0,
  };
}

/** AccountRecords in the embedded database (table `accounts`, db.ts migration 5). */
export class SqliteAccountRecords implements AccountRecords {
  private readonly upsert;
  private readonly remove;
  private readonly selectAll;

  constructor(db: Db) {
    this.upsert = db.prepare(
      `INSERT OR REPLACE INTO accounts (name, display, password_hash, scram_salt, scram_iterations,
         scram_stored_key, scram_server_key, created_at_ms, last_seen_ms, locked)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.remove = db.prepare("DELETE FROM accounts WHERE name = ?");
    this.selectAll = db.prepare("SELECT * FROM accounts ORDER BY name");
  }

  loadAll(): AccountRecord[] {
    return (this.selectAll.all() as Row[]).map(toRecord);
  }

  put(r: AccountRecord): void {
    this.upsert.run(
      r.name,
      r.display,
      r.passwordHash,
      r.scram.salt,
      r.scram.iterations,
      r.scram.storedKey,
      r.scram.serverKey,
      r.createdAtMs,
      r.lastSeenMs,
      r.locked ? 1 : 0,
    );
  }

  delete(name: string): void {
    this.remove.run(name);
  }
}
