// Token bucket for flood control: `ratePerSecond` sustained, `burst` at once. The server limits each
// session with one; a client paces its sends with one of the same size (Welcome.limits). Time is
// passed in, so the bucket is pure and tests need no clock.

export class TokenBucket {
  private tokens: number;
  private updatedAtMs: number;

  constructor(
    /** Tokens added per second. */
    private readonly ratePerSecond: number,
    /** Bucket size: the most requests accepted at once after a quiet spell. */
    private readonly burst: number,
    nowMs: number,
  ) {
    this.tokens = burst;
    this.updatedAtMs = nowMs;
  }

  /**
   * Takes `cost` tokens whether or not they are there: the balance may go below zero, a debt the
   * refill pays back first. Returns the balance after the charge (negative: in debt).
   */
  charge(nowMs: number, cost = 1): number {
    this.refill(nowMs);
    this.tokens -= cost;
    return this.tokens;
  }

  /** Takes one token if there is one. Returns 0 on success, else the ms until a token is available. */
  take(nowMs: number): number {
    this.refill(nowMs);
    if (this.tokens >= 1) {
      this.tokens -= 1;
      return 0;
    }
    return Math.ceil(((1 - this.tokens) * 1000) / this.ratePerSecond);
  }

  private refill(nowMs: number): void {
    const elapsedMs = nowMs - this.updatedAtMs;
    if (elapsedMs > 0) {
      this.tokens = Math.min(this.burst, this.tokens + (elapsedMs * this.ratePerSecond) / 1000);
      this.updatedAtMs = nowMs;
    }
  }
}
