// Read markers in PostgreSQL: one row per (account, conversation) with the last seq read, bounded per
// account by forgetting the rows updated longest ago.
import type { ReadMarkerRecords } from "../store.js";
import type { Queries } from "./queries.js";

export class PostgresReadMarkers implements ReadMarkerRecords {
  constructor(private readonly db: Queries) {}

  async of(account: string): Promise<Map<string, number>> {
    const rows = await this.db.rows<{ conversation: string; seq: string }>(
      "SELECT conversation, seq FROM read_markers WHERE account = $1",
      [account],
    );
    return new Map(rows.map((row) => [row.conversation, Number(row.seq)]));
  }

  async set(
    account: string,
    conversation: string,
    seq: number,
    nowMs: number,
    maxMarkers: number,
  ): Promise<void> {
    await this.db.transaction(async (query) => {
      await query(
        `INSERT INTO read_markers (account, conversation, seq, updated_at_ms) VALUES ($1, $2, $3, $4)
         ON CONFLICT (account, conversation) DO UPDATE
           SET seq = GREATEST(read_markers.seq, EXCLUDED.seq), updated_at_ms = EXCLUDED.updated_at_ms`,
        [account, conversation, seq, nowMs],
      );
      await query(
        `DELETE FROM read_markers WHERE account = $1 AND conversation NOT IN
           (SELECT conversation FROM read_markers WHERE account = $1
            ORDER BY updated_at_ms DESC, conversation LIMIT $2)`,
        [account, maxMarkers],
      );
    });
  }

  async drop(account: string): Promise<void> {
    await this.db.rows("DELETE FROM read_markers WHERE account = $1", [account]);
  }
}
