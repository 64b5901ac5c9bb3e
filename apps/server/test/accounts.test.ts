// Accounts over real sockets: registration (TLS or loopback only, closable, rate-limited), SCRAM
// login with the server's proof checked, a registered nick kept from guests, wrong passwords answered
// late and locked out, password change and drop, and guests marked in member lists.
import { networkInterfaces } from "node:os";
import { ErrorCode, ProtocolClient, register, ScramClient, ServerError } from "@parley/protocol";
import { makeCertificate } from "@parley/testkit";
import { describe, expect, it } from "vitest";
import { ManualClock } from "../src/clock.js";
import { adminClient, capturingLogger } from "./admin-helpers.js";
import {
  loggedIn,
  loginRefusal,
  onCleanup,
  rawClient,
  registerAccount,
  startServer,
  tempDir,
} from "./helpers.js";

const PASSWORD = "correct horse battery";

/** The error a promise rejects with (a test failure if it resolves). */
async function refusal(promise: Promise<unknown>): Promise<ServerError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ServerError);
  return error as ServerError;
}

/** A connection past Hello whose Login starts a SCRAM exchange for `nick` with `password`; returns the proof's promise. */
async function proveWith(port: number, nick: string, password: string) {
  const client = await rawClient(port);
  await client.hello({ clientName: "test", clientVersion: "1" });
  const scram = new ScramClient(nick, password);
  const challenge = await client.request({ login: { nick, scramClientFirst: scram.clientFirst() } });
  const clientFinal = scram.clientFinal(challenge.authChallenge?.serverFirst ?? "");
  return { client, scram, reply: client.request({ authResponse: { clientFinal } }) };
}

