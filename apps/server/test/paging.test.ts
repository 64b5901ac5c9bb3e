// The server never writes a frame larger than the maxFrameBytes it announces: room lists, member lists
// and admin lists come in pages, and the pages together are the whole list. Each client here accepts
// frames up to the announced limit only, so one larger frame would fail it.
import {
  collectPages,
  encodeEnvelope,
  listAllMembers,
  listAllRooms,
  type ProtocolClient,
} from "@parley/protocol";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultConfig } from "../src/config.js";
import type { ChatSession } from "../src/handlers/handler.js";
import { smallestPageBytes } from "../src/paging.js";
import { AwayState } from "../src/state/away.js";
import type { Member } from "../src/state/member.js";
import { adminClient } from "./admin-helpers.js";
import { loggedIn, registerAccount, startServer, UNPACED } from "./helpers.js";

/**
 * Frames small enough to need pages, and a request rate and frame pace that let a client page through
 * quickly (a page of one item asks thousands of times: at the default 200 frames a second, a property
 * run took 21 s on a busy machine).
 */
const roomy = { fileChunkBytes: 16 * 1024, ...UNPACED };

type TestServer = Awaited<ReturnType<typeof startServer>>["server"];

/**
 * A member held by the room directory without a socket of its own, as a cluster node holds the
 * sessions of another node: 8,000 real connections would spend the test fanning out their joins.
 */
class StandInMember implements Member {
  readonly foldedNick: string;
  readonly account = "";
  /** What member lists read besides the nick: never away. */
  readonly away = new AwayState();
  messagesOut = 0;
  constructor(
    readonly id: number,
    readonly nick: string,
  ) {
    this.foldedNick = nick.toLowerCase();
  }
  sendFrame(): boolean {
    return true;
  }
  sendPresence(): void {}
}

/** Puts `count` stand-in members with nicks of `nickChars` characters into `roomName`; returns their ids. */
function fillRoom(server: TestServer, roomName: string, count: number, nickChars: number): number[] {
  const { ctx } = server;
  const { room } = ctx.rooms.getOrCreate(roomName);
  const ids: number[] = [];
  for (let i = 0; i < count; i++) {
    const id = ctx.nextSessionId++;
    const nick = `${i}-`.padEnd(nickChars, "ж").slice(0, Math.max(nickChars, String(i).length + 1));
    ctx.rooms.join(room, new StandInMember(id, nick) as unknown as ChatSession, new Uint8Array());
    ids.push(id);
  }
  return ids;
}

/** Creates `count` rooms with names of `nameChars` characters and topics of `topic`. */
function makeRooms(server: TestServer, count: number, nameChars: number, topic: string): string[] {
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    const name = `r${i}-`.padEnd(nameChars, "x");
    server.ctx.rooms.getOrCreate(name).room.topic = topic;
    names.push(name);
  }
  return names;
}

/** Every room through pages of at most `limit` (0: as many as fit). */
function roomsInPages(client: ProtocolClient, limit: number) {
  return collectPages(async (cursor) => {
    const list = (await client.request({ listRooms: { cursor, limit } })).roomList!;
    return { items: list.rooms ?? [], nextCursor: list.nextCursor ?? "" };
  });
}

