// The admin listener's door: token file generation, constant-time token check with a delay on failure,
// logging and auditing of refusals, the Unix socket option, and the chat port refusing admin requests.
import { spawn } from "node:child_process";
import { readFileSync, statSync } from "node:fs";
import { connect } from "node:net";
import { join } from "node:path";
import {
  type DecodedEnvelope,
  ErrorCode,
  FramedSocket,
  PROTOCOL_VERSION,
  ServerError,
} from "@parley/protocol";
import { describe, expect, it } from "vitest";
import { AUTH_FAILURE_DELAY_MS } from "../src/admin/connection.js";
import { tokensMatch } from "../src/admin/token.js";
import { ManualClock } from "../src/clock.js";
import { adminClient, capturingLogger, rawAdminClient } from "./admin-helpers.js";
import { closedWithin, onCleanup, rawClient, startServer, tempDir } from "./helpers.js";

describe("admin token", () => {
  it("is generated at first start into <dataDir>/admin.token with mode 0600, and kept across restarts", async () => {
    const dataDir = tempDir();
    const first = await startServer({}, { dataDir });
    const path = join(dataDir, "admin.token");
    expect(statSync(path).mode & 0o777).toBe(0o600);
    const token = readFileSync(path, "utf8").trim();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(first.server.adminToken).toBe(token);
    await first.server.close();
    const second = await startServer({}, { dataDir });
    expect(second.server.adminToken).toBe(token);
    await adminClient(second.server);
  });

  it("uses a configured token and writes no file", async () => {
    const dataDir = tempDir();
    const { server } = await startServer({ adminToken: "configured-secret" }, { dataDir });
    expect(server.adminToken).toBe("configured-secret");
    expect(() => statSync(join(dataDir, "admin.token"))).toThrow();
    const client = await rawAdminClient(server);
    expect((await client.request({ adminAuth: { token: "configured-secret" } })).body).toBe("ok");
  });

  it("compares tokens by content only", () => {
    expect(tokensMatch("abc", "abc")).toBe(true);
    expect(tokensMatch("abd", "abc")).toBe(false);
    expect(tokensMatch("abcd", "abc")).toBe(false);
    expect(tokensMatch("", "")).toBe(false);
  });
});

/** A server on a manual clock, with a log the test reads: admin auth refusals wait on that clock. */
async function serverOnManualClock() {
  const { logger, lines } = capturingLogger();
  const clock = new ManualClock();
  const { server } = await startServer({}, { options: { logger, clock } });
  const refusals = () => lines().filter((line) => line.msg === "admin authentication failed");
  return { server, clock, lines, refusals };
}

describe("admin authentication", () => {
  it("answers a wrong token with UNAUTHORIZED after a delay, logs and audits it, and closes", async () => {
    const { server, clock, lines, refusals } = await serverOnManualClock();
    const client = await rawAdminClient(server);
    let answered = false;
    const reply = client
      .request({ adminAuth: { token: "guess" } })
      .catch((e) => e)
      .finally(() => {
        answered = true;
      });
    // Logged and audited at once; the answer waits for the delay.
    await expect.poll(() => refusals().map((line) => line.why)).toEqual(["wrong admin token"]);
    clock.advance(AUTH_FAILURE_DELAY_MS - 1);
    // A round trip on another connection: time for an early answer to have arrived.
    const admin = await adminClient(server);
    await admin.request({ ping: {} });
    expect(answered).toBe(false);
    expect(client.conn.isClosed).toBe(false);
    clock.advance(1);
    const error = (await reply) as ServerError;
    expect(error).toBeInstanceOf(ServerError);
    expect(error.code).toBe(ErrorCode.ERROR_CODE_UNAUTHORIZED);
    expect(error.fatal).toBe(true);
    await closedWithin(client);
    expect(JSON.stringify(lines())).not.toContain(server.adminToken);
    const audit = await admin.request({ adminListAudit: {} });
    expect(audit.adminAuditList?.entries?.map((e) => [e.action, e.result])).toEqual([
      ["auth", "ok"],
      ["auth", "refused: wrong admin token"],
    ]);
  });

  it("refuses any request before AdminAuth", async () => {
    const { server, clock, refusals } = await serverOnManualClock();
    const client = await rawAdminClient(server);
    const reply = client.request({ adminListSessions: {} }).catch((e) => e);
    await expect.poll(() => refusals().length).toBe(1);
    clock.advance(AUTH_FAILURE_DELAY_MS);
    const error = (await reply) as ServerError;
    expect(error.code).toBe(ErrorCode.ERROR_CODE_UNAUTHORIZED);
    await closedWithin(client);
  });

  it("answers UNKNOWN_MESSAGE to a chat message on an authenticated admin connection, and stays open", async () => {
    const { server } = await startServer();
    const admin = await adminClient(server);
    const error = (await admin
      .request({ sendMessage: { room: "lobby", text: "hi" } })
      .catch((e) => e)) as ServerError;
    expect(error.code).toBe(ErrorCode.ERROR_CODE_UNKNOWN_MESSAGE);
    expect((await admin.request({ adminGetStats: {} })).body).toBe("adminStats");
  });

  it("answers Ping with Pong echoing its time, as the chat listener does", async () => {
    const { server } = await startServer();
    const admin = await adminClient(server);
    const reply = await admin.request({ ping: { sentAtMs: 12345 } });
    expect(reply.pong?.echoSentAtMs).toBe(12345);
    expect(Number(reply.pong?.timeMs)).toBeGreaterThan(0);
  });
});

