// The audit log: every admin action and security event (time, action, target, result, who) in the store's `audit`
// table and, as the same record, in the server log.
import type { AuditEntry } from "@parley/protocol";
import type { Logger } from "../logger.js";
import { type AuditRecord, type AuditRecords, type Awaitable, andThen } from "../store/store.js";

export type { AuditRecord };

/** Entries returned when a request names no limit, and the most ever returned at once. */
export const DEFAULT_AUDIT_LIMIT = 100;
export const MAX_AUDIT_LIMIT = 10_000;

/**
 * Longest target or result kept, in UTF-16 units: a kick of thousands of sessions still makes an
 * entry that fits in a page of the audit list (config.ts checks maxFrameBytes against it).
 */
export const MAX_AUDIT_TEXT_CHARS = 2000;

function bounded(text: string): string {
  return text.length <= MAX_AUDIT_TEXT_CHARS ? text : `${text.slice(0, MAX_AUDIT_TEXT_CHARS - 1)}…`;
}

export class AuditLog {
  constructor(
    private readonly records: AuditRecords,
    private readonly logger: Logger,
  ) {}

  /** Writes one entry to the store and the log; returns it with its id (later, on PostgreSQL). */
  record(
    atMs: number,
    record: AuditRecord,
    logFields: Record<string, unknown> = {},
    logMessage = "admin action",
  ): Awaitable<AuditEntry> {
    const kept = { ...record, target: bounded(record.target), result: bounded(record.result) };
    return andThen(this.records.record(atMs, kept), (entry) => {
      this.logged(entry, logFields, logMessage);
      return entry;
    });
  }

  /**
   * Rewrites an entry's time and result: a row that stands for repeated events (failed admin
   * authentications in one window) keeps its id and grows its count instead of adding rows.
   */
  update(id: number, atMs: number, result: string): Awaitable<void> {
    return this.records.update(id, atMs, bounded(result));
  }

  /** Writes an entry the store already holds (one stored with its bans) to the log. */
  logged(entry: AuditEntry, logFields: Record<string, unknown> = {}, logMessage = "admin action"): void {
    const { atMs: _, ...fields } = entry;
    this.logger.info({ audit: fields, ...logFields }, logMessage);
  }

  /** Newest first; `limit` 0 means DEFAULT_AUDIT_LIMIT, and no more than MAX_AUDIT_LIMIT. */
  async list(limit: number): Promise<AuditEntry[]> {
    return (await this.page(limit)).entries;
  }

  /**
   * Up to `limit` entries (as for `list`) older than id `beforeId` when given (a page's cursor),
   * newest first, and whether older ones remain.
   */
  async page(limit: number, beforeId?: number): Promise<{ entries: AuditEntry[]; more: boolean }> {
    const count = Math.min(limit > 0 ? limit : DEFAULT_AUDIT_LIMIT, MAX_AUDIT_LIMIT);
    // One entry more than asked for tells whether more follow.
    const entries = await this.records.newest(count + 1, beforeId);
    const more = entries.length > count;
    if (more) entries.length = count;
    return { entries, more };
  }
}
