// The operational endpoints: /healthz (the process answers), /readyz (every readiness check passes:
// listening, the store reachable, whatever else was added) and /metrics (Prometheus text format).
import type { ServerMetrics } from "../metrics.js";
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

/** The metrics in Prometheus text format, rendered at each scrape. */
export function metricsEndpoint(metrics: ServerMetrics): RouteHandler {
  return async (request, response) => {
    const body = await metrics.render();
    response.writeHead(200, {
      "Content-Type": metrics.contentType,
      "Content-Length": Buffer.byteLength(body),
      ...NO_CACHE,
    });
    response.end(request.method === "HEAD" ? undefined : body);
  };
}
