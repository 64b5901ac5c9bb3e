// InputBudget: bytes of unfinished frames buffered across all the connections sharing it. A server
// gives one to every FramedSocket so slow partial frames from many peers cannot hold unbounded memory.

/** A shared count of buffered partial-frame bytes with a ceiling. Not thread-safe; one per process. */
export class InputBudget {
  /** Bytes currently reserved by connections. */
  usedBytes = 0;

  constructor(
    /** Ceiling on `usedBytes` (0: no limit). */
    readonly limitBytes: number,
  ) {}

  /** Reserves `bytes` more; false (and nothing reserved) if that would pass the ceiling. */
  reserve(bytes: number): boolean {
    if (this.limitBytes > 0 && this.usedBytes + bytes > this.limitBytes) return false;
    this.usedBytes += bytes;
    return true;
  }

  /** Returns `bytes` reserved earlier. */
  release(bytes: number): void {
    this.usedBytes = Math.max(0, this.usedBytes - bytes);
  }
}