describe("replies that grow are paged to fit maxFrameBytes", () => {
  it("lists 600 rooms with long topics page by page, all of them once", async () => {
    const maxFrameBytes = 64 * 1024;
    const { server, port } = await startServer({ ...roomy, maxFrameBytes });
    // 390 three-byte characters: about 1.2 KB a room, 700 KB in all.
    const names = makeRooms(server, 600, 64, "話".repeat(390));
    const client = await loggedIn(port, "reader", undefined, { maxFrameBytes });
    const pages: number[] = [];
    const rooms = await collectPages(async (cursor) => {
      const reply = await client.request({ listRooms: { cursor } });
      pages.push(encodeEnvelope(reply).length);
      return { items: reply.roomList?.rooms ?? [], nextCursor: reply.roomList?.nextCursor ?? "" };
    });
    expect(rooms.map((r) => r.name).sort()).toEqual([...names, "lobby"].sort());
    expect(pages.length).toBeGreaterThan(10);
    for (const size of pages) expect(size).toBeLessThanOrEqual(maxFrameBytes);
    expect((await listAllRooms(client)).length).toBe(601);
  });

  it("joins an 8,000-member room and lists every member once", async () => {
    const maxFrameBytes = 64 * 1024;
    const { server, port } = await startServer({ ...roomy, maxFrameBytes });
    const ids = fillRoom(server, "big", 8000, 32);
    const client = await loggedIn(port, "joiner", undefined, { maxFrameBytes });
    const joined = (await client.request({ joinRoom: { room: "big" } })).joined!;
    expect(joined.membersNextCursor).not.toBe("");
    const rest = await listAllMembers(client, "big", joined.membersNextCursor ?? "");
    const all = [...(joined.members ?? []), ...rest].map((m) => Number(m.sessionId));
    expect(all).toHaveLength(8001);
    expect(new Set(all).size).toBe(8001);
    expect(all.slice(0, 8000)).toEqual(ids);
    const listed = await listAllMembers(client, "big");
    expect(listed.map((m) => Number(m.sessionId))).toEqual(all);
  });

  it("answers a kick that hits more sessions and makes more bans than fit in one frame within the limit", async () => {
    const maxFrameBytes = smallestPageBytes(defaultConfig({}));
    const { server, port } = await startServer({ ...roomy, maxFrameBytes });
    // 40 sessions in 12 rooms with long names: about 1 KB each to describe.
    const rooms = Array.from({ length: 12 }, (_, i) => `room${i}-`.padEnd(64, "x"));
    const clients = await Promise.all(
      Array.from({ length: 40 }, (_, i) => loggedIn(port, `raider${i}`, rooms, { maxFrameBytes })),
    );
    const admin = await adminClient(server, { maxFrameBytes });
    const kick = async (dryRun: boolean) =>
      admin.request({
        adminKick: { address: "127.0.0.1", reason: "話".repeat(300), banPermanent: true, dryRun },
      });
    for (const dryRun of [true, false]) {
      const reply = await kick(dryRun);
      expect(encodeEnvelope(reply).length).toBeLessThanOrEqual(maxFrameBytes);
      const result = reply.adminKickResult!;
      // Every session hit is counted, and the 40 nicks and the address banned; what is listed is a
      // prefix of each, sessions first.
      expect(result.sessionsMatched).toBe(40);
      expect(result.bansMade).toBe(41);
      expect(result.sessions!.length).toBeGreaterThan(0);
      expect(result.sessions!.length + result.bans!.length).toBeLessThan(81);
      expect(result.sessions!.map((s) => s.nick)).toEqual(
        Array.from({ length: result.sessions!.length }, (_, i) => `raider${i}`),
      );
    }
    for (const client of clients) await client.waitFor((e) => e.body === "kicked");
    // The bans not listed in the reply are all stored, and page through AdminListBans.
    const bans = await collectPages(async (cursor) => {
      const list = (await admin.request({ adminListBans: { cursor } })).adminBanList!;
      return { items: list.bans ?? [], nextCursor: list.nextCursor ?? "" };
    });
    expect(bans).toHaveLength(41);
  });

  it("lists 3,000 accounts page by page, by name, all of them once", async () => {
    const maxFrameBytes = smallestPageBytes(defaultConfig({}));
    const { server } = await startServer({ ...roomy, maxFrameBytes });
    // Stored directly: hashing 3,000 passwords would be the test.
    const credentials = {
      passwordHash: "",
      scram: { salt: "", iterations: 4096, storedKey: "", serverKey: "" },
    };
    const names = Array.from({ length: 3000 }, (_, i) => `member${String(i).padStart(4, "0")}`);
    for (const name of names)
      server.ctx.accounts.create(name, name.toUpperCase(), credentials, server.ctx.now());
    const admin = await adminClient(server, { maxFrameBytes });
    for (const limit of [0, 7]) {
      const pages: number[] = [];
      const accounts = await collectPages(async (cursor) => {
        const reply = await admin.request({ adminListAccounts: { cursor, limit } });
        pages.push(encodeEnvelope(reply).length);
        const list = reply.adminAccountList!;
        return { items: list.accounts ?? [], nextCursor: list.nextCursor ?? "" };
      });
      expect(accounts.map((a) => a.name)).toEqual(names.map((n) => n.toUpperCase()));
      expect(pages.length).toBeGreaterThan(limit ? 400 : 2);
      for (const size of pages) expect(size).toBeLessThanOrEqual(maxFrameBytes);
    }
  });

  it("answers for an account with ten clients in a hundred rooms each within the limit", async () => {
    const maxFrameBytes = smallestPageBytes(defaultConfig({}));
    const { server, port } = await startServer({ ...roomy, maxFrameBytes });
    const password = "correct horse battery";
    await registerAccount(port, "many", password);
    const rooms = Array.from({ length: 100 }, (_, i) => `room${i}-`.padEnd(64, "x"));
    for (let i = 0; i < 10; i++) await loggedIn(port, "many", rooms, { password, maxFrameBytes });
    const admin = await adminClient(server, { maxFrameBytes });
    const reply = await admin.request({ adminGetAccount: { name: "many" } });
    expect(encodeEnvelope(reply).length).toBeLessThanOrEqual(maxFrameBytes);
    const detail = reply.adminAccountDetail!;
    expect(detail.account?.sessions).toBe(10);
    expect(detail.sessions!.length).toBeGreaterThan(0);
    expect(detail.sessions!.length).toBeLessThan(10);
    expect(detail.sessions!.every((s) => s.rooms?.length === 100)).toBe(true);
  });

  it("keeps every frame within the limit and returns the whole set, for any sizes (property)", async () => {
    const chars = fc.constantFrom("a", "é", "話", "😀");
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          extraFrameBytes: fc.integer({ min: 0, max: 200_000 }),
          rooms: fc.integer({ min: 0, max: 400 }),
          roomNameChars: fc.integer({ min: 3, max: 64 }),
          topicChars: fc.integer({ min: 0, max: 390 }),
          topicChar: chars,
          members: fc.integer({ min: 0, max: 2000 }),
          nickChars: fc.integer({ min: 8, max: 32 }),
          bans: fc.integer({ min: 0, max: 150 }),
          reasonChar: chars,
          limit: fc.integer({ min: 0, max: 60 }),
        }),
        async (p) => {
          const maxFrameBytes = smallestPageBytes(defaultConfig({})) + p.extraFrameBytes;
          const { server, port } = await startServer({ ...roomy, maxFrameBytes });
          const names = makeRooms(server, p.rooms, p.roomNameChars, p.topicChar.repeat(p.topicChars));
          const ids = fillRoom(server, "crowd", p.members, p.nickChars);
          const client = await loggedIn(port, "prop", ["crowd"], { maxFrameBytes });
          const admin = await adminClient(server, { maxFrameBytes });
          for (let i = 0; i < p.bans; i++)
            await admin.request({
              adminBan: { nick: `n${i}`, reason: p.reasonChar.repeat(300), permanent: true },
            });

          const rooms = await roomsInPages(client, p.limit);
          expect(rooms.map((r) => r.name)).toEqual([...names, "crowd"].sort());

          const members = await collectPages(async (cursor) => {
            const list = (await client.request({ listMembers: { room: "crowd", cursor, limit: p.limit } }))
              .memberList!;
            return { items: list.members ?? [], nextCursor: list.nextCursor ?? "" };
          });
          const own = server.ctx.registry.byNick("prop")!.id;
          expect(members.map((m) => Number(m.sessionId))).toEqual([...ids, own]);

          const bans = await collectPages(async (cursor) => {
            const list = (await admin.request({ adminListBans: { cursor, limit: p.limit } })).adminBanList!;
            return { items: list.bans ?? [], nextCursor: list.nextCursor ?? "" };
          });
          expect(bans.map((b) => b.nick)).toEqual(Array.from({ length: p.bans }, (_, i) => `n${i}`));
          await server.close();
        },
      ),
      { numRuns: 12 },
    );
  });
});
