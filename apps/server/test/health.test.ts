// /healthz and /readyz on the HTTP listener: alive while the process runs, ready only while it listens
// and its store answers, and open to checks other layers add.
import { httpRequest } from "@parley/testkit";
import { describe, expect, it } from "vitest";
import { startServer } from "./helpers.js";

describe("health and readiness", () => {
  it("says alive and ready on a running server", async () => {
    const { httpPort } = await startServer();
    const alive = await httpRequest(httpPort, "/healthz");
    expect(alive).toMatchObject({ status: 200, body: "ok\n" });
    expect(alive.headers["cache-control"]).toBe("no-store");
    const ready = await httpRequest(httpPort, "/readyz");
    expect(ready.status).toBe(200);
    expect(ready.body).toBe("ready\nok listening\nok store\n");
  });

  it("is not ready once the store cannot be reached, and names the failed check", async () => {
    const { httpPort, server } = await startServer();
    await server.ctx.store.close();
    const ready = await httpRequest(httpPort, "/readyz");
    expect(ready.status).toBe(503);
    expect(ready.body).toMatch(/^not ready\nok listening\nfailed store: .+/);
    // Alive all the same: the process answers.
    expect((await httpRequest(httpPort, "/healthz")).status).toBe(200);
  });

  it("runs the checks other layers add", async () => {
    const { httpPort, server } = await startServer();
    server.ctx.readiness.add("backplane", () => {
      throw new Error("redis at 127.0.0.1:16379 refused the connection");
    });
    const ready = await httpRequest(httpPort, "/readyz");
    expect(ready.status).toBe(503);
    expect(ready.body).toContain("failed backplane: redis at 127.0.0.1:16379 refused the connection\n");
    server.ctx.readiness.add("backplane", async () => {});
    expect((await httpRequest(httpPort, "/readyz")).status).toBe(200);
  });

  it("answers HEAD without a body and can be turned off with the rest of the HTTP listener", async () => {
    const { httpPort } = await startServer();
    expect(await httpRequest(httpPort, "/healthz", { method: "HEAD" })).toMatchObject({
      status: 200,
      body: "",
    });
    const off = await startServer({ http: false });
    expect(off.httpPort).toBe(0);
  });
});
