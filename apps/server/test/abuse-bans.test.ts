// Ban abuse over real sockets: a ban too long to write down is refused and stores nothing; a permanent
// ban refuses its address across a restart; a row from before durations were bounded cannot crash the
// accept path; a kick with a ban covers the nick, the address and the account, so none alone gets back in.
// Connections "from another machine" come from 127.0.0.2, while a bystander on 127.0.0.1 stays served.

import { join } from "node:path";
import { ErrorCode, PROTOCOL_VERSION, ProtocolClient, ServerError } from "@parley/protocol";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { ManualClock } from "../src/clock.js";
import { adminClient, operatorAudit } from "./admin-helpers.js";
import {
  BYSTANDER_PING_BOUND_MS,
  closedWithin,
  isKind,
  loggedIn,
  onCleanup,
  pingMs,
  registerAccount,
  startServer,
  tempDir,
} from "./helpers.js";

const DAY_MS = 86_400_000;

/** A client connected from `localAddress` (any 127/8 address is this machine's loopback). */
async function clientFrom(port: number, localAddress: string): Promise<ProtocolClient> {
  const client = await ProtocolClient.connect({ port, localAddress, bufferEvents: true, answerPings: false });
  onCleanup(() => client.conn.destroy());
  return client;
}

/** The error a connection from `localAddress` is refused with before Hello, if it is refused. */
async function refusalFrom(port: number, localAddress: string) {
  const client = await clientFrom(port, localAddress);
  const first = await Promise.race([
    client.waitFor(isKind("error")).then((e) => e.error),
    client.request({ hello: { protocolVersion: PROTOCOL_VERSION } }).then(() => undefined),
  ]).catch((error: unknown) => (error instanceof ServerError ? error : Promise.reject(error)));
  if (first) await closedWithin(client);
  return first;
}

/** Hello then Login as `nick` from `localAddress`; the error it is refused with, or undefined. */
async function loginFrom(port: number, localAddress: string, nick: string) {
  const client = await clientFrom(port, localAddress);
  try {
    await client.request({ hello: { protocolVersion: PROTOCOL_VERSION } });
    await client.request({ login: { nick } });
    return undefined;
  } catch (error) {
    if (error instanceof ServerError) return error;
    throw error;
  }
}

describe("ban durations", () => {
  it("refuses a ban of 100,000,000 days, stores nothing and keeps serving", async () => {
    const { server, port } = await startServer();
    const bystander = await loggedIn(port, "carol");
    const admin = await adminClient(server);
    const refused = await admin
      .request({ adminBan: { address: "127.0.0.2", durationMs: 100_000_000 * DAY_MS } })
      .catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ServerError);
    expect((refused as ServerError).code).toBe(ErrorCode.ERROR_CODE_BAD_REQUEST);
    expect((refused as ServerError).message).toMatch(/at most 3650 days.*permanent/);
    const kick = await admin
      .request({ adminKick: { nick: "carol", banDurationMs: 3651 * DAY_MS } })
      .catch((error: unknown) => error);
    expect((kick as ServerError).code).toBe(ErrorCode.ERROR_CODE_BAD_REQUEST);
    expect((await admin.request({ adminListBans: {} })).adminBanList?.bans ?? []).toEqual([]);
    expect(await operatorAudit(admin)).toEqual([]);
    // Nothing was banned and nobody was kicked: the address still connects, carol still answers.
    expect(await refusalFrom(port, "127.0.0.2")).toBeUndefined();
    expect(await pingMs(bystander)).toBeLessThan(BYSTANDER_PING_BOUND_MS);
    expect(bystander.conn.isClosed).toBe(false);
  });

  it("takes the longest ban maxBanDurationMs allows, and refuses one millisecond more", async () => {
    const clock = new ManualClock();
    const { server } = await startServer({ maxBanDurationMs: 7 * DAY_MS }, { options: { clock } });
    const admin = await adminClient(server);
    const ok = await admin.request({ adminBan: { nick: "eve", durationMs: 7 * DAY_MS } });
    expect(Number(ok.adminBanResult?.ban?.untilMs)).toBe(clock.now() + 7 * DAY_MS);
    expect(ok.adminBanResult?.ban?.permanent).toBe(false);
    await expect(
      admin.request({ adminBan: { nick: "eve", durationMs: 7 * DAY_MS + 1 } }),
    ).rejects.toMatchObject({ code: ErrorCode.ERROR_CODE_BAD_REQUEST });
  });
});

