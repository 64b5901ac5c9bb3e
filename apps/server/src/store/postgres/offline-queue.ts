// The offline queue in PostgreSQL: pointers (account, conversation, seq) to direct messages stored in
// `messages`, taken (read and deleted) in one statement at the account's next login.
import type { ChatMessage } from "@parley/protocol";
import { type MessageRow, toMessage } from "../rows.js";
import type { OfflineQueueRecords } from "../store.js";
import { messageColumnsOf, type Queries } from "./queries.js";

/** Deletes the account's queue and returns the messages it pointed to, oldest first: each handed out once. */
const TAKE_SQL = `
  WITH taken AS (DELETE FROM offline_queue WHERE account = $1 RETURNING id, conversation, seq)
  SELECT ${messageColumnsOf("m")}
  FROM taken t JOIN messages m ON m.conversation = t.conversation AND m.seq = t.seq
  ORDER BY t.id`;

export class PostgresOfflineQueue implements OfflineQueueRecords {
  constructor(private readonly db: Queries) {}

  async counts(): Promise<Map<string, number>> {
    const rows = await this.db.rows<{ account: string; n: string }>(
      "SELECT account, COUNT(*) AS n FROM offline_queue GROUP BY account",
    );
    return new Map(rows.map((row) => [row.account, Number(row.n)]));
  }

  async add(account: string, conversation: string, seq: number): Promise<void> {
    await this.db.rows("INSERT INTO offline_queue (account, conversation, seq) VALUES ($1, $2, $3)", [
      account,
      conversation,
      seq,
    ]);
  }

  async take(account: string): Promise<ChatMessage[]> {
    return (await this.db.rows<MessageRow>(TAKE_SQL, [account])).map(toMessage);
  }

  async drop(account: string): Promise<void> {
    await this.db.rows("DELETE FROM offline_queue WHERE account = $1", [account]);
  }
}
