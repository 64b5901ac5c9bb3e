// Audit rows for admin authentication: each success is a row; failures are folded into one row per
// address per window whose count grows, so a flood of wrong tokens cannot flood the audit table.
import { type Awaitable, andThen, isPromise } from "../store/store.js";
import type { AuditLog } from "./audit.js";

/** Addresses given rows of their own in one window; failures from further addresses share one row. */
export const MAX_AUDITED_ADDRESSES_PER_WINDOW = 64;

/** The key failures from addresses past MAX_AUDITED_ADDRESSES_PER_WINDOW are counted under. */
export const OTHER_ADDRESSES = "other addresses";

/** The row a window holds for one address: its id (0 until the store has answered), and the failures it stands for so far. */
interface FailureRow {
  id: number;
  count: number;
  /** The newest failure's time and reason, written once the id is known if they came before it. */
  lastAtMs: number;
  lastWhy: string;
}

export class AuthAudit {
  /** Start of the window the rows below belong to; windows are fixed slices of `windowMs`. */
  private windowStartMs = Number.NEGATIVE_INFINITY;
  private readonly rows = new Map<string, FailureRow>();

  constructor(
    private readonly audit: AuditLog,
    /** adminAuthAuditWindowMs: how long one row gathers an address's failures. */
    private readonly windowMs: number,
    private readonly maxAddresses = MAX_AUDITED_ADDRESSES_PER_WINDOW,
  ) {}

  /** A correct token: one row naming the peer. */
  succeeded(nowMs: number, peer: string): void {
    this.quietly(this.audit.record(nowMs, { action: "auth", target: peer, result: "ok", by: "" }));
  }

  /** A store that is down loses the row, not the admin connection. */
  private quietly(written: Awaitable<unknown>): void {
    if (isPromise(written)) written.catch(() => {});
  }

  /**
   * A refused authentication from `address` (`peer` is its "address:port" for the row). The first
   * of a window writes a row; later ones update its count and reason. Returns true when a row was
   * written, so the caller logs only then.
   */
  failed(nowMs: number, address: string, peer: string, why: string): boolean {
    if (nowMs - this.windowStartMs >= this.windowMs || nowMs < this.windowStartMs) {
      this.windowStartMs = this.windowMs > 0 ? nowMs - (nowMs % this.windowMs) : nowMs;
      this.rows.clear();
    }
    const key = this.rows.has(address) || this.rows.size < this.maxAddresses ? address : OTHER_ADDRESSES;
    const row = this.rows.get(key);
    if (row) {
      row.count++;
      row.lastAtMs = nowMs;
      row.lastWhy = why;
      if (row.id)
        this.quietly(this.audit.update(row.id, nowMs, failureResult(row.count, why, this.windowMs)));
      return false;
    }
    const target = key === OTHER_ADDRESSES ? OTHER_ADDRESSES : peer;
    const entry = this.audit.record(nowMs, {
      action: "auth",
      target,
      result: failureResult(1, why, this.windowMs),
      by: "",
    });
    const added: FailureRow = { id: 0, count: 1, lastAtMs: nowMs, lastWhy: why };
    this.rows.set(key, added);
    this.quietly(
      andThen(entry, ({ id }) => {
        added.id = Number(id);
        if (added.count > 1)
          return this.audit.update(
            added.id,
            added.lastAtMs,
            failureResult(added.count, added.lastWhy, this.windowMs),
          );
      }),
    );
    return true;
  }
}

/** "refused: wrong admin token", or "refused 7 times within 60 s, last: wrong admin token". */
export function failureResult(count: number, why: string, windowMs: number): string {
  if (count <= 1) return `refused: ${why}`;
  return `refused ${count} times within ${Math.round(windowMs / 1000)} s, last: ${why}`;
}
