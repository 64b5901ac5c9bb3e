// The seam between transfers and the chat connection. A transfer asks for "the connection, once
// logged in", uses it until it breaks, then asks again and resumes: the TUI's reconnecting chat
// client and the one-shot `parley send`/`get` session both provide it.
import type { ProtocolClient } from "@parley/protocol";

export interface TransferLink {
  /**
   * Resolves with a logged-in connection: the current one, or the next one after a reconnect.
   * Rejects when no connection will come (the client quit, or gave up reconnecting).
   */
  connection(): Promise<ProtocolClient>;
}

/** Rejects with `signal`'s reason as soon as it aborts; otherwise settles as `promise` does. */
export function abortable<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener("abort", onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener("abort", onAbort);
        reject(error);
      },
    );
  });
}
