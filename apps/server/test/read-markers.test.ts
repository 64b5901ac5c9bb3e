// Read markers over real sockets: an account's clients share them (a marker set on one reaches the
// others), Login returns the unread counts they give, across logins and a restart, and the number
// kept per account is bounded.
import { ErrorCode, type ProtocolClient, type ServerError, type Unread } from "@parley/protocol";
import { describe, expect, it } from "vitest";
import { ManualClock } from "../src/clock.js";
import { isKind, loggedIn, rawClient, registerAccount, startServer, tempDir } from "./helpers.js";

const PASSWORD = "correct horse battery";

/** Logs in to `nick`'s account and returns the client with its LoggedIn.unread. */
async function withUnread(port: number, nick: string): Promise<{ client: ProtocolClient; unread: Unread[] }> {
  const client = await rawClient(port, { answerPings: true });
  const result = await client.login({ clientName: "test", clientVersion: "1", nick, password: PASSWORD });
  await client.waitFor(isKind("history"));
  return { client, unread: result.loggedIn.unread ?? [] };
}

/** Unread entries as plain objects, conversations by name. */
function counts(unread: Unread[]): Record<string, { readSeq: number; count: number }> {
  return Object.fromEntries(
    unread.map((u) => [
      u.room ? `#${u.room}` : (u.withNick ?? ""),
      { readSeq: Number(u.readSeq), count: Number(u.count) },
    ]),
  );
}

async function say(client: ProtocolClient, target: { room: string } | { toNick: string }, n: number) {
  for (let i = 1; i <= n; i++) await client.request({ sendMessage: { ...target, text: `message ${i}` } });
}

describe("read markers", () => {
  it("are shared by an account's clients and give unread counts at login, also after a restart", async () => {
    const dataDir = tempDir();
    const first = await startServer({}, { dataDir });
    await registerAccount(first.port, "nia", PASSWORD);
    await registerAccount(first.port, "oz", PASSWORD);
    const oz = await loggedIn(first.port, "oz", undefined, { password: PASSWORD, answerPings: true });
    const { client: laptop } = await withUnread(first.port, "nia");
    const { client: phone } = await withUnread(first.port, "nia");
    await say(oz, { room: "lobby" }, 5);
    await say(oz, { toNick: "nia" }, 3);
    await laptop.request({ setReadMarker: { room: "lobby", seq: 4 } });
    const event = await phone.waitFor(isKind("readMarker"));
    expect(event.readMarker).toMatchObject({ room: "lobby" });
    expect(Number(event.readMarker?.seq)).toBe(4);
    await phone.request({ setReadMarker: { withNick: "oz", seq: 1 } });
    const dm = await laptop.waitFor(isKind("readMarker"));
    expect(dm.readMarker?.withNick).toBe("oz");
    // A marker never moves back.
    await phone.request({ setReadMarker: { room: "lobby", seq: 2 } });
    const third = await withUnread(first.port, "nia");
    expect(counts(third.unread)).toEqual({
      "#lobby": { readSeq: 4, count: 1 },
      oz: { readSeq: 1, count: 2 },
    });

    await first.server.close();
    const second = await startServer({}, { dataDir });
    const after = await withUnread(second.port, "nia");
    expect(counts(after.unread)).toEqual({
      "#lobby": { readSeq: 4, count: 1 },
      oz: { readSeq: 1, count: 2 },
    });
    // Past the end is the end.
    await after.client.request({ setReadMarker: { room: "lobby", seq: 999 } });
    await after.client.request({ setReadMarker: { withNick: "oz", seq: 3 } });
    expect(counts((await withUnread(second.port, "nia")).unread)).toEqual({});
  });

  it("counts a direct conversation never marked from its start (until its peer drops its account), and refuses guests and unknown names", async () => {
    const { port } = await startServer();
    await registerAccount(port, "pia", PASSWORD);
    await registerAccount(port, "quin", PASSWORD);
    const quin = await loggedIn(port, "quin", undefined, { password: PASSWORD });
    await say(quin, { toNick: "pia" }, 2);
    const { client: pia, unread } = await withUnread(port, "pia");
    expect(counts(unread)).toEqual({ quin: { readSeq: 0, count: 2 } });
    const noRoom = (await pia
      .request({ setReadMarker: { room: "nowhere", seq: 1 } })
      .catch((e) => e)) as ServerError;
    expect(noRoom.code).toBe(ErrorCode.ERROR_CODE_NO_SUCH_ROOM);
    const noUser = (await pia
      .request({ setReadMarker: { withNick: "nobody", seq: 1 } })
      .catch((e) => e)) as ServerError;
    expect(noUser.code).toBe(ErrorCode.ERROR_CODE_NO_SUCH_USER);
    const guest = await loggedIn(port, "ray");
    const refused = (await guest
      .request({ setReadMarker: { room: "lobby", seq: 1 } })
      .catch((e) => e)) as ServerError;
    expect(refused.code).toBe(ErrorCode.ERROR_CODE_BAD_REQUEST);
    // A dropped account's conversations are gone, from everyone's counts too.
    await quin.request({ dropAccount: { password: PASSWORD } });
    expect(counts((await withUnread(port, "pia")).unread)).toEqual({});
  });

  it("keeps at most maxReadMarkersPerAccount markers, forgetting the one updated longest ago", async () => {
    const clock = new ManualClock();
    const { port } = await startServer({ maxReadMarkersPerAccount: 2 }, { options: { clock } });
    await registerAccount(port, "sam", PASSWORD);
    const tom = await loggedIn(port, "tom", ["a", "b", "c"], { answerPings: true });
    for (const room of ["a", "b", "c"]) await say(tom, { room }, 2);
    const sam = await loggedIn(port, "sam", ["a", "b", "c"], { password: PASSWORD });
    for (const room of ["a", "b", "c"]) {
      await sam.request({ setReadMarker: { room, seq: 1 } });
      clock.advance(1);
    }
    await sam.request({ quit: {} });
    expect(counts((await withUnread(port, "sam")).unread)).toEqual({
      "#b": { readSeq: 1, count: 1 },
      "#c": { readSeq: 1, count: 1 },
    });
  });
});
