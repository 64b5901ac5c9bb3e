// Server-wide counters and per-second rates, sampled by the housekeeping timer rather than per message.

export class Stats {
  readonly startedAtMs: number;
  /** Chat messages accepted and stored. */
  messagesTotal = 0;
  /** Frames written to sessions for chat messages (one per recipient). */
  deliveriesTotal = 0;
  /** Logins accepted, and refused for any reason (bad or taken nick, ban, shutdown …). */
  loginsTotal = 0;
  loginFailuresTotal = 0;
  /** Sessions disconnected for leaving too much unread (sendQueueLimitBytes). */
  sendQueueOverflowsTotal = 0;
  /** Requests and connections refused RATE_LIMITED, and sessions disconnected for flooding. */
  rateLimitedTotal = 0;
  /** File bytes received in uploads and sent in downloads. */
  fileBytesIn = 0;
  fileBytesOut = 0;
  /** Bytes of sessions already closed; open sessions' bytes are added when reading totals. */
  closedBytesIn = 0;
  closedBytesOut = 0;
  private previous = { atMs: 0, messages: 0, bytesIn: 0, bytesOut: 0 };
  private rates = { messagesPerSecond: 0, bytesInPerSecond: 0, bytesOutPerSecond: 0 };

  constructor(nowMs: number) {
    this.startedAtMs = nowMs;
    this.previous.atMs = nowMs;
  }

  /** Bytes in and out since start: closed sessions' banked totals plus the open ones' live counts. */
  byteTotals(open: Iterable<{ readonly bytesIn: number; readonly bytesOut: number }>): {
    bytesIn: number;
    bytesOut: number;
  } {
    let bytesIn = this.closedBytesIn;
    let bytesOut = this.closedBytesOut;
    for (const session of open) {
      bytesIn += session.bytesIn;
      bytesOut += session.bytesOut;
    }
    return { bytesIn, bytesOut };
  }

  /** Records a sample; rates are computed between consecutive samples. */
  sample(nowMs: number, bytesIn: number, bytesOut: number): void {
    const elapsedS = (nowMs - this.previous.atMs) / 1000;
    if (elapsedS <= 0) return;
    this.rates = {
      messagesPerSecond: (this.messagesTotal - this.previous.messages) / elapsedS,
      bytesInPerSecond: Math.max(0, bytesIn - this.previous.bytesIn) / elapsedS,
      bytesOutPerSecond: Math.max(0, bytesOut - this.previous.bytesOut) / elapsedS,
    };
    this.previous = { atMs: nowMs, messages: this.messagesTotal, bytesIn, bytesOut };
  }

  /** Rates over the last sampling interval. */
  get currentRates(): Readonly<{
    messagesPerSecond: number;
    bytesInPerSecond: number;
    bytesOutPerSecond: number;
  }> {
    return this.rates;
  }
}
