// Quit: leave cleanly; rooms see a QUIT presence with the reason.
import type { Handler } from "./index.js";

export const quit: Handler = {
  needsLogin: false,
  rateLimited: false,
  run(session, { requestId, quit }) {
    const reason = (quit?.reason ?? "").slice(0, 200);
    session.send({ requestId, ok: {} });
    session.close(reason ? `quit: ${reason}` : "quit", reason || "quit");
  },
};
