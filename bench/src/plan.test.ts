// Delivery schedules: who must receive how many messages in each traffic mode.
import { describe, expect, it } from "vitest";
import { directRecipient, expectedDeliveries, messagesSentBy, type TrafficPlan } from "./plan.js";

function plan(overrides: Partial<TrafficPlan>): TrafficPlan {
  return {
    kind: "traffic",
    target: { kind: "relay", port: 1 },
    clientIndices: [],
    clients: 4,
    roomSize: 4,
    messagesPerClient: 10,
    payloadBytes: 100,
    window: 4,
    directEvery: 0,
    connectConcurrency: 1,
    stallTimeoutMs: 1000,
    ...overrides,
  };
}

describe("schedule", () => {
  it("fan-out: every client receives every other client's messages", () => {
    expect(expectedDeliveries(plan({}))).toEqual([30, 30, 30, 30]);
  });

  it("rooms: only room-mates' messages, plus direct messages addressed to the client", () => {
    const p = plan({ clients: 6, roomSize: 3, messagesPerClient: 6, directEvery: 3 });
    // Each client sends 4 room messages and 2 direct messages.
    const expected = expectedDeliveries(p);
    const directTotal = expected.reduce((n, e) => n + e, 0) - 6 * 2 * 4;
    expect(directTotal).toBe(12);
    for (let s = 0; s < 6; s++) {
      for (let k = 0; k < 6; k++) {
        const to = directRecipient(p, s, k);
        expect(to).not.toBe(s);
        expect(to >= 0).toBe(k % 3 === 2);
      }
    }
  });

  it("rate mode: message g goes to client g mod N", () => {
    const p = plan({ clients: 4, rate: { messagesPerSecond: 10, durationMs: 1100, warmupMs: 0 } });
    expect([0, 1, 2, 3].map((i) => messagesSentBy(p, i))).toEqual([3, 3, 3, 2]);
    expect(expectedDeliveries(p)).toEqual([8, 8, 8, 9]);
  });
});