describe("the chat port", () => {
  it("never answers admin requests, not even with the right token", async () => {
    const { server, port } = await startServer();
    const client = await rawClient(port);
    await client.request({ hello: { protocolVersion: PROTOCOL_VERSION } });
    for (const request of [
      { adminAuth: { token: server.adminToken } },
      { adminListSessions: {} },
      { adminKick: { nick: "x" } },
      { adminAnnounce: { text: "pwned" } },
    ]) {
      const error = (await client.request(request).catch((e) => e)) as ServerError;
      expect(error).toBeInstanceOf(ServerError);
      expect(error.code).toBe(ErrorCode.ERROR_CODE_UNAUTHORIZED);
    }
  });

  it("ends a session whose first message is an admin request", async () => {
    const { server, port } = await startServer();
    const client = await rawClient(port);
    const error = (await client
      .request({ adminAuth: { token: server.adminToken } })
      .catch((e) => e)) as ServerError;
    expect(error).toBeInstanceOf(ServerError);
    expect(error.code).not.toBe(0);
    await closedWithin(client);
  });
});

describe("admin listener on a Unix socket", () => {
  it("listens on the configured path, owner-only, and serves authenticated requests", async () => {
    const dir = tempDir();
    const socketPath = join(dir, "admin.sock");
    const { server } = await startServer({ adminSocket: socketPath });
    expect(server.adminPort).toBe(socketPath);
    expect(statSync(socketPath).isSocket()).toBe(true);
    expect(statSync(socketPath).mode & 0o077).toBe(0);

    const received: DecodedEnvelope[] = [];
    const socket = connect({ path: socketPath });
    const framed = new FramedSocket(socket, {
      onEnvelope: (envelope) => received.push(envelope),
      onProtocolError: () => {},
      onClose: () => {},
    });
    onCleanup(() => framed.destroy());
    framed.send({ requestId: 1, adminAuth: { token: server.adminToken } });
    framed.send({ requestId: 2, adminGetStats: {} });
    await expect.poll(() => received.length).toBe(2);
    expect(received[0]?.body).toBe("ok");
    expect(received[1]?.adminStats?.serverVersion).toBeTruthy();
  });

  it("replaces a stale socket file left by a server that died", async () => {
    const dir = tempDir();
    const socketPath = join(dir, "admin.sock");
    // A process killed with SIGKILL leaves its socket file behind with nobody listening.
    const child = spawn(
      process.execPath,
      [
        "-e",
        "require('node:net').createServer().listen(process.argv[1], () => console.log('up'))",
        socketPath,
      ],
      { stdio: ["ignore", "pipe", "inherit"] },
    );
    await new Promise((resolve) => child.stdout!.once("data", resolve));
    child.kill("SIGKILL");
    await new Promise((resolve) => child.once("exit", resolve));
    expect(statSync(socketPath).isSocket()).toBe(true);
    const { server } = await startServer({ adminSocket: socketPath });
    expect(server.adminPort).toBe(socketPath);
  });
});
