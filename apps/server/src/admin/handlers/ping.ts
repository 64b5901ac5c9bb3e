// Ping → Pong on the admin listener, as on the chat listener: lets a long-lived admin tool check the link.
import type { AdminHandler } from "../request.js";

export const ping: AdminHandler = ({ ctx }, { ping }) => ({
  pong: { echoSentAtMs: ping?.sentAtMs ?? 0, timeMs: ctx.now() },
});
