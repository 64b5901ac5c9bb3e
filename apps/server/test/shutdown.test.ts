// Graceful shutdown: every session hears a shutdown notice, queued messages are stored and
// delivered first, and the real binary exits 0 on SIGTERM.
import { NoticeKind } from "@parley/protocol";
import { describe, expect, it } from "vitest";
import { closedWithin, isKind, loggedIn, spawnServer, startServer, tempDir } from "./helpers.js";

describe("shutdown", () => {
  it("sends a shutdown notice after delivering and storing every acknowledged message", async () => {
    const { port, server, config } = await startServer({ ratePerSecond: 10_000, rateBurst: 10_000 });
    const alice = await loggedIn(port, "alice");
    const bob = await loggedIn(port, "bob");
    const received: number[] = [];
    bob.onEvent((e) => {
      if (e.message) received.push(e.message.seq!);
    });
    const acked: number[] = [];
    const sends = Array.from({ length: 300 }, (_, i) =>
      alice.request({ sendMessage: { room: "lobby", text: `m${i}` } }).then(
        (ack) => {
          acked.push(ack.message!.seq!);
          if (acked.length === 1) void server.close();
        },
        () => undefined,
      ),
    );
    await Promise.all(sends);
    const notice = await bob.waitFor(isKind("notice"));
    expect(notice.notice?.kind).toBe(NoticeKind.NOTICE_KIND_SHUTDOWN);
    await closedWithin(alice);
    await closedWithin(bob);
    expect(acked.length).toBeGreaterThan(0);
    // Everything acknowledged reached the room before the notice ...
    expect(received).toEqual(expect.arrayContaining(acked));
    // ... and is stored.
    // One server per data directory: the next starts once this one has finished closing.
    await server.close();
    const again = await startServer({}, { dataDir: config.dataDir });
    const reader = await loggedIn(again.port, "reader", [{ room: "lobby", resume: true, sinceSeq: 0 }]);
    const history = await reader.request({ fetchHistory: { room: "lobby", afterSeq: 0 } });
    const stored = new Set(history.history?.messages?.map((m) => m.seq));
    for (const seq of acked) expect(stored.has(seq)).toBe(true);
  });

  it("exits 0 on SIGTERM after telling clients", async () => {
    const { child, port } = await spawnServer(["--port", "0", "--admin-port", "0", "--data-dir", tempDir()]);
    const client = await loggedIn(port, "alice");
    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    child.kill("SIGTERM");
    const notice = await client.waitFor(isKind("notice"));
    expect(notice.notice?.kind).toBe(NoticeKind.NOTICE_KIND_SHUTDOWN);
    expect(await exited).toBe(0);
  });
});
