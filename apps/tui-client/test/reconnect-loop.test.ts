// The reconnect loop against a real in-process server: its status as an async iterable through a
// login, a server restart and a stop; a refused login; a ban waited out.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type DecodedEnvelope, ErrorCode, ProtocolClient, type ServerError } from "@parley/protocol";
import { createServer, defaultConfig, type ParleyServer, resolveConfig } from "@parley/server";
import { afterEach, describe, expect, it } from "vitest";
import { type LoopSession, ReconnectLoop, type ReconnectLoopOptions } from "../src/client/reconnect-loop.js";
import type { Status } from "../src/client/status.js";

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function startServer(dataDir: string, port = 0): Promise<ParleyServer> {
  const server = createServer(resolveConfig(defaultConfig({}), { port, adminPort: 0, http: false, dataDir }));
  await server.listen();
  return server;
}

async function setup() {
  const dataDir = mkdtempSync(join(tmpdir(), "parley-loop-"));
  let server = await startServer(dataDir);
  cleanups.push(async () => {
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  });
  return {
    server: () => server,
    restart: async () => {
      const port = server.port;
      await server.close();
      server = await startServer(dataDir, port);
    },
    stop: () => server.close(),
  };
}

/** A session that logs in as `nick` and records what the loop tells it. */
function recordingSession(nick: string) {
  const record = { online: 0, offline: 0, refused: [] as ServerError[], envelopes: [] as DecodedEnvelope[] };
  const session: LoopSession = {
    logIn: async (conn: ProtocolClient) => {
      await conn.login({ clientName: "test", clientVersion: "1", nick });
    },
    online: () => record.online++,
    envelope: (envelope) => record.envelopes.push(envelope),
    offline: () => record.offline++,
    refused: (error) => {
      record.refused.push(error);
      return `refused: ${error.message}`;
    },
    lag: () => {},
  };
  return { session, record };
}

function newLoop(
  port: number,
  session: LoopSession,
  servers?: ReconnectLoopOptions["servers"],
): ReconnectLoop {
  const loop = new ReconnectLoop(
    {
      host: "127.0.0.1",
      port,
      servers,
      pingIntervalMs: 1000,
      requestTimeoutMs: 5000,
      backoff: { initialMs: 50, maxMs: 200, jitter: 0 },
    },
    session,
  );
  cleanups.push(() => loop.stop({ quit: { reason: "test over" } }));
  return loop;
}

/** Reads statuses from `feed` until one satisfies `until`; returns the types read. */
async function readUntil(iterator: AsyncIterator<Status>, until: (s: Status) => boolean): Promise<Status[]> {
  const seen: Status[] = [];
  for (;;) {
    const next = await iterator.next();
    if (next.done) return seen;
    seen.push(next.value);
    if (until(next.value)) return seen;
  }
}

describe("ReconnectLoop", () => {
  it("publishes its status as an async iterable: online, lost, back, and closed at the end", async () => {
    const { server, restart } = await setup();
    const { session, record } = recordingSession("ana");
    const loop = newLoop(server().port, session);
    const statuses = loop.status[Symbol.asyncIterator]();
    loop.start();
    const first = await readUntil(statuses, (s) => s.type === "online");
    expect(first).toEqual([{ type: "connecting", attempt: 1 }, { type: "online" }]);
    expect(loop.online).not.toBeNull();
    expect(record.online).toBe(1);

    await restart();
    const again = await readUntil(statuses, (s) => s.type === "online");
    const types = again.map((s) => s.type);
    expect(types[0]).toBe("reconnecting");
    expect(types.at(-1)).toBe("online");
    // The server said why it closed (a fatal SHUTTING_DOWN Error), and that is the reason given.
    expect(again[0]).toMatchObject({ attempt: 1, reason: "the server is shutting down" });
    expect(record.offline).toBe(1);
    expect(record.online).toBe(2);

    await loop.stop({ quit: { reason: "bye" } });
    expect(await readUntil(statuses, () => false)).toEqual([{ type: "closed", reason: "you quit" }]);
    expect(loop.online).toBeNull();
  });

  it("gives up on a login refused for good, and tries again when asked", async () => {
    const { server } = await setup();
    const { session, record } = recordingSession("has space");
    const loop = newLoop(server().port, session);
    const statuses = loop.status[Symbol.asyncIterator]();
    loop.start();
    const seen = await readUntil(statuses, (s) => s.type === "closed");
    expect(seen.at(-1)).toEqual({ type: "closed", reason: `refused: ${record.refused[0]?.message}` });
    expect(record.refused[0]?.code).toBe(ErrorCode.ERROR_CODE_INVALID_NICK);
    loop.retryNowIfRefused();
    expect(await readUntil(statuses, (s) => s.type === "closed")).toEqual([
      { type: "connecting", attempt: 2 },
      expect.objectContaining({ type: "closed" }),
    ]);
    expect(record.online).toBe(0);
  });

  it("stays away until a kick's ban ends, then comes back", async () => {
    const { server } = await setup();
    const { session, record } = recordingSession("bob");
    const loop = newLoop(server().port, {
      ...session,
      envelope: (envelope) => {
        const k = envelope.kicked;
        if (k) loop.kicked(k.reason ?? "", k.by ?? "", k.banUntilMs ?? 0);
      },
    });
    const statuses = loop.status[Symbol.asyncIterator]();
    loop.start();
    await readUntil(statuses, (s) => s.type === "online");
    const admin = await ProtocolClient.connect({ port: server().adminPort as number });
    await admin.request({ adminAuth: { token: server().adminToken } });
    const before = Date.now();
    await admin.request({
      adminKick: { nick: "bob", reason: "spam", banDurationMs: 300, banNick: true, by: "oper" },
    });
    await admin.close();
    const kicked = (await readUntil(statuses, (s) => s.type === "kicked")).at(-1);
    expect(kicked).toMatchObject({ type: "kicked", reason: "spam", by: "oper" });
    const banUntilMs = kicked?.type === "kicked" ? kicked.banUntilMs : 0;
    expect(banUntilMs).toBeGreaterThanOrEqual(before + 300);
    expect(kicked).toHaveProperty("retryAtMs", banUntilMs + 500);
    // The server drops the kicked session; the loop must not hurry back.
    const back = await readUntil(statuses, (s) => s.type === "online");
    expect(back.map((s) => s.type)).toEqual(["connecting", "online"]);
    expect(Date.now()).toBeGreaterThanOrEqual(banUntilMs + 500);
    expect(record.online).toBe(2);
  });

  it("moves along its list of servers when one cannot be reached or goes away", async () => {
    const first = await setup();
    const second = await setup();
    // Nothing listens on the first entry: its port was just freed.
    const dead = await setup();
    const deadPort = dead.server().port;
    await dead.stop();
    const { session, record } = recordingSession("cy");
    const loop = newLoop(deadPort, session, [
      { host: "127.0.0.1", port: deadPort },
      { host: "127.0.0.1", port: first.server().port },
      { host: "127.0.0.1", port: second.server().port },
    ]);
    const statuses = loop.status[Symbol.asyncIterator]();
    loop.start();
    await readUntil(statuses, (s) => s.type === "online");
    expect(loop.server.port).toBe(first.server().port);
    await first.stop();
    await readUntil(statuses, (s) => s.type === "online");
    expect(loop.server.port).toBe(second.server().port);
    expect(record.online).toBe(2);
  });
});
