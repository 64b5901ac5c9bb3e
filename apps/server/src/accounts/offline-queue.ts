// Direct messages waiting for an offline account: a count per account kept in memory (so the bound,
// maxQueuedMessagesPerAccount, is checked without a read), and the queue itself in the store.
import type { ChatMessage } from "@parley/protocol";
import type { Logger } from "../logger.js";
import { type Awaitable, andThen, type OfflineQueueRecords } from "../store/store.js";

export class OfflineQueue {
  /** Messages each account holds, places reserved by messages still being stored included. */
  private readonly held = new Map<string, number>();

  constructor(
    private readonly records: OfflineQueueRecords,
    /** maxQueuedMessagesPerAccount: places per account (0: none). */
    private readonly maxPerAccount: number,
    private readonly logger: Logger,
  ) {}

  /** Fills the counts from the store (at start). */
  load(counts: Map<string, number>): void {
    for (const [account, count] of counts) this.held.set(account, count);
  }

  /** How many messages `account` has waiting (reserved places included). */
  countOf(account: string): number {
    return this.held.get(account) ?? 0;
  }

  /** Takes a place in `account`'s queue; false when it is full. */
  reserve(account: string): boolean {
    const count = this.countOf(account);
    if (count >= this.maxPerAccount) return false;
    this.held.set(account, count + 1);
    return true;
  }

  /** Gives back a place reserved for a message that was not queued after all. */
  release(account: string): void {
    const count = this.countOf(account) - 1;
    if (count > 0) this.held.set(account, count);
    else this.held.delete(account);
  }

  /**
   * Queues a stored message (its place already reserved). A store that fails is logged: the message
   * stays in history, readable with FetchHistory, but is not pushed at the next login.
   */
  add(account: string, conversation: string, seq: number): Awaitable<void> {
    const failed = (error: unknown) =>
      this.logger.error({ err: error, account }, "queueing a direct message for an offline account failed");
    try {
      const added = this.records.add(account, conversation, seq);
      if (added instanceof Promise) return added.catch(failed);
    } catch (error) {
      failed(error);
    }
  }

  /** Takes the account's queued messages, oldest first; each is handed out once. */
  take(account: string): Awaitable<ChatMessage[]> {
    return andThen(this.records.take(account), (messages) => {
      this.held.delete(account);
      return messages;
    });
  }

  /** Forgets the account's queue (the account is gone). */
  drop(account: string): Awaitable<void> {
    this.held.delete(account);
    return this.records.drop(account);
  }
}
