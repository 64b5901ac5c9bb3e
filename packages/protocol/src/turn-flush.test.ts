// flushAtTurnEnd: every writer corked in a turn is flushed once the turn's operation ends, in order,
// and a writer corked while those flush waits for a tick of its own.
import { describe, expect, it } from "vitest";
import { flushAtTurnEnd, type TurnWriter } from "./turn-flush.js";

/** A writer that records its flushes in `log`, calling `onFlush` (if any) as it flushes. */
function writer(name: string, log: string[], onFlush?: () => void): TurnWriter {
  return {
    flush() {
      log.push(name);
      onFlush?.();
    },
  };
}

/** Resolves after the ticks queued so far (and any they queue) have run. */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

describe("flushAtTurnEnd", () => {
  it("flushes every writer corked in a turn after the operation, in the order corked", async () => {
    const log: string[] = [];
    flushAtTurnEnd(writer("a", log));
    flushAtTurnEnd(writer("b", log));
    flushAtTurnEnd(writer("c", log));
    expect(log).toEqual([]);
    await nextTurn();
    expect(log).toEqual(["a", "b", "c"]);
  });

  it("flushes a writer corked during the flush in a later tick, not never", async () => {
    const log: string[] = [];
    const late = writer("late", log);
    flushAtTurnEnd(writer("first", log, () => flushAtTurnEnd(late)));
    await nextTurn();
    expect(log).toEqual(["first", "late"]);
    // Nothing is left queued: a new turn starts empty.
    flushAtTurnEnd(writer("next", log));
    await nextTurn();
    expect(log).toEqual(["first", "late", "next"]);
  });
});
