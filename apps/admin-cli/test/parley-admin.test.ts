// The real parley-admin binary against a real server: output for people and for scripts, every
// subcommand, and the documented exit codes with their one-line messages.
import { join } from "node:path";
import { ErrorCode, ProtocolClient } from "@parley/protocol";
import { defaultConfig, ManualClock } from "@parley/server";
import { adminClient } from "@parley/testkit";
import { describe, expect, it, vi } from "vitest";
import {
  adminEnv,
  barrier,
  chatClient,
  closedWithin,
  loginRefusal,
  runAdmin,
  startServer,
  tempDir,
} from "./helpers.js";
import { SESSION_JSON_KEYS } from "./json-contract.js";

const ESC = "\x1b";
// Each test runs the binary several times (about a second each under tsx, more on a loaded machine).
vi.setConfig({ testTimeout: 60_000 });

describe("on the server's machine, with no setup", () => {
  it("finds the admin port and the token file by default: sessions, then kick with a timed ban", async () => {
    // The server's own defaults for this environment (admin port 7668, data in $XDG_DATA_HOME/parley),
    // so a drift between the server's defaults and the tool's shows up here.
    const xdg = tempDir();
    const defaults = defaultConfig({ XDG_DATA_HOME: xdg });
    expect(defaults.dataDir).toBe(join(xdg, "parley"));
    const server = await startServer({ adminPort: defaults.adminPort, dataDir: defaults.dataDir });
    const alice = await chatClient(server, "alice");
    const env = { HOME: tempDir(), XDG_DATA_HOME: xdg };

    const listed = await runAdmin(["sessions"], env);
    expect(listed.stderr).toBe("");
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(/^ID\s+NICK\s+ADDRESS/);
    expect(listed.stdout).toMatch(/^\d+\s+alice\s+127\.0\.0\.1:\d+\s+tcp\s+parley-test 9\.9\s/m);
    expect(listed.stdout).not.toContain(ESC);

    const kicked = await runAdmin(
      ["kick", "alice", "--reason", "flooding the lobby", "--ban", "10m", "--no-ban-ip"],
      env,
    );
    expect(kicked.code).toBe(0);
    expect(kicked.stdout).toMatch(/^kicked 1 session\(s\):$/m);
    expect(kicked.stdout).toMatch(/^banned nick alice until .*\(in (9m5\d|10m00)s\) \(ban \d+\)$/m);
    const event = await alice.waitFor((e) => e.body === "kicked");
    expect(event.kicked).toMatchObject({ reason: "flooding the lobby", by: "admin" });
    const untilMs = Number(event.kicked?.banUntilMs);
    expect(untilMs - Date.now()).toBeGreaterThan(9 * 60_000);
    const refused = await loginRefusal(server.port, "alice");
    expect(refused?.code).toBe(ErrorCode.ERROR_CODE_BANNED);
    expect(refused?.banUntilMs).toBe(untilMs);
  });
});

describe("sessions", () => {
  it("filters, sorts and prints stable JSON", async () => {
    const server = await startServer();
    await chatClient(server, "carol", ["ops"]);
    await chatClient(server, "alice", ["lobby", "ops"]);
    await chatClient(server, "bob");
    const env = adminEnv(server);

    const all = await runAdmin(["sessions", "--json", "--sort", "nick"], env);
    expect(all.code).toBe(0);
    const parsed = JSON.parse(all.stdout) as { sessions: Record<string, unknown>[] };
    expect(parsed.sessions.map((s) => s.nick)).toEqual(["alice", "bob", "carol"]);
    expect(Object.keys(parsed.sessions[0]!)).toEqual(SESSION_JSON_KEYS);
    expect(parsed.sessions[0]).toMatchObject({
      remote_address: "127.0.0.1",
      client_name: "parley-test",
      client_version: "9.9",
      rooms: ["lobby", "ops"],
      state: "online",
    });

    const inOps = await runAdmin(["--json", "sessions", "--room", "ops", "--sort", "nick", "--reverse"], env);
    expect(JSON.parse(inOps.stdout).sessions.map((s: { nick: string }) => s.nick)).toEqual([
      "carol",
      "alice",
    ]);
    const byNick = await runAdmin(["sessions", "--nick", "BOB", "--addr", "127.0.0.1"], env);
    expect(byNick.stdout.trim().split("\n")).toHaveLength(2);
    expect(byNick.stdout).toMatch(/^\d+\s+bob\s/m);

    const none = await runAdmin(["sessions", "--json", "--idle-gt", "1h"], env);
    expect(none.code).toBe(1);
    expect(JSON.parse(none.stdout)).toEqual({ sessions: [] });
    expect(none.stderr).toBe("parley-admin: no sessions match\n");
  });

  it("--watch redraws until interrupted, then exits 0", async () => {
    const server = await startServer();
    await chatClient(server, "alice");
    const result = await runAdmin(
      ["sessions", "--watch", "--interval", "200ms"],
      adminEnv(server),
      (child, output) => {
        const timer = setInterval(() => {
          if ((output().match(/session\(s\), every/g) ?? []).length >= 2) {
            clearInterval(timer);
            child.kill("SIGINT");
          }
        }, 20);
      },
    );
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    // Piped, each refresh is appended (no cursor movement), every table listing alice.
    expect(result.stdout).not.toContain(ESC);
    expect((result.stdout.match(/^\d+\s+alice\s/gm) ?? []).length).toBeGreaterThanOrEqual(2);
  });
});

