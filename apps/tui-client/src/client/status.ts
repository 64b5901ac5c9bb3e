// Connection state of the chat client as a type-tagged union: what the status bar shows and what
// decides whether (and when) the client reconnects.

/** Where the connection stands. Times are milliseconds since the epoch. */
export type Status =
  /** Opening the socket and logging in; `attempt` counts consecutive tries (1 = first). */
  | { type: "connecting"; attempt: number }
  /** Logged in; traffic flows. */
  | { type: "online" }
  /** The connection was lost; the next attempt starts at `retryAtMs`. */
  | { type: "reconnecting"; attempt: number; retryAtMs: number; reason: string }
  /**
   * An operator kicked us. `banUntilMs` 0 means no ban or a permanent one; `retryAtMs` is when the
   * client tries again (never before the ban ends), or null when it will not (permanent ban).
   */
  | { type: "kicked"; reason: string; by: string; banUntilMs: number; retryAtMs: number | null }
  /** The server refused us as banned; `banUntilMs` 0 means permanent (then `retryAtMs` is null). */
  | { type: "banned"; reason: string; banUntilMs: number; retryAtMs: number | null }
  /** Finished for good: we quit, or the server refused us in a way retrying cannot fix. */
  | { type: "closed"; reason: string };

/** Short words for the status bar, e.g. "reconnecting in 4s". `nowMs` drives the countdowns. */
export function describeStatus(status: Status, nowMs: number): string {
  const secondsUntil = (atMs: number) => `${Math.max(0, Math.ceil((atMs - nowMs) / 1000))}s`;
  switch (status.type) {
    case "connecting":
      return status.attempt > 1 ? `connecting (try ${status.attempt})` : "connecting";
    case "online":
      return "online";
    case "reconnecting":
      return `reconnecting in ${secondsUntil(status.retryAtMs)}`;
    case "kicked":
      return status.retryAtMs === null
        ? `kicked by ${status.by}, banned`
        : `kicked by ${status.by}, back in ${secondsUntil(status.retryAtMs)}`;
    case "banned":
      return status.retryAtMs === null ? "banned" : `banned, retry in ${secondsUntil(status.retryAtMs)}`;
    case "closed":
      return "offline";
  }
}
