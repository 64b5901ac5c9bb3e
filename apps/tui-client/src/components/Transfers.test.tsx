import { render } from "ink-testing-library";
import { describe, expect, it } from "vitest";
import {
  initialTransfers,
  type TransferAction,
  type TransferEvent,
  type TransfersState,
  transfersReducer,
} from "../state/transfers.js";
import { Transfers, transfersHeight } from "./Transfers.js";

const MiB = 1024 * 1024;
const run = (events: [number, TransferEvent][]): TransfersState =>
  events.reduce((s, [nowMs, e]) => transfersReducer(s, { ...e, nowMs } as TransferAction), initialTransfers);

describe("Transfers", () => {
  it("shows one bar per running transfer with percent, speed and time left", () => {
    const state = run([
      [
        0,
        {
          type: "transferStarted",
          id: "t1",
          direction: "upload",
          name: "big.iso",
          peer: "#lobby",
          totalBytes: 10 * MiB,
        },
      ],
      [0, { type: "transferPhase", id: "t1", phase: "active" }],
      [
        0,
        {
          type: "transferStarted",
          id: "t2",
          direction: "download",
          name: "photo.jpg",
          peer: "ana",
          totalBytes: 4 * MiB,
        },
      ],
      [2000, { type: "transferProgress", id: "t1", bytes: 5 * MiB }],
      [2000, { type: "transferProgress", id: "t2", bytes: 1 * MiB }],
    ]);
    const { lastFrame } = render(<Transfers state={state} width={100} nowMs={2000} />);
    const lines = lastFrame()!.split("\n");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain("↑ big.iso → #lobby");
    expect(lines[0]).toContain(" 50%  5.00 MiB of 10.0 MiB  2.50 MiB/s  0:02 left");
    expect(lines[0]).toContain("█");
    expect(lines[1]).toContain("↓ photo.jpg from ana");
    expect(lines[1]).toContain(" 25%  1.00 MiB of 4.00 MiB  512 KiB/s  0:06 left");
    expect(transfersHeight(state)).toBe(2);
  });

  it("says when it waits to resume, and how each transfer ended", () => {
    const state = run([
      [
        0,
        { type: "transferStarted", id: "a", direction: "upload", name: "a.bin", peer: "bo", totalBytes: MiB },
      ],
      [0, { type: "transferPhase", id: "a", phase: "waiting" }],
      [
        0,
        {
          type: "transferStarted",
          id: "b",
          direction: "download",
          name: "b.bin",
          peer: "bo",
          totalBytes: MiB,
        },
      ],
      [5, { type: "transferDone", id: "b", detail: "/tmp/dl/b.bin" }],
      [
        0,
        { type: "transferStarted", id: "c", direction: "upload", name: "c.bin", peer: "#x", totalBytes: MiB },
      ],
      [
        6,
        {
          type: "transferFailed",
          id: "c",
          reason: "c.bin is too large: files are limited to 10 B.",
          cancelled: false,
        },
      ],
    ]);
    const frame = render(<Transfers state={state} width={120} nowMs={10} />).lastFrame()!;
    expect(frame).toContain("reconnecting to resume…");
    expect(frame).toContain("✔ saved to /tmp/dl/b.bin");
    expect(frame).toContain("✘ failed: c.bin is too large");
  });

  it("fits narrow terminals without wrapping, and draws nothing when idle", () => {
    const state = run([
      [
        0,
        {
          type: "transferStarted",
          id: "t1",
          direction: "upload",
          name: "a-rather-long-file-name.tar.gz",
          peer: "#lobby",
          totalBytes: MiB,
        },
      ],
      [0, { type: "transferPhase", id: "t1", phase: "active" }],
    ]);
    const frame = render(<Transfers state={state} width={40} nowMs={0} />).lastFrame()!;
    expect(frame.split("\n")).toHaveLength(1);
    expect(render(<Transfers state={initialTransfers} width={40} nowMs={0} />).lastFrame()).toBe("");
  });
});
