// PostgreSQL lock probes for tests that hold a table or row from another connection to make a
// server's query wait at a known point.
import type pg from "pg";

/** How many of the servers' queries wait for a lock `other` holds (asked through `other`). */
export async function waitingOnLock(other: pg.Client): Promise<number> {
  const { rows } = await other.query(
    "SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'parley-server' AND wait_event_type = 'Lock'",
  );
  return rows[0].n as number;
}
