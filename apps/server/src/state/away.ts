// One session's away state: the message, since when, and which direct-message senders were told it
// already (IRC's RPL_AWAY, but once per sender and away period, not on every message). Pure: no I/O,
// no clock; the caller passes the time.

/**
 * Senders remembered per away period. Past it the oldest is forgotten (and would be told once more),
 * so a long absence under a stream of fresh guests holds bounded memory.
 */
export const MAX_TOLD_SENDERS = 1024;

export class AwayState {
  /** The away message; empty while not away. */
  private text = "";
  /** When the current away period began (0 while not away). */
  private since = 0;
  /** Parties (see ChatSession.party) told the message in this period, oldest first; made on first use. */
  private told: Set<string> | undefined;

  get away(): boolean {
    return this.text !== "";
  }

  get message(): string {
    return this.text;
  }

  get sinceMs(): number {
    return this.since;
  }

  /**
   * Goes away with `message` (a new message starts a new period: every sender is told again), or
   * comes back when it is empty. Returns false when nothing changed (the same message again).
   */
  set(message: string, nowMs: number): boolean {
    if (message === this.text) return false;
    this.told?.clear();
    this.text = message;
    this.since = message ? nowMs : 0;
    return true;
  }

  /** True when `sender` should be told the away message now: away, and not told in this period. */
  tell(sender: string): boolean {
    if (!this.away) return false;
    this.told ??= new Set();
    const told = this.told;
    if (told.has(sender)) return false;
    if (told.size >= MAX_TOLD_SENDERS) told.delete(told.values().next().value!);
    told.add(sender);
    return true;
  }
}

/**
 * The away state of every session that was never away, shared: frozen, so only its reads serve
 * (`tell` answers false without writing). A session makes its own on its first SetAway.
 */
export const NEVER_AWAY = new AwayState();
Object.freeze(NEVER_AWAY);

/**
 * How a person with these clients (an account's sessions, or a guest's one) shows: away only when
 * every client is away, then with the message set most recently, whose period decides whom to tell
 * again; undefined when any client is not away, or there is none.
 */
export function personAway(clients: Iterable<{ readonly away: AwayState }>): AwayState | undefined {
  let latest: AwayState | undefined;
  for (const { away } of clients) {
    if (!away.away) return undefined;
    if (!latest || away.sinceMs >= latest.sinceMs) latest = away;
  }
  return latest;
}

/**
 * What one sender was told of people whose clients are on other nodes of a cluster: the away period
 * (its start) last told per person (party), so it is told once per period there too. Bounded as
 * AwayState's list is: past MAX_TOLD_SENDERS the oldest is forgotten.
 */
export class AwayNotices {
  private readonly told = new Map<string, number>();

  /** True when the away period of `person` that began at `sinceMs` was not told yet (and notes it). */
  tell(person: string, sinceMs: number): boolean {
    if (this.told.get(person) === sinceMs) return false;
    this.told.delete(person);
    if (this.told.size >= MAX_TOLD_SENDERS) this.told.delete(this.told.keys().next().value!);
    this.told.set(person, sinceMs);
    return true;
  }
}

/**
 * personAway over plain away states (a client here or the record of one on another node): away only
 * when every one is (non-empty message), then with the latest message; undefined otherwise or for none.
 */
export function latestAway(
  clients: Iterable<{ message: string; sinceMs: number }>,
): { message: string; sinceMs: number } | undefined {
  let latest: { message: string; sinceMs: number } | undefined;
  for (const client of clients) {
    if (!client.message) return undefined;
    if (!latest || client.sinceMs >= latest.sinceMs) latest = client;
  }
  return latest;
}
