// Latency histogram: log-spaced buckets 1 % wide, so millions of samples cost a few KiB,
// merge across processes by adding counts, and still give p50/p99 within 1 %.

/** Each bucket's upper bound is this factor times its lower bound: the relative precision of a percentile. */
const GROWTH = 1.01;
const LOG_GROWTH = Math.log(GROWTH);
/** Buckets cover 0 .. 1.01^2047 µs (about 13 minutes); larger values land in the last one. */
const BUCKETS = 2048;

/** Serialised form, sent between processes and written to the JSON report. */
export interface HistogramJson {
  /** Non-empty buckets as [index, count]. */
  buckets: [number, number][];
  count: number;
  sumUs: number;
  minUs: number;
  maxUs: number;
}

/** Bucket holding `valueUs`: 0 for values below 1 µs, else 1 + floor(log_1.01(value)). */
export function bucketIndex(valueUs: number): number {
  if (!(valueUs >= 1)) return 0;
  return Math.min(BUCKETS - 1, 1 + Math.floor(Math.log(valueUs) / LOG_GROWTH));
}

/** A value representative of bucket `index`: the geometric middle of its bounds. */
export function bucketValue(index: number): number {
  if (index === 0) return 0;
  return GROWTH ** (index - 0.5);
}

/** Counts of values in microseconds, with exact count, sum, min and max. */
export class Histogram {
  private counts = new Float64Array(BUCKETS);
  count = 0;
  sumUs = 0;
  minUs = Number.POSITIVE_INFINITY;
  maxUs = 0;

  record(valueUs: number): void {
    this.counts[bucketIndex(valueUs)]!++;
    this.count++;
    this.sumUs += valueUs;
    if (valueUs < this.minUs) this.minUs = valueUs;
    if (valueUs > this.maxUs) this.maxUs = valueUs;
  }

  /**
   * The value at percentile `p` (0-100): the smallest bucket whose cumulative count reaches
   * ceil(p% of count), clamped to the exact min and max; p 0 and 100 are the exact min and max. NaN when empty.
   */
  percentile(p: number): number {
    if (this.count === 0) return Number.NaN;
    if (p >= 100) return this.maxUs;
    if (p <= 0) return this.minUs;
    const rank = Math.max(1, Math.ceil((p / 100) * this.count));
    let seen = 0;
    for (let i = 0; i < BUCKETS; i++) {
      seen += this.counts[i]!;
      if (seen >= rank) return Math.min(this.maxUs, Math.max(this.minUs, bucketValue(i)));
    }
    return this.maxUs;
  }

  get meanUs(): number {
    return this.count === 0 ? Number.NaN : this.sumUs / this.count;
  }

  merge(other: Histogram): void {
    for (let i = 0; i < BUCKETS; i++) this.counts[i]! += other.counts[i]!;
    this.count += other.count;
    this.sumUs += other.sumUs;
    this.minUs = Math.min(this.minUs, other.minUs);
    this.maxUs = Math.max(this.maxUs, other.maxUs);
  }

  toJSON(): HistogramJson {
    const buckets: [number, number][] = [];
    for (let i = 0; i < BUCKETS; i++) if (this.counts[i]! > 0) buckets.push([i, this.counts[i]!]);
    return { buckets, count: this.count, sumUs: this.sumUs, minUs: this.minUs, maxUs: this.maxUs };
  }

  static fromJSON(json: HistogramJson): Histogram {
    const h = new Histogram();
    for (const [index, count] of json.buckets) h.counts[index] = count;
    h.count = json.count;
    h.sumUs = json.sumUs;
    h.minUs = json.count === 0 ? Number.POSITIVE_INFINITY : json.minUs;
    h.maxUs = json.maxUs;
    return h;
  }

  /** Merges serialised histograms from several processes. */
  static mergeAll(parts: readonly HistogramJson[]): Histogram {
    const total = new Histogram();
    for (const part of parts) total.merge(Histogram.fromJSON(part));
    return total;
  }
}
