// Session table over the admin listener: every field filled from a real session, each filter, lookup
// by id; and the filter matcher on its own.
import { ErrorCode, type ProtocolClient, ServerError, SessionState } from "@parley/protocol";
import { describe, expect, it } from "vitest";
import { compileFilter, matchesFilter, wildcard } from "../src/admin/filter.js";
import { ManualClock } from "../src/clock.js";
import { adminClient } from "./admin-helpers.js";
import { isKind, loggedIn, startServer } from "./helpers.js";

async function listNicks(admin: ProtocolClient, filter: Record<string, unknown> = {}): Promise<string[]> {
  const reply = await admin.request({ adminListSessions: { filter } });
  return (reply.adminSessionList?.sessions ?? []).map((s) => s.nick ?? "");
}

describe("AdminListSessions", () => {
  it("reports every field of a live session", async () => {
    const { server, port } = await startServer();
    const alice = await loggedIn(port, "Alice", [{ room: "lobby" }, { room: "ops" }]);
    const bob = await loggedIn(port, "bob");
    await alice.request({ sendMessage: { room: "lobby", text: "hello" } });
    await bob.waitFor(isKind("message"));
    const admin = await adminClient(server);
    const reply = await admin.request({ adminListSessions: {} });
    const sessions = reply.adminSessionList?.sessions ?? [];
    expect(sessions.map((s) => s.nick)).toEqual(["Alice", "bob"]);
    const a = sessions[0]!;
    expect(a).toMatchObject({
      nick: "Alice",
      remoteAddress: "127.0.0.1",
      remotePort: alice.conn.socket.localPort,
      clientName: "test",
      clientVersion: "1",
      rooms: ["lobby", "ops"],
      messagesIn: 1,
      state: SessionState.SESSION_STATE_ONLINE,
    });
    expect(Number(a.id)).toBeGreaterThan(0);
    expect(Date.now() - Number(a.connectedAtMs)).toBeLessThan(10_000);
    expect(Number(a.bytesIn)).toBeGreaterThan(0);
    expect(Number(a.bytesOut)).toBeGreaterThan(0);
    // Idle since her last message: never longer than she has been connected.
    expect(Number(a.idleMs)).toBeLessThanOrEqual(Date.now() - Number(a.connectedAtMs));
    expect(sessions[1]).toMatchObject({ nick: "bob", messagesOut: 1, rooms: ["lobby"] });
  });

  it("filters by nick (case-insensitive, with wildcards), room, address, idle time and age", async () => {
    const clock = new ManualClock();
    const { server, port } = await startServer({}, { options: { clock } });
    await loggedIn(port, "alice", [{ room: "lobby" }]);
    clock.advance(500);
    const bot1 = await loggedIn(port, "Bot1", [{ room: "ops" }]);
    await loggedIn(port, "bot2", [{ room: "ops" }, { room: "lobby" }]);
    await bot1.request({ sendMessage: { room: "ops", text: "busy" } });
    const admin = await adminClient(server);
    expect(await listNicks(admin, { nick: "ALICE" })).toEqual(["alice"]);
    expect(await listNicks(admin, { nick: "bot*" })).toEqual(["Bot1", "bot2"]);
    expect(await listNicks(admin, { nick: "nobody" })).toEqual([]);
    expect(await listNicks(admin, { room: "#OPS" })).toEqual(["Bot1", "bot2"]);
    expect(await listNicks(admin, { room: "lobby" })).toEqual(["alice", "bot2"]);
    expect(await listNicks(admin, { address: "127.0.0.1" })).toEqual(["alice", "Bot1", "bot2"]);
    expect(await listNicks(admin, { address: "127.0.0.*" })).toEqual(["alice", "Bot1", "bot2"]);
    expect(await listNicks(admin, { address: "10.0.0.1" })).toEqual([]);
    // The clock moved 500 ms between alice's login and the others'.
    expect(await listNicks(admin, { ageGtMs: 499 })).toEqual(["alice"]);
    expect(await listNicks(admin, { ageGtMs: 500 })).toEqual([]);
    expect(await listNicks(admin, { idleGtMs: 499 })).toEqual(["alice"]);
    expect(await listNicks(admin, { idleGtMs: 500 })).toEqual([]);
    expect(await listNicks(admin, { room: "ops", nick: "bot2" })).toEqual(["bot2"]);
  });
});

describe("AdminGetSession", () => {
  it("returns one session by id, and NO_SUCH_USER for an id that is not open", async () => {
    const { server, port } = await startServer();
    await loggedIn(port, "alice");
    const admin = await adminClient(server);
    const [listed] = (await admin.request({ adminListSessions: {} })).adminSessionList!.sessions!;
    const detail = await admin.request({ adminGetSession: { sessionId: listed!.id } });
    expect(detail.adminSessionDetail?.session).toMatchObject({ nick: "alice", id: listed!.id });
    const error = (await admin
      .request({ adminGetSession: { sessionId: 9999 } })
      .catch((e) => e)) as ServerError;
    expect(error).toBeInstanceOf(ServerError);
    expect(error.code).toBe(ErrorCode.ERROR_CODE_NO_SUCH_USER);
  });
});

describe("filter matching", () => {
  const now = 1_000_000;
  const session = {
    nick: "Zoë[away]",
    remoteAddress: "2001:db8::7",
    rooms: ["lobby"],
    idleMs: 500,
    connectedAtMs: now - 2000,
  };
  const matches = (filter: Record<string, unknown>) => matchesFilter(session, compileFilter(filter, 64), now);

  it("treats nick characters literally except * and ?", () => {
    expect(matches({ nick: "zoë[away]" })).toBe(true);
    expect(matches({ nick: "zoë?away?" })).toBe(true);
    expect(matches({ nick: "zoë[aw" })).toBe(false);
    expect(wildcard("a.b").test("axb")).toBe(false);
  });

  it("needs every set field to match; an invalid room name matches nothing", () => {
    expect(matches({})).toBe(true);
    expect(matches({ address: "2001:DB8::7", room: "#Lobby" })).toBe(true);
    expect(matches({ room: "no such/room" })).toBe(false);
    expect(matches({ idleGtMs: 500 })).toBe(false);
    expect(matches({ idleGtMs: 499, ageGtMs: 1999 })).toBe(true);
    expect(matchesFilter({ ...session, nick: "" }, compileFilter({ nick: "*" }, 64), now)).toBe(false);
  });
});