describe("session", () => {
  it("shows one session in full, and exits 1 for an unknown id", async () => {
    const server = await startServer();
    await chatClient(server, "alice", ["lobby", "dev"]);
    const env = adminEnv(server);
    const [listed] = JSON.parse((await runAdmin(["sessions", "--json"], env)).stdout).sessions;
    const detail = await runAdmin(["session", String(listed.id)], env);
    expect(detail.code).toBe(0);
    expect(detail.stdout).toMatch(/^nick:\s+alice$/m);
    expect(detail.stdout).toMatch(/^rooms:\s+lobby, dev$/m);
    expect(detail.stdout).toMatch(/^client:\s+parley-test 9\.9$/m);
    const json = JSON.parse((await runAdmin(["session", String(listed.id), "--json"], env)).stdout);
    expect(json.session).toMatchObject({ id: listed.id, nick: "alice" });
    const missing = await runAdmin(["session", "424242"], env);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe("parley-admin: no open session with id 424242\n");
  });
});

describe("kick", () => {
  it("kicks by id, by nick and by address; the user sees the reason", async () => {
    const server = await startServer();
    const alice = await chatClient(server, "alice");
    const bob = await chatClient(server, "bob");
    const carol = await chatClient(server, "carol");
    const env = adminEnv(server);
    const sessions = JSON.parse((await runAdmin(["sessions", "--json"], env)).stdout).sessions;
    const aliceId = sessions.find((s: { nick: string }) => s.nick === "alice").id;

    const byId = await runAdmin(
      ["kick", "--id", String(aliceId), "--reason", "one", "--by", "ops", "--json"],
      env,
    );
    expect(byId.code).toBe(0);
    expect(JSON.parse(byId.stdout)).toMatchObject({
      dry_run: false,
      sessions: [{ nick: "alice" }],
      bans: [],
    });
    expect((await alice.waitFor((e) => e.body === "kicked")).kicked).toMatchObject({
      reason: "one",
      by: "ops",
    });

    const byNick = await runAdmin(["kick", "bob", "--reason", "two"], env);
    expect(byNick.code).toBe(0);
    expect((await bob.waitFor((e) => e.body === "kicked")).kicked?.reason).toBe("two");

    const byAddr = await runAdmin(["kick", "--addr", "127.0.0.1", "--reason", "three"], env);
    expect(byAddr.code).toBe(0);
    expect((await carol.waitFor((e) => e.body === "kicked")).kicked?.reason).toBe("three");

    const nobody = await runAdmin(["kick", "ghost"], env);
    expect(nobody.code).toBe(1);
    expect(nobody.stderr).toBe("parley-admin: no session matches nick ghost\n");
  });

  it("--dry-run lists who would be hit and bans nobody", async () => {
    const server = await startServer();
    const alice = await chatClient(server, "alice");
    const env = adminEnv(server);
    const dry = await runAdmin(["kick", "alice", "--ban", "1h", "--ban-ip", "--dry-run"], env);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(/^would kick 1 session\(s\):$/m);
    expect(dry.stdout).toMatch(/^\d+\s+alice\s/m);
    expect(dry.stdout).toMatch(/^would ban nick alice until /m);
    expect(dry.stdout).toMatch(/^would ban address 127\.0\.0\.1 until /m);
    // Had the dry run kicked anyone, alice's connection would have it before this round trip ends.
    await barrier(alice);
    expect(alice.conn.isClosed).toBe(false);
    expect((await runAdmin(["bans"], env)).code).toBe(1);
  });
});