describe("registration and SCRAM login", () => {
  it("registers a nick, logs in to it with the password, and the client checks the server's proof", async () => {
    const { port } = await startServer();
    await registerAccount(port, "Ana", PASSWORD);
    const ana = await loggedIn(port, "ana", undefined, { password: PASSWORD });
    const { scram, reply } = await proveWith(port, "ANA", PASSWORD).catch((e) => {
      throw e;
    });
    // A second client of the same account is the same person, under the nick the first holds.
    const second = await reply;
    expect(second.loggedIn).toMatchObject({ nick: "ana", account: "ana" });
    expect(() => scram.verifyServer(second.loggedIn?.scramServerFinal ?? "")).not.toThrow();
    await ana.request({ quit: {} });
    const again = await proveWith(port, "ana", PASSWORD);
    const loggedInReply = await again.reply;
    expect(loggedInReply.loggedIn).toMatchObject({ nick: "ana", account: "ana" });
    expect(() => again.scram.verifyServer(loggedInReply.loggedIn?.scramServerFinal ?? "")).not.toThrow();
  });

  it("keeps a registered nick, and nicks that look like it, from guests", async () => {
    const { port } = await startServer();
    await registerAccount(port, "carol", PASSWORD);
    expect((await loginRefusal(port, "Carol"))?.code).toBe(ErrorCode.ERROR_CODE_NICK_REGISTERED);
    // Cyrillic "с" and "о": the same skeleton.
    expect((await loginRefusal(port, "\u0441ar\u043el"))?.code).toBe(ErrorCode.ERROR_CODE_NICK_REGISTERED);
    const guest = await loggedIn(port, "dave");
    expect((await refusal(guest.request({ setNick: { nick: "CAROL" } }))).code).toBe(
      ErrorCode.ERROR_CODE_NICK_REGISTERED,
    );
    const again = await rawClient(port);
    await again.hello({ clientName: "test", clientVersion: "1" });
    expect((await refusal(register(again, "carol", "another password"))).code).toBe(
      ErrorCode.ERROR_CODE_NICK_REGISTERED,
    );
  });

  it("lets a guest register its own nick and marks account holders in member lists", async () => {
    const { port } = await startServer();
    const erin = await loggedIn(port, "erin");
    const frank = await loggedIn(port, "frank");
    await register(erin, "", PASSWORD);
    const members = await frank.request({ listMembers: { room: "lobby" } });
    expect(members.memberList?.members?.map((m) => [m.nick, m.registered])).toEqual([
      ["erin", true],
      ["frank", false],
    ]);
    expect((await refusal(register(frank, "someone-else", PASSWORD))).code).toBe(
      ErrorCode.ERROR_CODE_BAD_REQUEST,
    );
    await erin.request({ quit: {} });
    expect((await loginRefusal(port, "erin"))?.code).toBe(ErrorCode.ERROR_CODE_NICK_REGISTERED);
  });

  it("refuses weak passwords, closed registration and guests when the server says so", async () => {
    const { port } = await startServer({ registrationOpen: false, allowGuests: false });
    const client = await rawClient(port);
    await client.hello({ clientName: "test", clientVersion: "1" });
    expect((await refusal(register(client, "gina", PASSWORD))).code).toBe(
      ErrorCode.ERROR_CODE_REGISTRATION_CLOSED,
    );
    expect((await loginRefusal(port, "gina"))?.code).toBe(ErrorCode.ERROR_CODE_GUESTS_NOT_ALLOWED);
    const open = await startServer({ minPasswordChars: 10 });
    const other = await rawClient(open.port);
    await other.hello({ clientName: "test", clientVersion: "1" });
    const short = await refusal(register(other, "gina", "123456789"));
    expect(short).toMatchObject({ code: ErrorCode.ERROR_CODE_WEAK_PASSWORD });
    expect(short.message).toContain("at least 10");
    expect((await refusal(register(other, "gina", "bell\u0007bell\u0007"))).code).toBe(
      ErrorCode.ERROR_CODE_WEAK_PASSWORD,
    );
  });

  it("limits registrations per address", async () => {
    const { port } = await startServer({
      maxRegistrationsPerAddressPerHour: 1,
      addressLimitsExemptLoopback: false,
    });
    await registerAccount(port, "hana", PASSWORD);
    const error = await refusal(registerAccount(port, "ivan", PASSWORD));
    expect(error.code).toBe(ErrorCode.ERROR_CODE_RATE_LIMITED);
    expect(error.retryAfterMs).toBeGreaterThan(0);
  });

  it("takes passwords over TLS but not over plaintext from another machine", async () => {
    const address = Object.values(networkInterfaces())
      .flat()
      .find((a) => a && a.family === "IPv4" && !a.internal)?.address;
    // A non-loopback address of this machine stands in for a remote peer; without one the test cannot run.
    expect(address, "this test needs a non-loopback IPv4 interface").toBeDefined();
    const plain = await startServer({ host: "0.0.0.0" });
    const remote = await ProtocolClient.connect({ host: address!, port: plain.port, bufferEvents: true });
    onCleanup(() => remote.conn.destroy());
    await remote.hello({ clientName: "test", clientVersion: "1" });
    const error = await refusal(register(remote, "jo", PASSWORD));
    expect(error.code).toBe(ErrorCode.ERROR_CODE_INSECURE_TRANSPORT);
    const cert = makeCertificate(tempDir());
    const secure = await startServer({ host: "0.0.0.0", tlsCert: cert.certPath, tlsKey: cert.keyPath });
    const tls = await ProtocolClient.connect({
      host: address!,
      port: secure.port,
      bufferEvents: true,
      // The certificate names 127.0.0.1, not this address: what is tested is the transport, not the name.
      tls: { insecure: true },
    });
    onCleanup(() => tls.conn.destroy());
    await tls.hello({ clientName: "test", clientVersion: "1" });
    await register(tls, "jo", PASSWORD);
  });
});

