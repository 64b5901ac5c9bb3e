// The floors speak enough of Parley for the bench's own client: a handshake into a room with the
// member list and the next joiner's presence, and room and direct messages relayed with the sender's
// copy as its acknowledgement — stored first, with a seq, by floor-durable.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ParleyClient } from "./clients/parley.js";
import type { ChatSink } from "./clients/types.js";
import { floorScript, type RunningServer, startServer } from "./servers.js";

/** Collects the texts of the chat messages a client receives (not its own acknowledgements). */
function collector(): ChatSink & { texts: string[]; count(n: number): Promise<string[]> } {
  const texts: string[] = [];
  let waiting: { n: number; resolve(texts: string[]): void } | undefined;
  return {
    texts,
    count(n) {
      if (texts.length >= n) return Promise.resolve(texts);
      return new Promise((resolve) => {
        waiting = { n, resolve };
      });
    },
    onChat(bytes, start, end) {
      texts.push(Buffer.from(bytes.subarray(start, end)).toString());
      if (waiting && texts.length >= waiting.n) waiting.resolve(texts);
    },
    onLost() {},
    onServerError() {},
  };
}

for (const durable of [false, true]) {
  describe(durable ? "floor-durable" : "floor", () => {
    let server: RunningServer;
    beforeAll(async () => {
      server = await startServer("parley", {
        serverBin: await floorScript(true),
        extraArgs: durable ? ["--store-messages"] : [],
      });
    });
    afterAll(() => server.stop());

    it("gives Parley's handshake and relays room and direct messages", async () => {
      const adaSink = collector();
      const ada = new ParleyClient({ port: server.port, nick: "ada", rooms: ["bench-0"] }, adaSink);
      await ada.handshake(10_000);
      expect(ada.welcome?.serverName).toBe("floor");
      const joinSeen = ada.waitFor((e) => e.body === "presence" && e.presence?.nick === "bo");

      const boSink = collector();
      const bo = new ParleyClient({ port: server.port, nick: "bo", rooms: ["bench-0"] }, boSink);
      const joined = bo.waitFor((e) => e.body === "joined");
      await bo.handshake(10_000);
      expect((await joined)?.joined?.members?.map((m) => m.nick)).toEqual(["ada", "bo"]);
      expect((await joinSeen)?.presence?.room).toBe("bench-0");

      const first = await ada.request({ sendMessage: { room: "bench-0", text: "one", clientMsgId: "a1" } });
      const second = await ada.request({ sendMessage: { toNick: "bo", text: "two", clientMsgId: "a2" } });
      expect(first.message?.text).toBe("one");
      expect(second.message?.toNick).toBe("bo");
      // Only a store numbers messages.
      expect(first.message?.seq ?? 0).toBe(durable ? 1 : 0);
      await ada.request({ sendMessage: { room: "bench-0", text: "three", clientMsgId: "a3" } });
      expect(await boSink.count(3)).toEqual(["one", "two", "three"]);
      expect(adaSink.texts).toEqual([]);
      ada.close();
      bo.close();
    });
  });
}
