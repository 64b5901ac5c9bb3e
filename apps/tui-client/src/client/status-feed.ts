// The connection status as a stream: listeners called at once, and async iterators for code that
// would rather `for await` over the changes (as nats.js exposes `status()`).
import type { Status } from "./status.js";

/**
 * Publishes each Status the reconnect loop moves through. `current` is where things stand now; a
 * listener hears every later change synchronously; an iterator yields the status it started at,
 * then every change, queued (statuses come a few per reconnect, so the queue stays short), and
 * finishes after `end()`.
 */
export class StatusFeed implements AsyncIterable<Status> {
  private status: Status;
  private readonly listeners = new Set<(status: Status) => void>();
  private readonly readers = new Set<Reader>();
  private ended = false;

  constructor(initial: Status) {
    this.status = initial;
  }

  get current(): Status {
    return this.status;
  }

  /** Whether `end()` was called: no status follows. */
  get isEnded(): boolean {
    return this.ended;
  }

  /** Moves to `status`: listeners hear it now, iterators queue it. Ignored after `end()` or if nothing changed. */
  publish(status: Status): void {
    if (this.ended || sameStatus(status, this.status)) return;
    this.status = status;
    for (const reader of this.readers) reader.push(status);
    for (const listener of this.listeners) listener(status);
  }

  /** Calls `listener` on every change from now on. Returns an unsubscribe function. */
  onStatus(listener: (status: Status) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** No status follows: iterators finish once they have yielded what was queued. */
  end(): void {
    if (this.ended) return;
    this.ended = true;
    for (const reader of this.readers) reader.finish();
    this.readers.clear();
  }

  [Symbol.asyncIterator](): AsyncIterator<Status> {
    const reader = new Reader(() => this.readers.delete(reader));
    reader.push(this.status);
    if (this.ended) reader.finish();
    else this.readers.add(reader);
    return reader;
  }
}

/** Field-by-field equality: statuses are flat records. */
function sameStatus(a: Status, b: Status): boolean {
  const fields = Object.keys(a) as (keyof Status)[];
  return fields.length === Object.keys(b).length && fields.every((key) => a[key] === b[key]);
}

/** One iterator's queue; `return()` (a `break` out of `for await`) detaches it. */
class Reader implements AsyncIterator<Status> {
  private readonly queued: Status[] = [];
  private waiting: ((result: IteratorResult<Status>) => void) | null = null;
  private done = false;

  constructor(private readonly detach: () => void) {}

  push(status: Status): void {
    if (this.done) return;
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = null;
      resolve({ value: status, done: false });
    } else this.queued.push(status);
  }

  finish(): void {
    this.done = true;
    if (this.waiting && this.queued.length === 0) {
      const resolve = this.waiting;
      this.waiting = null;
      resolve({ value: undefined, done: true });
    }
  }

  next(): Promise<IteratorResult<Status>> {
    const status = this.queued.shift();
    if (status) return Promise.resolve({ value: status, done: false });
    if (this.done) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => {
      this.waiting = resolve;
    });
  }

  return(): Promise<IteratorResult<Status>> {
    this.finish();
    this.queued.length = 0;
    this.detach();
    return Promise.resolve({ value: undefined, done: true });
  }
}
