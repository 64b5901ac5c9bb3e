// Attacks on the admin listener over real sockets: silent and wrong-token peers filling its slots, and
// failed logins flooding the audit. The operator, on another address, must still get in at once.
import { ErrorCode, ProtocolClient, ServerError } from "@parley/protocol";
import { describe, expect, it } from "vitest";
import { AUTH_FAILURE_DELAY_MS } from "../src/admin/connection.js";
import { ManualClock } from "../src/clock.js";
import { adminClient } from "./admin-helpers.js";
import { closedWithin, onCleanup, startServer } from "./helpers.js";

/** An admin connection from `localAddress` that has said nothing yet. */
async function peerFrom(adminPort: number, localAddress: string): Promise<ProtocolClient> {
  const client = await ProtocolClient.connect({
    port: adminPort,
    localAddress,
    bufferEvents: true,
    requestTimeoutMs: 10_000,
  });
  onCleanup(() => {
    client.conn.destroy();
  });
  return client;
}

/** How many of the clients' connections have closed. */
function closedCount(clients: ProtocolClient[]): number {
  return clients.filter((c) => c.conn.isClosed).length;
}

/** Audit rows about admin authentication, newest first, as [target, result]. */
async function authRows(admin: ProtocolClient): Promise<[string, string][]> {
  const entries = (await admin.request({ adminListAudit: { limit: 1000 } })).adminAuditList?.entries ?? [];
  return entries
    .filter((e) => e.action === "auth")
    .map((e): [string, string] => [e.target ?? "", e.result ?? ""]);
}

describe("the admin listener under a flood of unauthenticated peers", () => {
  it("lets the operator in past 32 silent and 32 wrong-token connections, and keeps the audit bounded", async () => {
    const { server } = await startServer({ maxUnauthenticatedAdminConnections: 8 });
    const adminPort = server.adminPort as number;
    const attacker = "127.0.0.2";
    const silent = await Promise.all(Array.from({ length: 32 }, () => peerFrom(adminPort, attacker)));
    const guessers = await Promise.all(Array.from({ length: 32 }, () => peerFrom(adminPort, attacker)));
    // Every guess ends: UNAUTHORIZED after the delay, RATE_LIMITED once the address is locked out,
    // or a closed connection when a newer peer took its slot.
    const outcomes = await Promise.all(
      guessers.map((g) => g.request({ adminAuth: { token: "guess" } }).catch((e: unknown) => e)),
    );
    const codes = outcomes.filter((o) => o instanceof ServerError).map((o) => (o as ServerError).code);
    expect(
      codes.every((c) => [ErrorCode.ERROR_CODE_UNAUTHORIZED, ErrorCode.ERROR_CODE_RATE_LIMITED].includes(c)),
    ).toBe(true);
    expect(outcomes.some((o) => o instanceof ServerError)).toBe(true);
    // The first silent ones have long lost their slots to newer peers.
    await expect.poll(() => closedCount(silent)).toBe(32);

    // Now 32 silent peers again, from an address not locked out: at most 8 keep a slot.
    const second = await Promise.all(Array.from({ length: 32 }, () => peerFrom(adminPort, "127.0.0.3")));
    await expect.poll(() => closedCount(second)).toBe(24);

    // The operator, from its own address, gets in and is served at once.
    const operator = await adminClient(server);
    const sessions = await operator.request({ adminListSessions: {} });
    expect(sessions.body).toBe("adminSessionList");
    await expect.poll(() => closedCount(second)).toBe(25);

    // The attacker's failures are one audit row (with their count), beside the operator's login.
    const rows = await authRows(operator);
    expect(rows[0]).toEqual([expect.stringMatching(/^127\.0\.0\.1:\d+$/), "ok"]);
    expect(rows.length).toBeLessThanOrEqual(3);
    expect(rows.filter(([target]) => target.startsWith(`${attacker}:`))).toEqual([
      [expect.any(String), expect.stringMatching(/^refused \d+ times within 60 s, last: /)],
    ]);
  });

  it("closes a connection that has not authenticated within adminAuthGraceMs, and audits it", async () => {
    const clock = new ManualClock();
    const { server } = await startServer({ adminAuthGraceMs: 2000 }, { options: { clock } });
    const peer = await peerFrom(server.adminPort as number, "127.0.0.2");
    const operator = await adminClient(server);
    await operator.request({ ping: {} });
    clock.advance(1999);
    await operator.request({ ping: {} });
    expect(peer.conn.isClosed).toBe(false);
    clock.advance(1);
    await expect
      .poll(() => authRows(operator).then((rows) => rows[0]))
      .toEqual([expect.stringMatching(/^127\.0\.0\.2:/), "refused: no AdminAuth received in time"]);
    clock.advance(AUTH_FAILURE_DELAY_MS);
    await closedWithin(peer);
    // The operator, authenticated, is never held to the grace time.
    clock.advance(60_000);
    expect((await operator.request({ ping: {} })).body).toBe("pong");
  });

  it("folds failed logins into one audit row per address per adminAuthAuditWindowMs, with their count", async () => {
    const clock = new ManualClock();
    const { server } = await startServer(
      {
        maxAdminAuthFailures: 0,
        maxAdminConnections: 200,
        maxUnauthenticatedAdminConnections: 200,
        adminAuthAuditWindowMs: 60_000,
      },
      { options: { clock } },
    );
    const adminPort = server.adminPort as number;
    const operator = await adminClient(server);
    const guess = async (address: string) => {
      const peer = await peerFrom(adminPort, address);
      const outcome = peer.request({ adminAuth: { token: "guess" } }).catch((e: unknown) => e);
      return { peer, outcome };
    };
    const attempts = await Promise.all(Array.from({ length: 100 }, () => guess("127.0.0.2")));
    await expect
      .poll(() => authRows(operator).then((rows) => rows[0]?.[1]))
      .toBe("refused 100 times within 60 s, last: wrong admin token");
    clock.advance(AUTH_FAILURE_DELAY_MS);
    for (const { outcome } of attempts)
      expect(((await outcome) as ServerError).code).toBe(ErrorCode.ERROR_CODE_UNAUTHORIZED);
    await guess("127.0.0.4");
    await expect.poll(() => authRows(operator).then((rows) => rows.length)).toBe(3);
    // A new window starts a new row for the same address.
    clock.advance(60_000);
    await guess("127.0.0.2");
    await expect.poll(() => authRows(operator).then((rows) => rows.length)).toBe(4);
    const rows = await authRows(operator);
    expect(rows.map(([target, result]) => [target.replace(/:\d+$/, ""), result])).toEqual([
      ["127.0.0.2", "refused: wrong admin token"],
      ["127.0.0.4", "refused: wrong admin token"],
      ["127.0.0.2", "refused 100 times within 60 s, last: wrong admin token"],
      ["127.0.0.1", "ok"],
    ]);
  });
});
