// The offline queue in SQLite: pointers (account, conversation, seq) to direct messages stored in
// the history, read and deleted in one transaction at the account's next login.
import type { ChatMessage } from "@parley/protocol";
import type { OfflineQueueRecords } from "../store.js";
import type { Db } from "./db.js";

/** OfflineQueueRecords in the embedded database (table `offline_queue`, db.ts migration 7). */
export class SqliteOfflineQueue implements OfflineQueueRecords {
  private readonly insert;
  private readonly remove;
  private readonly selectCounts;
  private readonly takeAll;

  constructor(
    db: Db,
    /** The stored message a pointer names, or undefined once retention deleted it. */
    messageAt: (conversation: string, seq: number) => ChatMessage | undefined,
  ) {
    this.insert = db.prepare("INSERT INTO offline_queue (account, conversation, seq) VALUES (?, ?, ?)");
    this.remove = db.prepare("DELETE FROM offline_queue WHERE account = ?");
    this.selectCounts = db.prepare("SELECT account, COUNT(*) AS n FROM offline_queue GROUP BY account");
    const select = db.prepare("SELECT conversation, seq FROM offline_queue WHERE account = ? ORDER BY id");
    this.takeAll = db.transaction((account: string): ChatMessage[] => {
      const found: ChatMessage[] = [];
      for (const { conversation, seq } of select.all(account) as { conversation: string; seq: number }[]) {
        const message = messageAt(conversation, seq);
        if (message) found.push(message);
      }
      this.remove.run(account);
      return found;
    });
  }

  counts(): Map<string, number> {
    const rows = this.selectCounts.all() as { account: string; n: number }[];
    return new Map(rows.map((row) => [row.account, row.n]));
  }

  add(account: string, conversation: string, seq: number): void {
    this.insert.run(account, conversation, seq);
  }

  take(account: string): ChatMessage[] {
    return this.takeAll(account);
  }

  drop(account: string): void {
    this.remove.run(account);
  }
}
