// The key map: every documented key does what docs/client.md says.
import { describe, expect, it } from "vitest";
import { bindKey } from "./bindings.js";
import * as edit from "./editor.js";
import { createKeyDecoder } from "./keys.js";

/** What a raw terminal sequence is bound to. */
const bound = (sequence: string) => {
  const [key] = createKeyDecoder().push(sequence);
  return bindKey(key!);
};
/** Applies an editing binding to a line typed so far. */
const applied = (sequence: string, text: string) => {
  const binding = bound(sequence);
  if (binding.type !== "edit") throw new Error(`${JSON.stringify(sequence)} does not edit`);
  return binding.change(edit.insert(edit.emptyEditor, text));
};

describe("bindKey", () => {
  it("switches rooms with Ctrl+N/P, Alt+arrows, Alt+digits and Alt+A", () => {
    expect(bound("\x0e")).toEqual({ type: "ui", action: { type: "switchBy", delta: 1 } });
    expect(bound("\x10")).toEqual({ type: "ui", action: { type: "switchBy", delta: -1 } });
    expect(bound("\x1b[1;3C")).toEqual({ type: "ui", action: { type: "switchBy", delta: 1 } });
    expect(bound("\x1b\x1b[D")).toEqual({ type: "ui", action: { type: "switchBy", delta: -1 } });
    expect(bound("\x1b1")).toEqual({ type: "ui", action: { type: "jumpTo", index: 0 } });
    expect(bound("\x1b9")).toEqual({ type: "ui", action: { type: "jumpTo", index: 8 } });
    expect(bound("\x1b0")).toEqual({ type: "ui", action: { type: "jumpTo", index: 9 } });
    expect(bound("\x1ba")).toEqual({ type: "ui", action: { type: "nextActivity" } });
  });

  it("sends, completes, scrolls and quits", () => {
    expect(bound("\r")).toEqual({ type: "submit" });
    expect(bound("\t")).toEqual({ type: "complete" });
    expect(bound("\x1b[5~")).toEqual({ type: "pageUp" });
    expect(bound("\x1b[6~")).toEqual({ type: "pageDown" });
    expect(bound("\x03")).toEqual({ type: "quit" });
    expect(bound("\x1b[Z")).toEqual({ type: "none" });
  });

  it("edits the input line", () => {
    expect(applied("x", "ab").text).toBe("abx");
    expect(applied("\x7f", "ab").text).toBe("a");
    expect(applied("\x17", "one two").text).toBe("one ");
    expect(applied("\x1b\x7f", "one two").text).toBe("one ");
    expect(applied("\x15", "one two").text).toBe("");
    expect(applied("\x01", "one two").cursor).toBe(0);
    expect(applied("\x1b[1;5D", "one two").cursor).toBe(4);
    expect(applied("\x1bb", "one two").cursor).toBe(4);
    expect(applied("\x1b[D", "one two").cursor).toBe(6);
  });

  it("walks input history with Up and Down", () => {
    const [withHistory] = edit.submit(edit.insert(edit.emptyEditor, "earlier"));
    const up = bound("\x1b[A");
    expect(up.type === "edit" && up.change(withHistory).text).toBe("earlier");
  });
});