describe("kick of more sessions than one reply holds", () => {
  it("says how many were hit and how many are not listed, for people and in --json", async () => {
    // 30 sessions in 20 rooms with long names (about 1.5 KB each to describe) do not fit in 32 KiB.
    const server = await startServer({ maxFrameBytes: 32 * 1024, fileChunkBytes: 16 * 1024 });
    const rooms = Array.from({ length: 20 }, (_, i) => `room${i}-`.padEnd(64, "x"));
    await Promise.all(Array.from({ length: 30 }, (_, i) => chatClient(server, `raider${i}`, rooms)));
    const env = adminEnv(server);
    const dry = await runAdmin(["kick", "--addr", "127.0.0.1", "--ban", "1h", "--dry-run"], env);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(/^would kick 30 session\(s\):$/m);
    expect(dry.stdout).toMatch(/^… and \d+ more \(too many for one reply\)$/m);
    const kicked = await runAdmin(["kick", "--addr", "127.0.0.1", "--ban", "1h", "--json"], env);
    expect(kicked.code).toBe(0);
    const json = JSON.parse(kicked.stdout);
    expect(json).toMatchObject({ dry_run: false, sessions_matched: 30, bans_made: 31 });
    expect(json.sessions.length).toBeLessThan(30);
  });
});

describe("bans and unban", () => {
  it("a timed ban refuses reconnection until it expires; bans lists it; unban lifts it", async () => {
    // The server's time stands still until the test moves it, so the ban ends exactly when told.
    const clock = new ManualClock();
    const server = await startServer({}, { clock });
    await chatClient(server, "alice");
    const env = adminEnv(server);
    const kick = await runAdmin(["kick", "alice", "--ban", "1h", "--no-ban-ip", "--json"], env);
    expect(kick.code).toBe(0);
    const untilMs: number = JSON.parse(kick.stdout).bans[0].until_ms;
    expect((await loginRefusal(server.port, "alice"))?.code).toBe(ErrorCode.ERROR_CODE_BANNED);
    const bans = await runAdmin(["bans"], env);
    expect(bans.code).toBe(0);
    expect(bans.stdout).toMatch(/^ID\s+TARGET\s+UNTIL\s+REASON\s+BY\s+SINCE$/m);
    expect(bans.stdout).toMatch(
      /^\d+\s+nick alice\s+\d{4}-\d\d-\d\d \d\d:\d\d:\d\d \(in \d+m\d\ds\)\s+-\s+admin\s/m,
    );
    expect(untilMs).toBe(clock.now() + 3_600_000);
    clock.advance(3_599_999);
    expect((await loginRefusal(server.port, "alice"))?.code).toBe(ErrorCode.ERROR_CODE_BANNED);
    clock.advance(1);
    expect(await loginRefusal(server.port, "alice")).toBeUndefined();
    expect((await runAdmin(["bans"], env)).code).toBe(1);

    const permanent = await runAdmin(["ban", "mallory", "--reason", "troll", "--json"], env);
    expect(permanent.code).toBe(0);
    const { ban } = JSON.parse(permanent.stdout);
    expect(ban).toMatchObject({
      nick: "mallory",
      address: null,
      reason: "troll",
      until_ms: null,
      until: null,
    });
    expect((await loginRefusal(server.port, "mallory"))?.code).toBe(ErrorCode.ERROR_CODE_BANNED);
    const listed = JSON.parse((await runAdmin(["bans", "--json"], env)).stdout);
    expect(listed.bans.map((b: { id: number }) => b.id)).toEqual([ban.id]);
    const lifted = await runAdmin(["unban", "--id", String(ban.id)], env);
    expect(lifted.code).toBe(0);
    expect(lifted.stdout).toBe(`lifted ban ${ban.id} on nick mallory\n`);
    expect(await loginRefusal(server.port, "mallory")).toBeUndefined();
    const again = await runAdmin(["unban", "mallory"], env);
    expect(again.code).toBe(1);
    expect(again.stderr).toBe("parley-admin: no ban matches nick mallory\n");
  });

  it("bans an address range given as CIDR, and unbans it by the same range", async () => {
    const server = await startServer();
    const env = adminEnv(server);
    const banned = await runAdmin(["ban", "--addr", "127.0.0.0/8", "--reason", "range"], env);
    expect(banned.code).toBe(0);
    expect(banned.stdout).toMatch(/^banned address 127\.0\.0\.0\/8 until permanent/);
    // An address ban refuses the connection itself, with an Error event before the close.
    const refused = await ProtocolClient.connect({ port: server.port, bufferEvents: true });
    await refused.closed;
    expect(refused.queuedEvents[0]?.error?.code).toBe(ErrorCode.ERROR_CODE_BANNED);
    const bad = await runAdmin(["ban", "--addr", "127.0.0.0/40"], env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("is not an IP address or CIDR range");
    expect((await runAdmin(["unban", "--addr", "127.0.0.0/8"], env)).code).toBe(0);
    expect(await loginRefusal(server.port, "alice")).toBeUndefined();
  });
});

describe("lists longer than a frame", () => {
  it("follows the pages: every session of 600 rooms with long topics, every ban, the audit, the closed and the accounts", async () => {
    // 64 KiB frames: each list below needs several pages.
    const server = await startServer({ maxFrameBytes: 64 * 1024, fileChunkBytes: 16 * 1024 });
    const rooms = Array.from({ length: 600 }, (_, i) => `room-${i}-`.padEnd(64, "x"));
    for (const room of rooms) server.ctx.rooms.getOrCreate(room).room.topic = "話".repeat(390);
    // 12 sessions, each in 100 of the rooms: about 80 KB of session list.
    const clients = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        chatClient(server, `user${i}`, rooms.slice((i % 6) * 100, (i % 6) * 100 + 100)),
      ),
    );
    const env = adminEnv(server);
    const sessions = await runAdmin(["sessions", "--json"], env);
    expect(sessions.code).toBe(0);
    const listed = JSON.parse(sessions.stdout).sessions as { nick: string; rooms: string[] }[];
    expect(listed.map((s) => s.nick).sort()).toEqual(Array.from({ length: 12 }, (_, i) => `user${i}`).sort());
    expect(listed.every((s) => s.rooms.length === 100)).toBe(true);

    // 100 bans with 300-emoji reasons: about 120 KB.
    const reason = "😀".repeat(300);
    const operator = await adminClient(server);
    for (let i = 0; i < 100; i++)
      await operator.request({ adminBan: { nick: `banned${i}`, reason, permanent: true } });
    const bans = await runAdmin(["bans", "--json"], env);
    expect(bans.code).toBe(0);
    expect(JSON.parse(bans.stdout).bans).toHaveLength(100);
    // 100 bans and the logins of the admin connections so far, about 140 KB: every entry once.
    const audit = await runAdmin(["audit", "--json", "--limit", "1000"], env);
    expect(audit.code).toBe(0);
    const entries = JSON.parse(audit.stdout).entries as { id: number; action: string }[];
    expect(entries.filter((e) => e.action === "ban")).toHaveLength(100);
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
    expect(Math.min(...entries.map((e) => e.id))).toBe(1);
    const fifty = await runAdmin(["audit", "--json", "--limit", "50"], env);
    expect(JSON.parse(fifty.stdout).entries).toHaveLength(50);

    for (const client of clients) await client.request({ quit: { reason: "🙂".repeat(300) } });
    await Promise.all(clients.map((client) => closedWithin(client)));
    const closed = await runAdmin(["closed", "--json"], env);
    expect(closed.code).toBe(0);
    expect(JSON.parse(closed.stdout).closed).toHaveLength(12);

    // 3,000 accounts (stored directly: hashing that many passwords would be the test): about 100 KB.
    const credentials = {
      passwordHash: "",
      scram: { salt: "", iterations: 4096, storedKey: "", serverKey: "" },
    };
    for (let i = 0; i < 3000; i++)
      server.ctx.accounts.create(`member${i}`, `Member${i}`, credentials, server.ctx.now());
    const accounts = await runAdmin(["accounts", "--json"], env);
    expect(accounts.code).toBe(0);
    expect(JSON.parse(accounts.stdout).accounts).toHaveLength(3000);
  });
});

