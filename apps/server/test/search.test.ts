// SearchHistory over real sockets: what a session may read and nothing else, pages by cursor, the
// result cap, the rate cost, the reply cost, and clear refusals for a query with nothing to search.
import { ErrorCode, type ProtocolClient, type ServerError } from "@parley/protocol";
import { describe, expect, it } from "vitest";
import { loggedIn, startServer } from "./helpers.js";

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (e: ServerError) => e,
  );

async function say(client: ProtocolClient, target: { room: string } | { toNick: string }, text: string) {
  await client.request({ sendMessage: { ...target, text } });
}

const found = async (client: ProtocolClient, search: Record<string, unknown>) => {
  const reply = await client.request({ searchHistory: search });
  return reply.searchResults!;
};
const texts = (results: { messages?: { text?: string | null }[] | null }) =>
  (results.messages ?? []).map((m) => m.text);

describe("SearchHistory", () => {
  it("finds what the session may read: its rooms and its own direct conversations, newest first", async () => {
    const { port } = await startServer({ ratePerSecond: 1000, rateBurst: 1000 });
    const ana = await loggedIn(port, "ana", ["lobby"]);
    const bob = await loggedIn(port, "bob", ["lobby", "staff"]);
    const cy = await loggedIn(port, "cy", ["lobby"]);
    await say(bob, { room: "lobby" }, "the deploy starts at noon");
    await say(bob, { room: "staff" }, "deploy keys rotated");
    await say(bob, { toNick: "ana" }, "can you watch the deploy?");
    await say(bob, { toNick: "cy" }, "cy, the deploy is yours");
    await say(cy, { room: "lobby" }, "lunch anyone");

    const results = await found(ana, { query: "Deploy!" });
    expect(texts(results)).toEqual(["can you watch the deploy?", "the deploy starts at noon"]);
    expect(results.terms).toEqual(["deploy"]);
    expect(results.nextCursor ?? 0).toBe(0);
    expect(results.messages?.[0]).toMatchObject({ fromNick: "bob", toNick: "ana", seq: 1 });
    expect(results.messages?.[1]).toMatchObject({ room: "lobby", fromNick: "bob" });
    expect(texts(await found(bob, { query: "deploy" }))).toHaveLength(4);
    expect(texts(await found(ana, { query: "deploy", room: "lobby" }))).toEqual([
      "the deploy starts at noon",
    ]);
    expect(texts(await found(ana, { query: "deploy", withNick: "BOB" }))).toEqual([
      "can you watch the deploy?",
    ]);
    // Not in #staff: refused as FetchHistory would be, not answered from its history.
    const staff = await refusal(ana.request({ searchHistory: { query: "deploy", room: "staff" } }));
    expect(staff?.code).toBe(ErrorCode.ERROR_CODE_NOT_IN_ROOM);
  });

  it("pages through many matches with the cursor, capped at searchMaxResults a page", async () => {
    const { port } = await startServer({ ratePerSecond: 1000, rateBurst: 1000, searchMaxResults: 4 });
    const ana = await loggedIn(port, "ana", ["lobby"]);
    for (let i = 1; i <= 10; i++) await say(ana, { room: "lobby" }, `status report ${i}`);
    const seen: string[] = [];
    let cursor = 0;
    let pages = 0;
    do {
      const page = await found(ana, { query: "report", limit: 100, cursor });
      expect(page.messages?.length).toBeLessThanOrEqual(4);
      seen.push(...(texts(page) as string[]));
      cursor = Number(page.nextCursor ?? 0);
      pages++;
    } while (cursor > 0);
    expect(pages).toBe(3);
    expect(seen).toEqual(Array.from({ length: 10 }, (_, i) => `status report ${10 - i}`));
  });

  it("refuses a query with no word, or too long, and charges searchCostTokens against the rate limit", async () => {
    const { port } = await startServer({ ratePerSecond: 1, rateBurst: 10, searchCostTokens: 5 });
    const ana = await loggedIn(port, "ana", ["lobby"]);
    const empty = await refusal(ana.request({ searchHistory: { query: " ?!* " } }));
    expect(empty?.code).toBe(ErrorCode.ERROR_CODE_BAD_SEARCH);
    const long = await refusal(ana.request({ searchHistory: { query: "a".repeat(4001) } }));
    expect(long?.code).toBe(ErrorCode.ERROR_CODE_MESSAGE_TOO_LONG);
    // Login and the two refusals took a token each, leaving 7 of 10: one search takes 5, leaving 2;
    // a second starts on them and goes into debt; the third is refused.
    await found(ana, { query: "anything" });
    await found(ana, { query: "anything" });
    const limited = await refusal(ana.request({ searchHistory: { query: "anything" } }));
    expect(limited?.code).toBe(ErrorCode.ERROR_CODE_RATE_LIMITED);
    expect(limited?.retryAfterMs).toBeGreaterThan(0);
  });
});
