// The command parser: every command, its aliases and its usage errors.
import { describe, expect, it } from "vitest";
import { COMMANDS, helpLines, maskSecret, parseInput } from "./commands.js";
import { emptyEditor, submit } from "./editor.js";

describe("parseInput", () => {
  it("sends plain text as typed, newlines and spacing included", () => {
    expect(parseInput("hello  there")).toEqual({ type: "say", text: "hello  there" });
    expect(parseInput("line one\nline two")).toEqual({ type: "say", text: "line one\nline two" });
    expect(parseInput("//not a command")).toEqual({ type: "say", text: "/not a command" });
    expect(parseInput("   ")).toEqual({ type: "none" });
  });

  it("parses each command", () => {
    expect(parseInput("/join #dev")).toEqual({ type: "join", room: "dev" });
    expect(parseInput("/j dev")).toEqual({ type: "join", room: "dev" });
    expect(parseInput("/part")).toEqual({ type: "part", room: null, reason: "" });
    expect(parseInput("/part #dev gone fishing")).toEqual({
      type: "part",
      room: "dev",
      reason: "gone fishing",
    });
    expect(parseInput("/part see you")).toEqual({ type: "part", room: null, reason: "see you" });
    expect(parseInput("/msg bob hi there")).toEqual({ type: "msg", nick: "bob", text: "hi there" });
    expect(parseInput("/query bob")).toEqual({ type: "msg", nick: "bob", text: "" });
    expect(parseInput("/me waves")).toEqual({ type: "me", text: "waves" });
    expect(parseInput("/nick anna")).toEqual({ type: "nick", nick: "anna" });
    expect(parseInput("/topic")).toEqual({ type: "topic", topic: null });
    expect(parseInput("/topic Release day")).toEqual({ type: "topic", topic: "Release day" });
    expect(parseInput("/rooms")).toEqual({ type: "rooms" });
    expect(parseInput("/users")).toEqual({ type: "users", room: null });
    expect(parseInput("/users #dev")).toEqual({ type: "users", room: "dev" });
    expect(parseInput("/help")).toEqual({ type: "help", topic: null });
    expect(parseInput("/help /msg")).toEqual({ type: "help", topic: "msg" });
    expect(parseInput("/quit")).toEqual({ type: "quit", reason: "" });
    expect(parseInput("/QUIT gone for lunch")).toEqual({ type: "quit", reason: "gone for lunch" });
  });

  it("explains wrong arguments and unknown commands", () => {
    expect(parseInput("/join")).toEqual({ type: "usage", message: "Usage: /join <room>" });
    expect(parseInput("/msg")).toEqual({ type: "usage", message: "Usage: /msg <nick> [text]" });
    expect(parseInput("/nick bad nick!")).toEqual({
      type: "usage",
      message: '"bad nick!" is not a valid nick: a nick is one word, without spaces.',
    });
    expect(parseInput("/nick bad!")).toEqual({
      type: "usage",
      message: '"bad!" is not a valid nick: a nick may hold letters, digits and _-[]{}| only.',
    });
    expect(parseInput("/join #bad room!")).toEqual({
      type: "usage",
      message: '"#bad room!" is not a valid room name: a room name may hold letters, digits and _ - . only.',
    });
    expect(parseInput("/join #bad!")).toMatchObject({ type: "usage" });
    expect(parseInput("/me")).toEqual({ type: "usage", message: "Usage: /me <action>" });
    expect(parseInput("/frob x")).toEqual({ type: "unknown", name: "frob" });
  });

  it("lists every command in /help and explains one on request", () => {
    const all = helpLines(null).join("\n");
    for (const command of COMMANDS) expect(all).toContain(`/${command.name}`);
    expect(helpLines("j")[0]).toBe("/join <room> (also /j)");
    expect(helpLines("nope")[0]).toContain("No such command");
  });
});

describe("file commands", () => {
  it("reads /send with a room, a nick, or this conversation", () => {
    expect(parseInput("/send #lobby ~/a b.txt")).toEqual({
      type: "send",
      target: "#lobby",
      path: "~/a b.txt",
    });
    expect(parseInput("/send ana report.pdf")).toEqual({ type: "send", target: "ana", path: "report.pdf" });
    expect(parseInput("/send report.pdf")).toEqual({ type: "send", target: null, path: "report.pdf" });
    expect(parseInput('/send "my file.txt"')).toEqual({ type: "send", target: null, path: "my file.txt" });
    expect(parseInput('/send ana "my file.txt"')).toEqual({
      type: "send",
      target: "ana",
      path: "my file.txt",
    });
    expect(parseInput("/send")).toEqual({ type: "usage", message: "Usage: /send [#room|nick] <path>" });
    expect(parseInput("/send #lobby")).toEqual({
      type: "usage",
      message: "Usage: /send [#room|nick] <path>",
    });
  });

  it("reads /get with an id or prefix and an optional directory", () => {
    expect(parseInput("/get 3fa9c2d1")).toEqual({ type: "get", ref: "3fa9c2d1", dir: null });
    expect(parseInput("/get 3fa9c2d1 ~/in box")).toEqual({ type: "get", ref: "3fa9c2d1", dir: "~/in box" });
    expect(parseInput("/get")).toEqual({ type: "get", ref: "", dir: null });
    expect(parseInput("/cancel")).toEqual({ type: "cancel", all: false });
    expect(parseInput("/cancel all")).toEqual({ type: "cancel", all: true });
    expect(parseInput("/cancel 3")).toEqual({ type: "usage", message: "Usage: /cancel [all]" });
  });
});

describe("/register", () => {
  it("takes the password, and keeps it off the screen and out of the input history", () => {
    expect(parseInput("/register  correct horse ")).toEqual({ type: "register", password: "correct horse" });
    expect(parseInput("/register")).toMatchObject({ type: "usage" });
    expect(maskSecret("/register hunter2")).toBe("/register •••••••");
    expect(maskSecret("/register ")).toBe("/register ");
    expect(maskSecret("/nick hunter2")).toBe("/nick hunter2");
    const [after] = submit({ ...emptyEditor, text: "/register hunter2", cursor: 17 });
    expect(after.history).toEqual([]);
    const [kept] = submit({ ...emptyEditor, text: "hello", cursor: 5 });
    expect(kept.history).toEqual(["hello"]);
  });
});
