// Disk use by chat history, over real sockets: the byte limit per message, retention by age on by
// default, and the total history cap pruning the oldest messages while a bystander stays served.
import { ErrorCode, type ServerError } from "@parley/protocol";
import { describe, expect, it } from "vitest";
import { ManualClock } from "../src/clock.js";
import { BYSTANDER_PING_BOUND_MS, loggedIn, pingMs, startServer, tempDir } from "./helpers.js";

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (e: ServerError) => e,
  );

describe("history bounds", () => {
  it("maxMessageBytes: refuses 4000 emoji (16,000 bytes) and takes 4000 Chinese characters (12,000)", async () => {
    const { port, server } = await startServer();
    expect(server.ctx.config.maxMessageBytes).toBe(12_000);
    const client = await loggedIn(port, "writer");
    expect(server.ctx.config.maxMessageChars).toBe(4000);
    const emoji = await refusal(client.request({ sendMessage: { room: "lobby", text: "😀".repeat(4000) } }));
    expect(emoji?.code).toBe(ErrorCode.ERROR_CODE_MESSAGE_TOO_LONG);
    expect(emoji?.message).toMatch(/12000 bytes/);
    const chinese = await client.request({ sendMessage: { room: "lobby", text: "中".repeat(4000) } });
    expect(chinese.message?.seq).toBe(1);
  });

  it("announces maxMessageBytes in Welcome.limits", async () => {
    const { port } = await startServer({ maxMessageBytes: 5000 });
    const client = await loggedIn(port, "reader");
    expect(client.welcome?.limits?.maxMessageBytes).toBe(5000);
  });

  it("historyRetentionBytes: a flood from many sessions keeps history under the cap, oldest first, bystander served", async () => {
    const capBytes = 256 * 1024;
    const { port, server } = await startServer({
      historyRetentionBytes: capBytes,
      ratePerSecond: 10_000,
      rateBurst: 10_000,
    });
    const bystander = await loggedIn(port, "bystander", ["lobby"]);
    const attackers = await Promise.all(
      Array.from({ length: 10 }, (_, i) => loggedIn(port, `flood${i}`, ["flood"])),
    );
    const text = "😀".repeat(2900); // 11,600 bytes, inside both per-message limits
    const pings: number[] = [];
    for (let round = 0; round < 10; round++) {
      const sent = attackers.map((a) => a.request({ sendMessage: { room: "flood", text } }));
      pings.push(await pingMs(bystander));
      await Promise.all(sent);
    }
    // 100 messages of ~11.7 KB: ~1.2 MB written against a 256 KiB cap.
    const stored = server.ctx.messages.storedBytes;
    expect(stored).toBeLessThanOrEqual(capBytes);
    // The running count agrees with the store's own sum over its rows.
    expect(await server.ctx.store.messages.totalBytes()).toBe(stored);
    const history = await attackers[0]!.request({ fetchHistory: { room: "flood", afterSeq: 0 } });
    const seqs = history.history!.messages!.map((m) => m.seq);
    // The oldest went first: what is left is the newest run, ending at the last message.
    expect(seqs.at(-1)).toBe(100);
    expect(seqs[0]).toBeGreaterThan(1);
    expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, i) => seqs[0]! + i));
    expect(Math.max(...pings)).toBeLessThan(BYSTANDER_PING_BOUND_MS);
    const ack = await bystander.request({ sendMessage: { room: "lobby", text: "still here" } });
    expect(ack.message?.text).toBe("still here");
  });

  it("historyRetentionDays: on by default (90 days); older messages are gone after a restart", async () => {
    const dataDir = tempDir();
    const startMs = Date.UTC(2026, 0, 1);
    const first = await startServer({}, { dataDir, options: { clock: new ManualClock(startMs) } });
    expect(first.config.historyRetentionDays).toBe(90);
    const writer = await loggedIn(first.port, "writer");
    await writer.request({ sendMessage: { room: "lobby", text: "old news" } });
    await first.server.close();

    const dayMs = 86_400_000;
    const second = await startServer(
      {},
      { dataDir, options: { clock: new ManualClock(startMs + 89 * dayMs) } },
    );
    const reader = await loggedIn(second.port, "reader");
    const kept = await reader.request({ fetchHistory: { room: "lobby", afterSeq: 0 } });
    expect(kept.history!.messages!.map((m) => m.text)).toEqual(["old news"]);
    await second.server.close();

    const third = await startServer(
      {},
      { dataDir, options: { clock: new ManualClock(startMs + 91 * dayMs) } },
    );
    const later = await loggedIn(third.port, "later");
    const gone = await later.request({ fetchHistory: { room: "lobby", afterSeq: 0 } });
    expect(gone.history!.messages).toEqual([]);
    expect(third.server.ctx.messages.storedBytes).toBe(0);
  });
});