describe("permanent bans", () => {
  it("refuse the address on every connection, across a restart, with the audit entry stored beside them", async () => {
    const dataDir = tempDir();
    const first = await startServer({}, { dataDir });
    const admin1 = await adminClient(first.server);
    const reply = await admin1.request({
      adminBan: { address: "127.0.0.2", permanent: true, durationMs: 5, reason: "abuse" },
    });
    expect(reply.adminBanResult?.ban).toMatchObject({ address: "127.0.0.2", untilMs: 0, permanent: true });
    const audit = await operatorAudit(admin1);
    expect(audit.map((e) => [e.action, e.target, e.result])).toEqual([
      ["ban", "address 127.0.0.2", "banned address 127.0.0.2 permanently"],
    ]);
    const refused = await refusalFrom(first.port, "127.0.0.2");
    expect(refused?.code).toBe(ErrorCode.ERROR_CODE_BANNED);
    expect(refused?.message).toBe("this address is banned permanently");
    await first.server.close();

    const second = await startServer({}, { dataDir });
    const bystander = await loggedIn(second.port, "carol");
    for (let i = 0; i < 5; i++)
      expect((await refusalFrom(second.port, "127.0.0.2"))?.code).toBe(ErrorCode.ERROR_CODE_BANNED);
    expect(await pingMs(bystander)).toBeLessThan(BYSTANDER_PING_BOUND_MS);
    const admin2 = await adminClient(second.server);
    const bans = (await admin2.request({ adminListBans: {} })).adminBanList?.bans ?? [];
    expect(bans.map((b) => [b.address, b.permanent])).toEqual([["127.0.0.2", true]]);
  });

  it("reads a row with an end no date can hold as permanent, and the accept path survives it", async () => {
    const dataDir = tempDir();
    const first = await startServer({}, { dataDir });
    await first.server.close();
    // What an unbounded "--for 100000000d" stored before durations were bounded.
    const db = new Database(join(dataDir, "parley.db"));
    const now = Date.now();
    db.prepare(
      "INSERT INTO bans (nick, address, reason, by, created_at_ms, until_ms) VALUES ('', '127.0.0.2', 'old', 'admin', ?, ?)",
    ).run(now, now + 100_000_000 * DAY_MS);
    db.close();

    const second = await startServer({}, { dataDir });
    const bystander = await loggedIn(second.port, "carol");
    for (let i = 0; i < 3; i++) {
      const refused = await refusalFrom(second.port, "127.0.0.2");
      expect(refused?.code).toBe(ErrorCode.ERROR_CODE_BANNED);
      expect(refused?.message).toBe("this address is banned permanently");
    }
    expect(await pingMs(bystander)).toBeLessThan(BYSTANDER_PING_BOUND_MS);
    const admin = await adminClient(second.server);
    const [ban] = (await admin.request({ adminListBans: {} })).adminBanList?.bans ?? [];
    expect(ban).toMatchObject({ address: "127.0.0.2", untilMs: 0, permanent: true });
  });
});

describe("kick with a ban", () => {
  it("bans the nick and the address by default: a new nick from the address and the nick from elsewhere are both refused", async () => {
    const { server, port } = await startServer();
    const bystander = await loggedIn(port, "carol");
    const bob = await clientFrom(port, "127.0.0.2");
    await bob.request({ hello: { protocolVersion: PROTOCOL_VERSION } });
    await bob.request({ login: { nick: "bob" } });
    const admin = await adminClient(server);
    const reply = await admin.request({ adminKick: { nick: "bob", banDurationMs: 3_600_000 } });
    expect(reply.adminKickResult?.bans?.map((b) => [b.nick, b.address])).toEqual([
      ["bob", ""],
      ["", "127.0.0.2"],
    ]);
    await closedWithin(bob);
    // The evasions: another nick at once from the same address, the same nick from another address.
    expect((await refusalFrom(port, "127.0.0.2"))?.code).toBe(ErrorCode.ERROR_CODE_BANNED);
    expect((await loginFrom(port, "127.0.0.3", "bob"))?.code).toBe(ErrorCode.ERROR_CODE_BANNED);
    expect(await loginFrom(port, "127.0.0.3", "dave")).toBeUndefined();
    expect(await pingMs(bystander)).toBeLessThan(BYSTANDER_PING_BOUND_MS);
    expect(bystander.conn.isClosed).toBe(false);
  });

  it("bans the account too by default: its owner cannot come back under any nick, from any address", async () => {
    const password = "correct horse battery";
    const { server, port } = await startServer();
    const bystander = await loggedIn(port, "carol");
    await registerAccount(port, "eve", password);
    const eve = await loggedIn(port, "eve", undefined, { password, localAddress: "127.0.0.2" });
    // Kicked under another nick than the account's name.
    await eve.request({ setNick: { nick: "not_eve" } });
    const admin = await adminClient(server);
    const reply = await admin.request({ adminKick: { nick: "not_eve", banDurationMs: 3_600_000 } });
    expect(reply.adminKickResult?.bans?.map((b) => [b.nick, b.address])).toEqual([
      ["not_eve", ""],
      ["eve", ""],
      ["", "127.0.0.2"],
    ]);
    await closedWithin(eve);
    // The account from another address, with the right password, is refused.
    const back = await loggedIn(port, "eve", undefined, { password, localAddress: "127.0.0.3" }).then(
      () => undefined,
      (error: unknown) => error as ServerError,
    );
    expect(back?.code).toBe(ErrorCode.ERROR_CODE_BANNED);
    // ban_address alone leaves the nick and the account out, as asked.
    await registerAccount(port, "mallory", password);
    await loggedIn(port, "mallory", undefined, { password, localAddress: "127.0.0.4" });
    const narrowed = await admin.request({
      adminKick: { account: "mallory", banDurationMs: 60_000, banAddress: true, dryRun: true },
    });
    expect(narrowed.adminKickResult?.bans?.map((b) => [b.nick, b.address])).toEqual([["", "127.0.0.4"]]);
    expect(await pingMs(bystander)).toBeLessThan(BYSTANDER_PING_BOUND_MS);
    expect(bystander.conn.isClosed).toBe(false);
  });

  it("bans for good with ban_permanent, and says so in Kicked", async () => {
    const { server, port } = await startServer();
    const bob = await clientFrom(port, "127.0.0.2");
    await bob.request({ hello: { protocolVersion: PROTOCOL_VERSION } });
    await bob.request({ login: { nick: "bob" } });
    const admin = await adminClient(server);
    const reply = await admin.request({ adminKick: { nick: "bob", banPermanent: true } });
    expect(reply.adminKickResult?.bans?.map((b) => b.permanent)).toEqual([true, true]);
    const kicked = await bob.waitFor(isKind("kicked"));
    expect(kicked.kicked).toMatchObject({ banPermanent: true });
    expect(Number(kicked.kicked?.banUntilMs ?? 0)).toBe(0);
  });
});
