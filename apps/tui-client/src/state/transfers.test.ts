import { describe, expect, it } from "vitest";
import {
  describeFileMessage,
  initialTransfers,
  MAX_FINISHED_SHOWN,
  parseTarget,
  resolveFileRef,
  type TransferAction,
  type TransferEvent,
  type TransfersState,
  transfersReducer,
} from "./transfers.js";

const run = (events: [number, TransferEvent][], state: TransfersState = initialTransfers) =>
  events.reduce((s, [nowMs, e]) => transfersReducer(s, { ...e, nowMs } as TransferAction), state);

const upload = (id: string): Extract<TransferEvent, { type: "transferStarted" }> => ({
  type: "transferStarted",
  id,
  direction: "upload",
  name: `${id}.bin`,
  peer: "#lobby",
  totalBytes: 0,
});

describe("transfers reducer", () => {
  it("follows an upload from hashing through sending to done", () => {
    let s = run([
      [0, upload("t1")],
      [0, { type: "transferDescribed", id: "t1", name: "t1.bin", peer: "#lobby", totalBytes: 1000 }],
      [100, { type: "transferProgress", id: "t1", bytes: 1000 }],
    ]);
    expect(s.transfers[0]).toMatchObject({
      phase: "hashing",
      progress: { doneBytes: 1000, totalBytes: 1000 },
    });
    s = run(
      [
        [200, { type: "transferPhase", id: "t1", phase: "active" }],
        [1200, { type: "transferProgress", id: "t1", bytes: 400 }],
      ],
      s,
    );
    // Sending restarted the readings: 400 bytes in the second since hashing ended.
    expect(s.transfers[0]).toMatchObject({ phase: "active", progress: { doneBytes: 400, startedAtMs: 200 } });
    s = run([[1500, { type: "transferDone", id: "t1", detail: "f00d" }]], s);
    expect(s.transfers[0]).toMatchObject({ phase: "done", detail: "f00d", finishedAtMs: 1500 });
    expect(s.transfers[0]!.progress.doneBytes).toBe(1000);
    // Late progress after the end changes nothing.
    expect(run([[1600, { type: "transferProgress", id: "t1", bytes: 10 }]], s)).toEqual(s);
  });

  it("keeps several transfers apart, marks waiting and failures, and removes on request", () => {
    let s = run([
      [0, upload("t1")],
      [0, { ...upload("t2"), direction: "download", peer: "" }],
      [10, { type: "transferPhase", id: "t1", phase: "active" }],
      [20, { type: "transferPhase", id: "t2", phase: "waiting" }],
      [30, { type: "transferFailed", id: "t1", reason: "too large", cancelled: false }],
    ]);
    expect(s.transfers.map((t) => [t.id, t.phase])).toEqual([
      ["t1", "failed"],
      ["t2", "waiting"],
    ]);
    s = run([[40, { type: "transferFailed", id: "t2", reason: "Cancelled.", cancelled: true }]], s);
    expect(s.transfers[1]!.phase).toBe("cancelled");
    s = run([[50, { type: "transferRemoved", id: "t1" }]], s);
    expect(s.transfers.map((t) => t.id)).toEqual(["t2"]);
  });

  it("shows every running transfer but only the newest finished ones", () => {
    const events: [number, TransferEvent][] = [];
    for (let i = 0; i < 6; i++) events.push([i, upload(`u${i}`)]);
    events.push([10, upload("running")]);
    for (let i = 0; i < 6; i++) events.push([20 + i, { type: "transferDone", id: `u${i}`, detail: "" }]);
    const s = run(events);
    expect(s.transfers.map((t) => t.id)).toEqual(["u3", "u4", "u5", "running"]);
    expect(s.transfers.filter((t) => t.finishedAtMs !== null)).toHaveLength(MAX_FINISHED_SHOWN);
  });

  it("ignores events for unknown transfers", () => {
    expect(run([[0, { type: "transferProgress", id: "nope", bytes: 1 }]])).toBe(initialTransfers);
  });
});

describe("announced files and /get arguments", () => {
  const id1 = "3fa9c2d1aaaaaaaaaaaaaaaaaaaaaaaa";
  const id2 = "3fa9ffffbbbbbbbbbbbbbbbbbbbbbbbb";
  const s = run([
    [0, { type: "fileAnnounced", file: { id: id1, name: "a.txt", size: 10, fromNick: "ana" } }],
    [1, { type: "fileAnnounced", file: { id: id2, name: "b.txt", size: 20, fromNick: "bo" } }],
    [2, { type: "fileAnnounced", file: { id: id1, name: "a.txt", size: 10, fromNick: "ana" } }],
  ]);

  it("remembers each file once", () => {
    expect(s.files.map((f) => f.id)).toEqual([id1, id2]);
  });

  it("takes a full id, a unique prefix, or nothing for the newest file", () => {
    expect(resolveFileRef(s, id1.toUpperCase())).toEqual({ ok: true, id: id1 });
    expect(resolveFileRef(s, "3fa9c")).toEqual({ ok: true, id: id1 });
    expect(resolveFileRef(s, "")).toEqual({ ok: true, id: id2 });
    expect(resolveFileRef(s, "3fa9")).toMatchObject({
      ok: false,
      reason: expect.stringContaining("2 files"),
    });
    expect(resolveFileRef(s, "3fa")).toMatchObject({
      ok: false,
      reason: expect.stringContaining("4 characters"),
    });
    expect(resolveFileRef(s, "beef")).toMatchObject({
      ok: false,
      reason: expect.stringContaining("No announced file"),
    });
    expect(resolveFileRef(initialTransfers, "")).toMatchObject({ ok: false });
  });

  it("describes a file message with its size and a short /get", () => {
    expect(describeFileMessage({ id: id1, name: "a.txt", size: 2048 })).toBe(
      "sent a file: a.txt (2 KiB) · /get 3fa9c2d1",
    );
  });

  it("reads targets: #room or nick", () => {
    expect(parseTarget("#lobby")).toEqual({ room: "lobby" });
    expect(parseTarget("ana")).toEqual({ nick: "ana" });
    expect(parseTarget("#")).toBeNull();
    expect(parseTarget(" ")).toBeNull();
    expect(parseTarget("a b")).toBeNull();
  });
});
