// Read markers in SQLite: one row per (account, conversation) with the last seq read, bounded per
// account by forgetting the rows updated longest ago.
import type { ReadMarkerRecords } from "../store.js";
import type { Db } from "./db.js";

/** ReadMarkerRecords in the embedded database (table `read_markers`, db.ts migration 7). */
export class SqliteReadMarkers implements ReadMarkerRecords {
  private readonly selectOf;
  private readonly upsert;
  private readonly trim;
  private readonly remove;

  constructor(db: Db) {
    this.selectOf = db.prepare("SELECT conversation, seq FROM read_markers WHERE account = ?");
    this.upsert = db.prepare(
      `INSERT INTO read_markers (account, conversation, seq, updated_at_ms) VALUES (?, ?, ?, ?)
       ON CONFLICT (account, conversation) DO UPDATE
         SET seq = MAX(seq, excluded.seq), updated_at_ms = excluded.updated_at_ms`,
    );
    this.trim = db.prepare(
      `DELETE FROM read_markers WHERE account = ? AND conversation NOT IN
         (SELECT conversation FROM read_markers WHERE account = ?
          ORDER BY updated_at_ms DESC, conversation LIMIT ?)`,
    );
    this.remove = db.prepare("DELETE FROM read_markers WHERE account = ?");
  }

  of(account: string): Map<string, number> {
    const rows = this.selectOf.all(account) as { conversation: string; seq: number }[];
    return new Map(rows.map((row) => [row.conversation, row.seq]));
  }

  set(account: string, conversation: string, seq: number, nowMs: number, maxMarkers: number): void {
    this.upsert.run(account, conversation, seq, nowMs);
    this.trim.run(account, account, maxMarkers);
  }

  drop(account: string): void {
    this.remove.run(account);
  }
}
