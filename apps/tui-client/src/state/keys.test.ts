// The key decoder: control keys, escape sequences, fast-typed runs and pastes, piece by piece.
import { describe, expect, it } from "vitest";
import { createKeyDecoder, type Key } from "./keys.js";

const decode = (...pieces: string[]): Key[] => {
  const decoder = createKeyDecoder();
  return pieces.flatMap((p) => decoder.push(p));
};
const key = (name: string, alt = false, ctrl = false) => ({ type: "key", name, alt, ctrl });

describe("key decoder", () => {
  it("names control keys and escape sequences", () => {
    expect(decode("\r", "\t", "\x7f", "\x0e", "\x10", "\x03")).toEqual([
      key("enter"),
      key("tab"),
      key("backspace"),
      { type: "ctrl", letter: "n" },
      { type: "ctrl", letter: "p" },
      { type: "ctrl", letter: "c" },
    ]);
    expect(decode("\x1b[A", "\x1bOB", "\x1b[5~", "\x1b[6~", "\x1b[3~", "\x1b[H", "\x1b[4~")).toEqual([
      key("up"),
      key("down"),
      key("pageUp"),
      key("pageDown"),
      key("delete"),
      key("home"),
      key("end"),
    ]);
  });

  it("recognises Alt in both encodings", () => {
    expect(decode("\x1b[1;5D")).toEqual([key("left", false, true)]);
    expect(decode("\x1b[1;3D", "\x1b\x1b[C", "\x1b1", "\x1ba", "\x1bA")).toEqual([
      key("left", true),
      key("right", true),
      { type: "alt", char: "1" },
      { type: "alt", char: "a" },
      { type: "alt", char: "a" },
    ]);
  });

  it("keeps a fast-typed run whole, with control keys inside it in order", () => {
    expect(decode("hel\x7flo\r")).toEqual([
      { type: "text", text: "hel" },
      key("backspace"),
      { type: "text", text: "lo" },
      key("enter"),
    ]);
  });

  it("collects a bracketed paste across pieces, line breaks normalised", () => {
    expect(decode("\x1b[200~", "one\r\ntwo\r", "three", "\x1b[201~", "\r")).toEqual([
      { type: "paste", text: "one\ntwo\nthree" },
      key("enter"),
    ]);
    expect(decode("x\x1b[200~a\rb\x1b[201~y")).toEqual([
      { type: "text", text: "x" },
      { type: "paste", text: "a\nb" },
      { type: "text", text: "y" },
    ]);
  });

  it("keeps keys typed faster than a redraw as keys: each Enter in the run sends", () => {
    expect(decode("fast one\rfast two\rfast three\r")).toEqual([
      { type: "text", text: "fast one" },
      key("enter"),
      { type: "text", text: "fast two" },
      key("enter"),
      { type: "text", text: "fast three" },
      key("enter"),
    ]);
    expect(decode("one\r\ntwo\n")).toEqual([
      { type: "text", text: "one" },
      key("enter"),
      { type: "text", text: "two" },
      key("enter"),
    ]);
  });

  it("drops a paste's trailing line breaks and keeps the inner ones", () => {
    expect(decode("\x1b[200~one\ntwo\r\n\x1b[201~")).toEqual([{ type: "paste", text: "one\ntwo" }]);
    expect(decode("\x1b[200~\r\x1b[201~")).toEqual([]);
  });

  it("passes wide characters and emoji through as text", () => {
    expect(decode("你好👍")).toEqual([{ type: "text", text: "你好👍" }]);
  });
});
