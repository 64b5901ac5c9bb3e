// /healthz (the process answers) and /readyz (every readiness check passes: listening, the store
// reachable, whatever else was added), for load balancers and orchestrators.
import type { RouteHandler } from "./http-listener.js";
import { sendText } from "./http-listener.js";
import type { Readiness } from "./readiness.js";

const NO_CACHE = { "Cache-Control": "no-store" };

/** 200 "ok" whenever the event loop gets to it. */
export const healthz: RouteHandler = (_request, response) => sendText(response, 200, "ok\n", NO_CACHE);

/** 200 when every check passes, else 503; one line per check ("ok store", "failed store: …"). */
export function readyz(readiness: Readiness): RouteHandler {
  return async (_request, response) => {
    const { ready, checks } = await readiness.run();
    const lines = checks.map((check) =>
      check.ok ? `ok ${check.name}` : `failed ${check.name}: ${check.detail}`,
    );
    sendText(
      response,
      ready ? 200 : 503,
      `${ready ? "ready" : "not ready"}\n${lines.join("\n")}\n`,
      NO_CACHE,
    );
  };
}