describe("closed, stats, announce, audit", () => {
  it("report what happened", async () => {
    const server = await startServer();
    const alice = await chatClient(server, "alice");
    const bob = await chatClient(server, "bob");
    const env = adminEnv(server);

    const announced = await runAdmin(["announce", "restart", "at", "noon"], env);
    expect(announced.code).toBe(0);
    expect(announced.stdout).toBe("announced to 2 session(s)\n");
    for (const client of [alice, bob])
      expect((await client.waitFor((e) => e.body === "notice")).notice?.text).toBe("restart at noon");

    await alice.request({ quit: { reason: "lunch" } });
    await runAdmin(["kick", "bob", "--reason", "spam", "--by", "ops"], env);
    await closedWithin(alice);
    await closedWithin(bob);
    const closed = await runAdmin(["closed", "--json"], env);
    expect(closed.code).toBe(0);
    const reasons = JSON.parse(closed.stdout).closed.map(
      (c: { session: { nick: string }; reason: string }) => [c.session.nick, c.reason],
    );
    expect(reasons).toEqual([
      ["bob", "kicked by ops: spam"],
      ["alice", "quit: lunch"],
    ]);
    const closedTable = await runAdmin(["closed"], env);
    expect(closedTable.stdout).toMatch(/^CLOSED\s+ID\s+NICK/);
    expect(closedTable.stdout).toMatch(/\s+bob\s+.*kicked by ops: spam$/m);

    const stats = JSON.parse((await runAdmin(["stats", "--json"], env)).stdout);
    expect(stats).toMatchObject({ sessions: 0, server_version: "0.1.0" });
    expect(stats.uptime_ms).toBeGreaterThan(0);
    expect((await runAdmin(["stats"], env)).stdout).toMatch(/^uptime:\s+\d/m);

    const nobodyHome = await runAdmin(["announce", "anyone?"], env);
    expect(nobodyHome.code).toBe(1);

    const audit = JSON.parse((await runAdmin(["audit", "--json"], env)).stdout);
    const actions: string[] = audit.entries.map((e: { action: string }) => e.action);
    expect(actions.filter((action) => action !== "auth")).toEqual(["announce", "kick", "announce"]);
    // Every run of parley-admin logged in, this one last.
    expect(audit.entries[0]).toMatchObject({ action: "auth", result: "ok" });
    expect(Object.keys(audit.entries[0])).toEqual(["id", "at_ms", "at", "action", "target", "result", "by"]);
    expect((await runAdmin(["audit", "--limit", "1"], env)).stdout.trim().split("\n")).toHaveLength(2);
  });
});