describe("wrong passwords", () => {
  it("are answered AUTH_FAILED after the delay, audited without the password, then locked out", async () => {
    const { logger, lines } = capturingLogger();
    const clock = new ManualClock();
    const { server, port } = await startServer(
      { authFailureDelayMs: 1000, maxAuthFailuresPerAccount: 2, authLockoutMs: 60_000 },
      { options: { logger, clock } },
    );
    await registerAccount(port, "kim", PASSWORD);
    const first = await proveWith(port, "kim", "not the password");
    let answered = false;
    const reply = first.reply.finally(() => {
      answered = true;
    });
    const failures = () => lines().filter((line) => line.msg === "wrong password");
    await expect.poll(() => failures().length).toBe(1);
    clock.advance(999);
    await first.client.request({ ping: {} });
    expect(answered).toBe(false);
    clock.advance(1);
    const error = await refusal(reply);
    expect(error.code).toBe(ErrorCode.ERROR_CODE_AUTH_FAILED);
    // The same connection may try again: a second wrong password reaches the account's limit.
    const second = await proveWith(port, "kim", "still wrong");
    await expect.poll(() => failures().length).toBe(2);
    clock.advance(1000);
    expect((await refusal(second.reply)).code).toBe(ErrorCode.ERROR_CODE_AUTH_FAILED);
    // Locked out now, even with the right password; the lockout ends authLockoutMs after the last failure.
    const locked = await rawClient(port);
    await locked.hello({ clientName: "test", clientVersion: "1" });
    const lockout = await refusal(
      locked.login({ clientName: "t", clientVersion: "1", nick: "kim", password: PASSWORD }),
    );
    expect(lockout.code).toBe(ErrorCode.ERROR_CODE_ACCOUNT_LOCKED);
    expect(lockout.retryAfterMs).toBe(59_000);
    clock.advance(60_000);
    await loggedIn(port, "kim", undefined, { password: PASSWORD });
    const log = JSON.stringify(lines());
    expect(log).not.toContain("not the password");
    expect(log).not.toContain(PASSWORD);
    const admin = await adminClient(server);
    const audit = await admin.request({ adminListAudit: {} });
    // (The operator's own login is audited too.)
    expect(audit.adminAuditList?.entries?.filter((e) => e.action === "auth-failed")).toMatchObject([
      { action: "auth-failed", target: "kim", result: "wrong password", by: "127.0.0.1" },
      { action: "auth-failed", target: "kim", result: "wrong password", by: "127.0.0.1" },
    ]);
  });

  it("fail the same way for a nick with no account", async () => {
    const clock = new ManualClock();
    const { port } = await startServer({ authFailureDelayMs: 500 }, { options: { clock } });
    const attempt = await proveWith(port, "nobody", PASSWORD);
    await attempt.client.request({ ping: {} });
    clock.advance(500);
    expect((await refusal(attempt.reply)).code).toBe(ErrorCode.ERROR_CODE_AUTH_FAILED);
  });

  it("lock out an address that tries many accounts", async () => {
    const clock = new ManualClock();
    const { port } = await startServer(
      { authFailureDelayMs: 0, maxAuthFailuresPerAddress: 2, maxAuthFailuresPerAccount: 0 },
      { options: { clock } },
    );
    for (const nick of ["lu1", "lu2"]) {
      const attempt = await proveWith(port, nick, "guess");
      // Served in order: once the Pong is back, the proof has been judged and its answer scheduled.
      await attempt.client.request({ ping: {} });
      clock.advance(0);
      expect((await refusal(attempt.reply)).code).toBe(ErrorCode.ERROR_CODE_AUTH_FAILED);
    }
    const client = await rawClient(port);
    await client.hello({ clientName: "t", clientVersion: "1" });
    const error = await refusal(
      client.login({ clientName: "t", clientVersion: "1", nick: "lu3", password: "x" }),
    );
    expect(error.code).toBe(ErrorCode.ERROR_CODE_ACCOUNT_LOCKED);
  });
});

describe("changing and dropping an account", () => {
  it("changes the password after checking the current one", async () => {
    const { port } = await startServer();
    await registerAccount(port, "mia", PASSWORD);
    const mia = await loggedIn(port, "mia", undefined, { password: PASSWORD });
    expect(
      (
        await refusal(
          mia.request({ changePassword: { currentPassword: "wrong", newPassword: "new password" } }),
        )
      ).code,
    ).toBe(ErrorCode.ERROR_CODE_AUTH_FAILED);
    await mia.request({ changePassword: { currentPassword: PASSWORD, newPassword: "new password" } });
    await mia.request({ quit: {} });
    await loggedIn(port, "mia", undefined, { password: "new password" });
  });

  it("drops the account: the nick is free and the session goes on as a guest", async () => {
    const { port } = await startServer();
    await registerAccount(port, "noa", PASSWORD);
    const noa = await loggedIn(port, "noa", undefined, { password: PASSWORD });
    await noa.request({ dropAccount: { password: PASSWORD } });
    const members = await noa.request({ listMembers: { room: "lobby" } });
    expect(members.memberList?.members?.[0]?.registered).toBe(false);
    await noa.request({ quit: {} });
    await loggedIn(port, "noa");
  });
});

