// Quit: leave cleanly; rooms see a QUIT presence with the reason, and the Ok is the last frame.
import type { Handler } from "./handler.js";

export const quit: Handler = {
  needsLogin: false,
  rateLimited: false,
  run(session, { requestId, quit }) {
    const reason = (quit?.reason ?? "").slice(0, 200);
    // The Ok comes last, after the acknowledgements of messages sent just before.
    session.close(reason ? `quit: ${reason}` : "quit", reason || "quit", { requestId, ok: {} });
  },
};
