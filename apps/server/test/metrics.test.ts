// /metrics over real sockets: the exposition parsed by a Prometheus text-format parser, the counters
// moving as WebSocket and TCP traffic flows, the optional private listener, and docs/web.md listing
// exactly the metrics the registry has.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { ErrorCode } from "@parley/protocol";
import { httpRequest } from "@parley/testkit";
import parsePrometheusTextFormat, { type Family } from "parse-prometheus-text-format";
import { describe, expect, it } from "vitest";
import { loggedIn, loginRefusal, startServer, wsWireClient } from "./helpers.js";

async function scrape(port: number): Promise<Map<string, Family>> {
  const answer = await httpRequest(port, "/metrics");
  expect(answer.status).toBe(200);
  expect(answer.headers["content-type"]).toMatch(/^text\/plain; version=0\.0\.4/);
  return new Map(parsePrometheusTextFormat(answer.body).map((family) => [family.name, family]));
}

/** The value of `name`'s sample with these labels (all of them). */
function value(families: Map<string, Family>, name: string, labels: Record<string, string> = {}): number {
  const family = families.get(name);
  expect(family, name).toBeDefined();
  const sample = family!.metrics.find((m) =>
    Object.entries(labels).every(([key, wanted]) => m.labels?.[key] === wanted),
  );
  return Number(sample?.value ?? sample?.count);
}

describe("/metrics", () => {
  it("follows the text format and counts sessions, logins, messages, bytes, files and refusals", async () => {
    const { port, httpPort } = await startServer();
    const before = await scrape(httpPort);
    expect(value(before, "parley_sessions", { transport: "ws" })).toBe(0);
    expect(before.get("parley_messages_stored_total")?.type).toBe("COUNTER");
    expect(before.get("parley_store_commit_seconds")?.type).toBe("HISTOGRAM");
    // The process defaults, event-loop lag among them.
    expect(before.has("nodejs_eventloop_lag_seconds")).toBe(true);
    expect(before.has("process_resident_memory_bytes")).toBe(true);

    const tcp = await loggedIn(port, "tacy");
    const web = await wsWireClient(httpPort);
    await web.logIn("webby");
    expect((await loginRefusal(port, "webby"))?.code).toBe(ErrorCode.ERROR_CODE_NICK_IN_USE);
    await tcp.request({ sendMessage: { room: "lobby", text: "hello" } });
    await web.waitFor((e) => e.message?.text === "hello");
    const data = Buffer.from("a file of some bytes");
    const sha256 = createHash("sha256").update(data).digest("hex");
    const ready = await tcp.request({ fileOffer: { room: "lobby", name: "f", size: data.length, sha256 } });
    await tcp.request({ fileChunk: { id: ready.fileUploadReady!.uploadId!, offset: 0, data } });
    // Past the burst, requests are refused for rate.
    const flooder = await loggedIn(port, "flooder");
    const answers = await Promise.all(
      Array.from({ length: 40 }, () => flooder.request({ listRooms: {} }).catch((error) => error)),
    );
    const refusals = answers.filter((a) => a.code === ErrorCode.ERROR_CODE_RATE_LIMITED).length;
    expect(refusals).toBeGreaterThan(0);

    const after = await scrape(httpPort);
    expect(value(after, "parley_sessions", { transport: "ws" })).toBe(1);
    expect(value(after, "parley_sessions", { transport: "tcp" })).toBe(2);
    expect(value(after, "parley_logins_total")).toBe(3);
    expect(value(after, "parley_login_failures_total")).toBe(1);
    expect(value(after, "parley_messages_stored_total")).toBe(1);
    expect(value(after, "parley_messages_delivered_total")).toBe(1);
    expect(value(after, "parley_rate_limited_total")).toBe(refusals);
    expect(value(after, "parley_file_bytes_total", { direction: "in" })).toBe(data.length);
    expect(value(after, "parley_bytes_received_total")).toBeGreaterThan(
      value(before, "parley_bytes_received_total"),
    );
    expect(value(after, "parley_bytes_sent_total")).toBeGreaterThan(value(before, "parley_bytes_sent_total"));
    // One commit, one delivered batch: one observation each.
    expect(value(after, "parley_store_commit_seconds")).toBe(1);
    expect(value(after, "parley_delivery_seconds")).toBe(1);
  });

  it("moves to a private listener with metricsHost, leaving the public one", async () => {
    const { httpPort, metricsPort } = await startServer({ metricsHost: "127.0.0.1" });
    expect(metricsPort).toBeGreaterThan(0);
    expect((await httpRequest(httpPort, "/metrics")).status).toBe(404);
    expect((await scrape(metricsPort)).has("parley_sessions")).toBe(true);
    expect((await httpRequest(metricsPort, "/readyz")).status).toBe(200);
    // The private listener serves nothing else: no web client, no gateway.
    expect((await httpRequest(metricsPort, "/")).status).toBe(404);
  });

  it("is listed in docs/web.md, metric for metric", async () => {
    const { server } = await startServer();
    const doc = readFileSync(new URL("../../../docs/web.md", import.meta.url), "utf8");
    const section = doc.slice(doc.indexOf("## Metrics"));
    const documented = [...section.matchAll(/^\| `(parley_[a-z_]+)` \| (counter|gauge|histogram) \|/gm)].map(
      (row) => `${row[1]} ${row[2]}`,
    );
    const registered = (await server.ctx.metrics.registry.getMetricsAsJSON())
      .filter((metric) => metric.name.startsWith("parley_"))
      .map((metric) => `${metric.name} ${metric.type}`);
    expect(documented.sort()).toEqual(registered.sort());
    // The rest are prom-client's process defaults, which the document names by prefix.
    const others = (await server.ctx.metrics.registry.getMetricsAsJSON()).filter(
      (metric) => !metric.name.startsWith("parley_"),
    );
    for (const metric of others) expect(metric.name).toMatch(/^(process|nodejs)_/);
  });
});