describe("accounts on the admin listener", () => {
  it("lists, shows, locks, unlocks, sets the password of, kicks and deletes an account", async () => {
    const { server, port } = await startServer();
    await registerAccount(port, "Olga", PASSWORD);
    await registerAccount(port, "pat", PASSWORD);
    const olga = await loggedIn(port, "olga", undefined, { password: PASSWORD });
    const admin = await adminClient(server);
    const list = await admin.request({ adminListAccounts: {} });
    expect(list.adminAccountList?.accounts?.map((a) => [a.name, a.sessions, a.locked])).toEqual([
      ["Olga", 1, false],
      ["pat", 0, false],
    ]);
    const detail = await admin.request({ adminGetAccount: { name: "OLGA" } });
    expect(detail.adminAccountDetail?.sessions?.map((s) => [s.nick, s.account])).toEqual([["olga", "olga"]]);
    const missing = await refusal(admin.request({ adminGetAccount: { name: "nobody" } }));
    expect(missing.code).toBe(ErrorCode.ERROR_CODE_NO_SUCH_ACCOUNT);

    // Locking closes the account's sessions and refuses its logins.
    await admin.request({ adminLockAccount: { name: "olga", locked: true, by: "root" } });
    await olga.waitFor((e) => e.body === "kicked");
    const refused = await rawClient(port);
    await refused.hello({ clientName: "t", clientVersion: "1" });
    expect(
      (
        await refusal(
          refused.login({ clientName: "t", clientVersion: "1", nick: "olga", password: PASSWORD }),
        )
      ).code,
    ).toBe(ErrorCode.ERROR_CODE_ACCOUNT_LOCKED);
    await admin.request({ adminLockAccount: { name: "olga", locked: false } });

    // A new password from the operator; the old one no longer works.
    expect(
      (await refusal(admin.request({ adminSetAccountPassword: { name: "olga", password: "short" } }))).code,
    ).toBe(ErrorCode.ERROR_CODE_WEAK_PASSWORD);
    await admin.request({ adminSetAccountPassword: { name: "olga", password: "operator chosen" } });
    const again = await loggedIn(port, "olga", undefined, { password: "operator chosen" });

    // Kicking the account reaches its session; the ban it makes refuses the account's next login.
    const kick = await admin.request({
      adminKick: { account: "olga", reason: "rest", banDurationMs: 60_000, banNick: true },
    });
    expect(kick.adminKickResult?.sessions?.map((s) => s.nick)).toEqual(["olga"]);
    await again.waitFor((e) => e.body === "kicked");
    const banned = await rawClient(port);
    await banned.hello({ clientName: "t", clientVersion: "1" });
    expect(
      (
        await refusal(
          banned.login({ clientName: "t", clientVersion: "1", nick: "olga", password: "operator chosen" }),
        )
      ).code,
    ).toBe(ErrorCode.ERROR_CODE_BANNED);

    await admin.request({ adminDeleteAccount: { name: "pat" } });
    expect(
      (await admin.request({ adminListAccounts: {} })).adminAccountList?.accounts?.map((a) => a.name),
    ).toEqual(["Olga"]);
    await loggedIn(port, "pat");
    const audit = await admin.request({ adminListAudit: { limit: 10 } });
    expect(audit.adminAuditList?.entries?.map((e) => e.action)).toEqual(
      expect.arrayContaining([
        "account-lock",
        "account-unlock",
        "account-password",
        "kick",
        "account-delete",
      ]),
    );
    expect(JSON.stringify(audit.adminAuditList)).not.toContain("operator chosen");
  });
});
