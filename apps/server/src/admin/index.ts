// Admin listener entry point: the server starts it beside the chat listener.
// Placeholder until the admin listener lands: it listens nowhere and serves nothing.
import type { ServerContext } from "../context.js";

export interface AdminListener {
  /** Starts listening; resolves with the bound port (or the Unix socket path). */
  listen(): Promise<number | string>;
  /** Stops accepting and closes admin connections. */
  close(): Promise<void>;
  /** The token admin clients must present. */
  readonly token: string;
}

export function createAdminListener(_ctx: ServerContext): AdminListener {
  return {
    token: "",
    listen: async () => 0,
    close: async () => {},
  };
}
