// Text that would fool a reader, over real sockets: bidi overrides and C1 controls in nicks, room
// names, topics and file names are refused; look-alike and blank nicks are refused or collide; each
// refusal ends only that request, while a bystander in the same room is still served.
import { ErrorCode, PROTOCOL_VERSION, ServerError } from "@parley/protocol";
import { describe, expect, it } from "vitest";
import { adminClient } from "./admin-helpers.js";
import { BYSTANDER_PING_BOUND_MS, barrier, loggedIn, pingMs, rawClient, startServer } from "./helpers.js";

/** The code a request is refused with (throws if it is accepted). */
async function refusedWith(promise: Promise<unknown>): Promise<ErrorCode | undefined> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof ServerError)) throw new Error(`expected a refusal, got ${String(error)}`);
  return error.code;
}

describe("bidi and C1 controls", () => {
  it("are refused in nicks, room names, topics and file names; the session and a bystander go on", async () => {
    const { port } = await startServer();
    const bystander = await loggedIn(port, "carol");
    const mallory = await loggedIn(port, "mallory");

    for (const nick of ["bob\u202e", "\u202ebob", "bo\u009bb", "bob\u2066", "bob\u200f"])
      expect(await refusedWith(mallory.request({ setNick: { nick } }))).toBe(
        ErrorCode.ERROR_CODE_INVALID_NICK,
      );
    for (const room of ["ops\u202e", "o\u009bps"])
      expect(await refusedWith(mallory.request({ joinRoom: { room } }))).toBe(
        ErrorCode.ERROR_CODE_INVALID_ROOM,
      );
    for (const topic of ["free \u202egift", "\u009b31mred", "a\u2067b\u2069"])
      expect(await refusedWith(mallory.request({ setTopic: { room: "lobby", topic } }))).toBe(
        ErrorCode.ERROR_CODE_BAD_REQUEST,
      );
    for (const name of ["invoice\u202efdp.exe", "report\u009b.txt", "a\u200fb.txt"]) {
      const offer = { room: "lobby", name, size: 1, sha256: "0".repeat(64) };
      expect(await refusedWith(mallory.request({ fileOffer: offer }))).toBe(
        ErrorCode.ERROR_CODE_INVALID_FILE_NAME,
      );
    }

    // Right-to-left text itself is fine: no control is needed to write it.
    await mallory.request({ setTopic: { room: "lobby", topic: "שלום عليكم" } });
    await barrier(bystander, mallory);
    expect(await pingMs(bystander)).toBeLessThan(BYSTANDER_PING_BOUND_MS);
    expect(bystander.conn.isClosed).toBe(false);
    expect(mallory.conn.isClosed).toBe(false);
    const fresh = await rawClient(port);
    expect(fresh.conn.isClosed).toBe(false);
  });
});

describe("look-alike nicks", () => {
  it("refuses disguised reserved nicks and blank ones, and lets only one of two look-alikes online", async () => {
    const { port } = await startServer();
    const bystander = await loggedIn(port, "carol");
    for (const nick of [
      "\u0430dmin",
      "\uff41\uff44\uff4d\uff49\uff4e",
      "\u{1d41a}\u{1d41d}\u{1d426}\u{1d422}\u{1d427}",
      "ADM\u0130N",
      "\u3164",
    ]) {
      const client = await rawClient(port);
      await client.request({ hello: { protocolVersion: PROTOCOL_VERSION } });
      expect(await refusedWith(client.request({ login: { nick } }))).toBe(ErrorCode.ERROR_CODE_INVALID_NICK);
    }
    const alice = await loggedIn(port, "alice");
    const impostor = await rawClient(port);
    await impostor.request({ hello: { protocolVersion: PROTOCOL_VERSION } });
    expect(await refusedWith(impostor.request({ login: { nick: "\u0430lice" } }))).toBe(
      ErrorCode.ERROR_CODE_NICK_IN_USE,
    );
    // Renaming into a look-alike is refused the same way.
    const bob = await loggedIn(port, "bob");
    expect(await refusedWith(bob.request({ setNick: { nick: "\u0430lice" } }))).toBe(
      ErrorCode.ERROR_CODE_NICK_IN_USE,
    );
    await barrier(bystander, alice);
    expect(await pingMs(bystander)).toBeLessThan(BYSTANDER_PING_BOUND_MS);
    expect(bystander.conn.isClosed).toBe(false);
  });

  it("holds a nick ban against look-alikes of the nick", async () => {
    const { server, port } = await startServer();
    const bystander = await loggedIn(port, "carol");
    const admin = await adminClient(server);
    await admin.request({ adminBan: { nick: "bob", permanent: true } });
    const evader = await rawClient(port);
    await evader.request({ hello: { protocolVersion: PROTOCOL_VERSION } });
    expect(await refusedWith(evader.request({ login: { nick: "b\u043eb" } }))).toBe(
      ErrorCode.ERROR_CODE_BANNED,
    );
    expect(await pingMs(bystander)).toBeLessThan(BYSTANDER_PING_BOUND_MS);
  });
});

describe("look-alike room names", () => {
  it("refuses a new room whose name looks like an existing one, and lets members of both go on", async () => {
    const { port, server } = await startServer();
    const bystander = await loggedIn(port, "carol", ["admin"]);
    const mallory = await loggedIn(port, "mallory");
    // Cyrillic а, fullwidth, mathematical bold and a dotted capital I all fold or skeleton to "admin".
    for (const room of ["#аdmin", "аdmin", "#ADMİN", "#аdmіn"]) {
      const error = (await mallory.request({ joinRoom: { room } }).catch((e: unknown) => e)) as ServerError;
      expect(error).toBeInstanceOf(ServerError);
      expect(error.code).toBe(ErrorCode.ERROR_CODE_INVALID_ROOM);
      expect(error.message).toContain('looks too much like the existing room "admin"');
    }
    // Names that fold to the room itself simply join it.
    for (const room of ["#ADMIN", "ａｄｍｉｎ", "𝐚𝐝𝐦𝐢𝐧"])
      expect((await mallory.request({ joinRoom: { room } })).joined?.room).toBe("admin");
    expect([...server.ctx.rooms.all()].map((r) => r.name).sort()).toEqual(["admin", "lobby"]);
    // A room that only resembles nothing is created as before.
    expect((await mallory.request({ joinRoom: { room: "#adm1n" } })).joined?.room).toBe("adm1n");
    expect(await pingMs(bystander)).toBeLessThan(BYSTANDER_PING_BOUND_MS);
    expect(bystander.conn.isClosed).toBe(false);
  });
});