describe("connection, token and exit codes", () => {
  it("exits 3 with one line for a wrong token", async () => {
    const server = await startServer();
    const result = await runAdmin(["sessions"], { ...adminEnv(server), PARLEY_ADMIN_TOKEN: "wrong" });
    expect(result.code).toBe(3);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(
      `parley-admin: unauthorized: 127.0.0.1:${server.adminPort} refused the admin token from PARLEY_ADMIN_TOKEN\n`,
    );
  });

  it("exits 4 with one line when nothing listens", async () => {
    const server = await startServer();
    const port = server.adminPort as number;
    await server.close();
    const result = await runAdmin(["stats", "--port", String(port), "--token", "x"]);
    expect(result.code).toBe(4);
    expect(result.stderr).toMatch(
      /^parley-admin: cannot connect to 127\.0\.0\.1:\d+: connection refused .*\n$/,
    );
  });

  it("exits 2 for a usage error, never with a stack trace", async () => {
    const result = await runAdmin(["kick", "alice", "--ban", "ten minutes"], { PARLEY_ADMIN_TOKEN: "x" });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^parley-admin: --ban: invalid duration "ten minutes"/);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("reads the token from --data-dir and talks over a Unix socket", async () => {
    const socketPath = join(tempDir(), "admin.sock");
    const server = await startServer({ adminSocket: socketPath });
    await chatClient(server, "alice");
    const result = await runAdmin([
      "sessions",
      "--socket",
      socketPath,
      "--data-dir",
      server.ctx.config.dataDir,
      "--json",
    ]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).sessions.map((s: { nick: string }) => s.nick)).toEqual(["alice"]);
  });
});
