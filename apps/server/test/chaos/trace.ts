// A short rolling log of what the chaos run did (steps, kills, stops, kicks, connections, errors),
// printed with the seed when a run fails so the failure can be read and replayed.

/** Keeps the newest `capacity` events, each stamped with seconds since the run began. */
export class Trace {
  private readonly events: string[] = [];
  private readonly startedAtMs = Date.now();

  constructor(private readonly capacity = 400) {}

  add(event: string): void {
    const seconds = ((Date.now() - this.startedAtMs) / 1000).toFixed(3);
    this.events.push(`[${seconds}s] ${event}`);
    if (this.events.length > this.capacity) this.events.shift();
  }

  /** The newest `count` events, oldest first. */
  last(count: number): string[] {
    return this.events.slice(-count);
  }
}
