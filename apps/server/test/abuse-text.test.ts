// Text that would fool a reader, over real sockets: bidi overrides and C1 controls in nicks, room
// names, topics and file names are refused, each refusal ending only that request, while a bystander
// in the same room is still served.
import { ErrorCode, ServerError } from "@parley/protocol";
import { describe, expect, it } from "vitest";
import { barrier, loggedIn, rawClient, startServer } from "./helpers.js";

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
    expect(bystander.conn.isClosed).toBe(false);
    expect(mallory.conn.isClosed).toBe(false);
    const fresh = await rawClient(port);
    expect(fresh.conn.isClosed).toBe(false);
  });
});
