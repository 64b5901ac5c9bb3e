// The composer's line parser: messages, slash commands, and usage hints for what it cannot read.
import { describe, expect, it } from "vitest";
import { parseCommand } from "./commands";

describe("parseCommand", () => {
  it("reads plain text (and //text) as a message", () => {
    expect(parseCommand("hello 世界")).toEqual({ type: "say", text: "hello 世界" });
    expect(parseCommand("//shrug")).toEqual({ type: "say", text: "/shrug" });
    expect(parseCommand("   ")).toBeNull();
  });

  it("reads the commands", () => {
    expect(parseCommand("/join #dev")).toEqual({ type: "join", room: "dev" });
    expect(parseCommand("/part")).toEqual({ type: "part" });
    expect(parseCommand("/me waves")).toEqual({ type: "me", text: "waves" });
    expect(parseCommand("/msg bob hi  there")).toEqual({ type: "msg", nick: "bob", text: "hi  there" });
    expect(parseCommand("/topic")).toEqual({ type: "topic", topic: "" });
    expect(parseCommand("/NICK ana")).toEqual({ type: "nick", nick: "ana" });
  });

  it("explains what it cannot read", () => {
    expect(parseCommand("/join")).toEqual({ type: "invalid", text: "Usage: /join #room" });
    expect(parseCommand("/frob")).toMatchObject({
      type: "invalid",
      text: expect.stringMatching(/^Unknown command \/frob/),
    });
  });
});
