// Which heap flags still have to be given: the person's own settings, in any spelling, win.
import { describe, expect, it } from "vitest";
import { HEAP_FLAGS, missingHeapFlags } from "./heap-flags.js";

describe("missingHeapFlags", () => {
  it("asks for every flag when node was started without any", () => {
    expect(missingHeapFlags([], undefined)).toEqual(HEAP_FLAGS);
    expect(missingHeapFlags(["--conditions=source", "--import", "tsx"], "")).toEqual(HEAP_FLAGS);
  });

  it("asks for none when node already has them", () => {
    expect(missingHeapFlags([...HEAP_FLAGS])).toEqual([]);
  });

  it("keeps the person's own values, on the command line or in NODE_OPTIONS, in any spelling", () => {
    expect(missingHeapFlags(["--max_old_space_size=4096"], "")).toEqual(["--max-semi-space-size=2"]);
    expect(missingHeapFlags([], "--trace-gc  --max-semi-space-size=8")).toEqual(["--max-old-space-size=512"]);
  });
});
