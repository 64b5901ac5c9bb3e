// The input line's editing, history and completion as pure functions.
import { describe, expect, it } from "vitest";
import * as edit from "./editor.js";

const typed = (text: string) => edit.insert(edit.emptyEditor, text);
const source = {
  nicks: ["bob", "Bea", "carl"],
  commands: ["join", "part", "msg", "me"],
  rooms: ["lobby", "dev"],
};

describe("editor", () => {
  it("inserts at the cursor and deletes whole graphemes (wide and emoji)", () => {
    let s = typed("你好👍🏽");
    expect(s.cursor).toBe(s.text.length);
    s = edit.backspace(s);
    expect(s.text).toBe("你好");
    s = edit.moveLeft(s);
    s = edit.insert(s, "x");
    expect(s.text).toBe("你x好");
    s = edit.moveHome(s);
    s = edit.deleteForward(s);
    expect(s.text).toBe("x好");
  });

  it("normalises pasted line breaks and never keeps a carriage return", () => {
    expect(typed("a\r\nb\rc\nd").text).toBe("a\nb\nc\nd");
    expect(typed("x\x1b[31my\x07").text).toBe("x[31my");
  });

  it("moves by words", () => {
    let s = typed("one two  three");
    s = edit.moveWordLeft(s);
    expect(s.cursor).toBe(9);
    s = edit.moveWordLeft(edit.moveWordLeft(s));
    expect(s.cursor).toBe(0);
    s = edit.moveWordRight(s);
    expect(s.cursor).toBe(3);
    s = edit.moveWordRight(edit.moveWordRight(s));
    expect(s.cursor).toBe(14);
  });

  it("deletes words and to either end", () => {
    const s = typed("hello big world");
    expect(edit.deleteWordBack(s).text).toBe("hello big ");
    const mid = edit.moveLeft(edit.moveLeft(edit.moveLeft(edit.moveLeft(edit.moveLeft(s)))));
    expect(edit.deleteToStart(mid).text).toBe("world");
    expect(edit.deleteToEnd(mid).text).toBe("hello big ");
  });

  it("walks history up and down and restores the unfinished line", () => {
    let s = edit.emptyEditor;
    for (const line of ["one", "two", "two"]) s = edit.submit(edit.insert(s, line))[0];
    expect(s.history).toEqual(["one", "two"]);
    s = edit.insert(s, "draft");
    s = edit.historyUp(s);
    expect(s.text).toBe("two");
    s = edit.historyUp(edit.historyUp(s));
    expect(s.text).toBe("one");
    s = edit.historyDown(s);
    expect(s.text).toBe("two");
    s = edit.historyDown(s);
    expect(s.text).toBe("draft");
    expect(edit.historyDown(s).text).toBe("draft");
  });

  it("submits the text and clears the line", () => {
    const [s, line] = edit.submit(typed("hi"));
    expect(line).toBe("hi");
    expect(s.text).toBe("");
    expect(s.cursor).toBe(0);
  });

  it("completes nicks case-insensitively, with ': ' at line start, cycling on repeated Tab", () => {
    let s = edit.complete(typed("b"), source);
    expect(s.text).toBe("Bea: ");
    s = edit.complete(s, source);
    expect(s.text).toBe("bob: ");
    s = edit.complete(s, source);
    expect(s.text).toBe("Bea: ");
    expect(edit.complete(typed("hi car"), source).text).toBe("hi carl ");
    expect(edit.complete(typed("zed"), source).text).toBe("zed");
  });

  it("completes commands at the start of the line and rooms after #", () => {
    expect(edit.complete(typed("/jo"), source).text).toBe("/join ");
    let s = edit.complete(typed("/m"), source);
    expect(s.text).toBe("/me ");
    s = edit.complete(s, source);
    expect(s.text).toBe("/msg ");
    expect(edit.complete(typed("/join #de"), source).text).toBe("/join #dev ");
  });
});
